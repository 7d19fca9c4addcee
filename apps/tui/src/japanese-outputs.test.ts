import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishWords, JAPANESE } from './test-util/english-words.test-util.js';
import { type CliResult, runCli } from './test-util/run-cli.test-util.js';

// These run the built binary (`pnpm run build` first; turbo's test task depends on build)
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-ja-outputs-'));

/** Every case starts the real binary: on a busy 2-core machine that takes far more than 10 s. */
const SPAWNS = { timeout: 120_000 };

/** The binary's answer to `args` in the scratch directory, under a Japanese locale or the default English one. */
function runJa(args: string): Promise<CliResult> {
  return runCli(args.split(' '), { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } });
}
function runEn(args: string): Promise<CliResult> {
  return runCli(args.split(' '), { cwd: dir });
}

/** The run names the sweep below made (`trial-1-lr1e-4`), typed back into `runs show` and `runs compare`. */
let runNames: string[] = [];

/** Asserts `text` is Japanese: some Japanese script, and no English word but identifiers and `typed`. */
function expectJapanese(text: string, typed: readonly string[] = []): void {
  expect(text).toMatch(JAPANESE);
  for (const line of text.split('\n')) expect(englishWords(line, [...typed, ...runNames]), line).toEqual([]);
}

/** The piped English sweep, kept to compare with its Japanese twin. */
let englishSweep: CliResult;

beforeAll(async () => {
  const made = await Promise.all([
    runEn('train --epochs 5 --save m.json'),
    runEn('sweep --lr 1e-4,1e-3 --epochs 5 --jobs 1 --log-dir sw'),
  ]);
  for (const r of made) expect(r.code, r.err).toBe(0);
  englishSweep = made[1]!;
  runNames = readdirSync(join(dir, 'sw')).sort();
  // the tfjs directory `import` reads
  expect((await runEn('export m.json --format tfjs --out web')).code).toBe(0);
}, SPAWNS.timeout);

describe.concurrent('outputs under a Japanese locale', SPAWNS, () => {
  it('gradcheck: the table, its marks, the verdict and the note', async () => {
    const [ok, bad] = await Promise.all([runJa('gradcheck'), runJa('gradcheck --gradient tutorial-mistake')]);
    expect([ok.code, bad.code]).toEqual([0, 1]);
    expectJapanese(ok.out);
    expectJapanese(bad.out, ['tutorial-mistake']);
    expect(ok.out).toContain('合格');
    expect(bad.out).toContain('不合格');
  });

  it('datasets: every description and option help, the task and the default', async () => {
    const r = await runJa('datasets');
    expect(r.code).toBe(0);
    // the formulas' functions and a term of the trade stay as they are written
    expectJapanese(r.out, ['exp', 'sin', 'one-hot']);
  });

  it('runs and runs show: heads, statuses and field names; names, settings and dates as they are', async () => {
    const [table, show] = await Promise.all([runJa('runs sw'), runJa(`runs show ${runNames[0]} --log-dir sw`)]);
    expect([table.code, show.code]).toEqual([0, 0]);
    expectJapanese(table.out);
    expectJapanese(show.out);
    expect(table.out).toContain('sgd lr=1e-4 seed=42');
  });

  it('sweep piped and runs compare piped: the trial lines, the ranking and its best line', async () => {
    const [sweep, compare] = await Promise.all([
      runJa('sweep --lr 1e-4,1e-3 --epochs 5 --jobs 1 --log-dir sw-ja'),
      runJa(`runs compare ${runNames.join(' ')} --log-dir sw`),
    ]);
    expect([sweep.code, compare.code]).toEqual([0, 0]);
    expectJapanese(sweep.out, ['sw-ja']);
    expectJapanese(compare.out);
    expect(sweep.out.trim().split('\n').at(-1)).toMatch(/^最良: 試行 \d+、実行の記録: sw-ja /);
  });

  it('keeps sweep --json English, for the programs that read it', async () => {
    const r = await runJa('sweep --lr 1e-4 --epochs 5 --jobs 1 --log-dir sw-json --json');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(JAPANESE);
    expect(r.out).toContain('"status":"done"');
  });

  it('export, import and datasets export: the line naming what was written', async () => {
    const [onnx, tfjs, imported, csv] = await Promise.all([
      runJa('export m.json --out ja.onnx'),
      runJa('export m.json --format tfjs --out web-ja'),
      runJa('import web/model.json --out imp-ja.json'),
      runJa('datasets export spiral --out ja.csv'),
    ]);
    expect([onnx.code, tfjs.code, imported.code, csv.code]).toEqual([0, 0, 0, 0]);
    expect(onnx.err).toBe('ja.onnx を書き出しました (onnx)\n');
    expect(tfjs.err).toBe('web-ja/weights.bin と web-ja/model.json を書き出しました (tfjs)\n');
    expect(imported.err).toMatch(/^imp-ja\.json を書き出しました \(1 → 1 linear\)\n$/);
    expect(csv.err).toBe('spiral の 500 行を ja.csv に書き出しました\n');
  });
});

describe.concurrent('the same outputs in English, unchanged', SPAWNS, () => {
  it('gradcheck', async () => {
    const r = await runEn('gradcheck');
    expect(r.out.split('\n')[0]).toBe('parameter      analytic       numeric  rel. error  result');
    expect(r.out).toMatch(/^w +\S+ +\S+ +0 {2}ok$/m);
  });

  it('runs, runs show and the piped sweep', async () => {
    const [table, show] = await Promise.all([runEn('runs sw'), runEn(`runs show ${runNames[0]} --log-dir sw`)]);
    expect(table.out.split('\n')[0]).toMatch(
      /^name +dataset +model +settings +epochs +loss +accuracy +status +started \(UTC\)$/,
    );
    expect(table.out).toMatch(/ done {2}/);
    expect(show.out).toMatch(/^run {7}trial-1-lr1e-4\ndirectory sw\/trial-1-lr1e-4\nstarted {3}/);
    expect(show.out).toContain('\nstatus    done after 5 of 5 epochs\n');
    expect(show.out).toContain('\nmodel     model.json\n');
    expect(englishSweep.out).toMatch(/^trial \d \(lr=1e-\d\): done after 5 epochs, loss \S+$/m);
    expect(englishSweep.out).toMatch(/^rank {2}trial {2}settings {2}epoch {2}loss/m);
    expect(englishSweep.out).toMatch(/^best: trial \d, runs in sw \(neuronlab runs sw\)$/m);
  });

  it('export, import and datasets export', async () => {
    const [onnx, imported, csv] = await Promise.all([
      runEn('export m.json --out en.onnx'),
      runEn('import web/model.json --out imp-en.json'),
      runEn('datasets export spiral --out en.csv'),
    ]);
    expect(onnx.err).toBe('wrote en.onnx (onnx)\n');
    expect(imported.err).toBe('wrote imp-en.json (1 → 1 linear)\n');
    expect(csv.err).toBe('wrote 500 rows of spiral to en.csv\n');
  });
});
