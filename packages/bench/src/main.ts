/**
 * `pnpm bench`: runs every case, each in a fresh Node process of its own, prints a table per case and writes the
 * results JSON. Flags: --quick (CI-size smoke: tiny sizes, one round, results to .tmp/quick.json only), --only=a,b
 * (case ids). A case's contestants share its process, so its ratios compare code measured moments apart; a process
 * per case keeps one case's compiled code and garbage from shaping the next (the engine's call sites would otherwise
 * have seen every model of every earlier case, which no program that trains one model sees).
 * Internal: --case=<id> --result=<file> runs one case in this process and writes its result there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dashboardCase } from './cases/dashboard.js';
import { dashboardMlpCase } from './cases/dashboard-mlp.js';
import { memoryCase } from './cases/memory.js';
import { plotFollowCase } from './cases/plot-follow.js';
import { FULL, QUICK } from './cases/settings.js';
import { smallNetCase } from './cases/small-net.js';
import { sweepCase } from './cases/sweep.js';
import { tutorialCase } from './cases/tutorial.js';
import { wideNetCase } from './cases/wide-net.js';
import { machineInfo } from './machine.js';
import { tfInfo } from './peers/tfjs.js';
import { type BenchResults, type CaseResult, formatCase } from './report.js';
import { writeResults } from './write-results.js';

const CASES = {
  tutorial: tutorialCase,
  'small-net': smallNetCase,
  'wide-net': wideNetCase,
  dashboard: dashboardCase,
  'dashboard-mlp': dashboardMlpCase,
  memory: memoryCase,
  'plot-follow': plotFollowCase,
  sweep: sweepCase,
} as const;

type CaseId = keyof typeof CASES;

/**
 * Node flags a case's process runs with. The memory case fixes the young generation's size (V8 otherwise starts it
 * small and enlarges it as a long run goes on), so the highest heap of every interval counts the same room for
 * garbage not yet collected, and only the program's own allocation can move it.
 */
const NODE_FLAGS: Partial<Record<CaseId, readonly string[]>> = {
  memory: ['--min-semi-space-size=8', '--max-semi-space-size=8'],
};

function flag(argv: readonly string[], name: string): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Runs one case in a fresh Node (this file with --case) and returns its result. */
function runInChild(id: CaseId, quick: boolean): CaseResult {
  const dir = mkdtempSync(join(tmpdir(), 'neuronlab-bench-'));
  try {
    const result = join(dir, 'case.json');
    const args = [fileURLToPath(import.meta.url), `--case=${id}`, `--result=${result}`, ...(quick ? ['--quick'] : [])];
    const node = [...process.execArgv, ...(NODE_FLAGS[id] ?? [])];
    const child = spawnSync(process.execPath, [...node, ...args], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`bench: case ${id} failed (exit ${child.status ?? child.signal})`);
    return JSON.parse(readFileSync(result, 'utf8')) as CaseResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const settings = quick ? QUICK : FULL;
  const one = flag(argv, 'case');
  if (one !== undefined) {
    const result = await CASES[one as CaseId](settings);
    writeFileSync(flag(argv, 'result') ?? '', JSON.stringify(result));
    return;
  }
  const only = flag(argv, 'only')?.split(',');
  const unknown = only?.filter((id) => !Object.hasOwn(CASES, id));
  if (unknown?.length) {
    throw new RangeError(`bench: --only must list case ids from ${Object.keys(CASES).join(', ')}, got ${unknown}.`);
  }
  if (!(globalThis as { gc?: unknown }).gc) console.warn('bench: run node with --expose-gc for steadier numbers');
  const tf = await tfInfo();
  const machine = {
    ...machineInfo(),
    tfjs: tf.version,
    tfjsWasmSimd: tf.wasmSimd,
    tfjsWasmThreads: tf.wasmThreads,
    brainjs: '1.6.1',
  };
  console.log(`neuronlab bench (${settings.mode}) on ${machine.cpu}, ${machine.cores} cores, node ${machine.node}`);
  if (settings.mode === 'quick')
    console.log('quick mode: a smoke run with tiny sizes and one round; its ratios mean nothing.');
  const cases: CaseResult[] = [];
  for (const id of Object.keys(CASES) as CaseId[]) {
    if (only && !only.includes(id)) continue;
    const result = runInChild(id, quick);
    console.log(formatCase(result));
    cases.push(result);
  }
  const results: BenchResults = { generatedAt: new Date().toISOString(), mode: settings.mode, machine, cases };
  for (const path of writeResults(results, only === undefined)) console.log(`\nwrote ${path}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
