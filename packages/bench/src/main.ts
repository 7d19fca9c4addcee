/**
 * `pnpm bench`: runs every case in this one process, prints a table per case and writes the results JSON.
 * Flags: --quick (CI-size smoke: tiny sizes, one round, results to .tmp/quick.json only), --only=a,b (case ids).
 */
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

async function main(argv: readonly string[]): Promise<void> {
  const settings = argv.includes('--quick') ? QUICK : FULL;
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
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
  for (const [id, run] of Object.entries(CASES)) {
    if (only && !only.includes(id)) continue;
    const result = await run(settings);
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
