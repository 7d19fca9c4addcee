import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishWords, JAPANESE } from './test-util/english-words.test-util.js';
import { type CliResult, runCli } from './test-util/run-cli.test-util.js';

// These run the built binary (`pnpm run build` first; turbo's test task depends on build)
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-ja-errors-'));

const JAPANESE_LOCALE = { LANG: 'ja_JP.UTF-8' };

/** Every case starts the real binary, five at a time: on a busy 2-core machine that is far more than 10 s. */
const SPAWNS = { timeout: 120_000 };

/** A bad command line and the command its line is from ('' for commander's own errors, before a command runs). */
type Case = readonly [args: string, command: string];

/**
 * Bad input of every kind the CLI reports: a bad flag value (core's checks, with lab's and the CLI's hints), flags
 * that do not go together (lab and the CLI), CSV and model-file problems, files and directories, and commander's own
 * errors. Arguments are split at spaces.
 */
const CASES: readonly Case[] = [
  // a flag's value, with its hint
  ['train --lr abc', 'train'],
  ['train --epochs 0', 'train'],
  ['train --batch-size 0', 'train'],
  ['train --seed abc', 'train'],
  ['train --optimizer foo', 'train'],
  ['train --dataset foo', 'train'],
  ['train --speed abc', 'train'],
  ['train --lang xx', 'train'],
  ['train --dataset moons --hidden 1,,2', 'train'],
  ['train --dataset moons --activation foo', 'train'],
  ['train --dataset moons --features foo', 'train'],
  ['train --dataset moons --features x1,x1', 'train'],
  ['train --dataset moons --option foo=1', 'train'],
  ['train --dataset moons --option x', 'train'],
  ['train --data bad.csv --task foo', 'train'],
  ['step --at 99999', 'step'],
  ['step --digits 99', 'step'],
  ['gradcheck --lr abc', 'gradcheck'],
  ['sweep --lr 1..2:log0', 'sweep'],
  ['sweep --jobs 0', 'sweep'],
  // flags that do not go together, models that do not fit the data
  ['train --hidden 8', 'train'],
  ['train --dataset moons --init-weight 2', 'train'],
  ['train --l1 1 --l2 1', 'train'],
  ['train --data bad.csv --option noise=1', 'train'],
  ['train --model neuron --dataset moons', 'train'],
  ['train --features x1,x2', 'train'],
  ['train --x a', 'train'],
  ['train --data bad.csv --dataset moons', 'train'],
  ['train --data bad.csv --classes a,b', 'train'],
  ['train --run-name x', 'train'],
  ['train --data one.csv --test-split 0.5', 'train'],
  ['train --init m.json --model mlp', 'train'],
  ['train --init m.json --dataset moons', 'train'],
  ['sweep --lr 1e-4,,1e-3', 'sweep'],
  ['sweep --lr 0..1:log3', 'sweep'],
  ['sweep --epochs 1..2000', 'sweep'],
  // CSV files
  ['train --data bad.csv', 'train'],
  ['train --data ragged.csv', 'train'],
  ['train --data bad.csv --y z', 'train'],
  ['train --data bad.csv --x x --task binary', 'train'],
  ['train --data nonexist.csv', 'train'],
  // model files and other inputs
  ['train --init notjson.json', 'train'],
  ['train --init notmodel.json', 'train'],
  ['train --init nonexist.json', 'train'],
  ['predict', 'predict'],
  ['predict --model m.json abc', 'predict'],
  ['predict --model m.json 1,2', 'predict'],
  ['predict --model notjson.json 1', 'predict'],
  ['export m.json --out a.txt', 'export'],
  ['export m.json --out a.onnx --format foo', 'export'],
  ['export m.json --out a.js --float32', 'export'],
  ['import nonexist.json --out x.json', 'import'],
  ['import m.json', 'import'],
  ['import notmodel.json --out x.json', 'import'],
  ['datasets export foo --out x.csv', 'datasets export'],
  ['datasets export spiral', 'datasets export'],
  ['datasets export spiral --out x.csv --option foo=1', 'datasets export'],
  ['datasets export spiral --out x.csv --option noise=abc', 'datasets export'],
  // output paths and log directories
  ['train --save /dev/null', 'train'],
  ['train --save logs', 'train'],
  ['train --save nodir/m.json', 'train'],
  ['train --save bad.csv --data bad.csv', 'train'],
  ['train --log-dir bad.csv', 'train'],
  ['train --run-name a/b --log-dir logs', 'train'],
  ['runs /nonexist', 'runs'],
  ['runs bad.csv', 'runs'],
  ['runs show nothere --log-dir logs', 'runs show'],
  ['plot nonexist', 'plot'],
  ['plot --series nope logs', 'plot'],
  ['plot empty.csv', 'plot'],
  // commander's own: an unknown flag or command, a missing value or argument, extra arguments
  ['train --foo', ''],
  ['train --lrr 1', ''],
  ['train --lr', ''],
  ['trian', ''],
  ['train extra', ''],
  ['plot', ''],
  ['--version extra', ''],
];

/** The binary's answer to `args` under a Japanese locale, in the scratch directory. */
function runJa(args: string): Promise<CliResult> {
  return runCli(args.split(' '), { cwd: dir, env: JAPANESE_LOCALE });
}

beforeAll(async () => {
  writeFileSync(join(dir, 'bad.csv'), 'x,y\n1,2\nhello,3\n');
  writeFileSync(join(dir, 'ragged.csv'), 'a,b,c\n1,2,3\n4,5\n');
  writeFileSync(join(dir, 'one.csv'), 'x,y\n1,2\n');
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'notjson.json'), 'hello\n');
  writeFileSync(join(dir, 'notmodel.json'), '{"a":1}\n');
  // a saved tutorial model, and a log directory holding one run
  const made = await Promise.all([
    runCli(['train', '--epochs', '5', '--save', 'm.json'], { cwd: dir }),
    runCli(['train', '--epochs', '5', '--log-dir', 'logs', '--run-name', 'r1'], { cwd: dir }),
  ]);
  for (const r of made) expect(r.code).toBe(0);
}, SPAWNS.timeout);

describe('englishWords', () => {
  it('finds the English of a line and passes what the user typed', () => {
    const mixed =
      '--lr の値が正しくありません: "abc"。許される値: 0 より大きく 10 以下の数。Try 0.0001, the tutorial’s rate.';
    expect(englishWords(mixed)).toEqual(['Try', 'the', 'tutorial', 'rate']);
    expect(
      englishWords("不明なオプション '--foo' です。使えるものは neuronlab train --help で確認してください。"),
    ).toEqual([]);
    expect(englishWords('bad.csv の 3 行目: 列 "x" のセル (値: "hello")。a/b は moons の noise')).toEqual([]);
    expect(englishWords('--series の nope はどのログにもありません。', ['plot', '--series', 'nope'])).toEqual([]);
  });

  it('finds English in the lines the CLI printed under a Japanese locale before they were translated', () => {
    const before = [
      '--hidden applies to --model mlp only, got --model neuron. Add --model mlp, or leave it out.',
      '--speed の値が正しくありません: "abc"。許される値: 0 より大きく 1000000000 以下の数。Use a number such as 500, or max.',
      'readCsvFile: cell in column "x" (index 0) is not a number in bad.csv line 3, got "hello". Fix the cell, or leave the column out of x and y.',
      "unknown option '--foo'. See neuronlab train --help for what is allowed.",
      '--features の値が正しくありません: "x1"。許される値: a list without repeats。For example x1,x2,x1^2. Allowed: x1, x2.',
      '--init "notmodel.json" は正しいモデルファイルではありません: model file: format must be \'neuronlab-model\', got nothing. This is not a neuronlab model file.',
      'no log directory "/nonexist". Name one (neuronlab runs DIR), or set --log-dir or NEURONLAB_LOG_DIR.',
    ];
    for (const line of before) expect(englishWords(line), line).not.toEqual([]);
  });
});

describe.concurrent('error lines under a Japanese locale', SPAWNS, () => {
  it.each(CASES)('neuronlab %s: one Japanese line, exit 2', async (args, command) => {
    const r = await runJa(args);
    expect(r.code).toBe(2);
    expect(r.err.endsWith('\n') && r.err.indexOf('\n') === r.err.length - 1, r.err).toBe(true);
    expect(r.err.startsWith(command === '' ? 'neuronlab: ' : `neuronlab ${command}: `), r.err).toBe(true);
    expect(r.err).toMatch(JAPANESE);
    expect(englishWords(r.err.slice(r.err.indexOf(': ') + 2), args.split(/[ ,=]/)), r.err).toEqual([]);
  });

  it('keeps the line English under --json, where a program reads it', async () => {
    const r = await runJa('train --json --speed 5');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'neuronlab train: --speed 5 paces the dashboard, got it with --json, which prints every event at once. Leave it out.\n',
    );
  });

  it('words commander’s errors in the language --lang names', async () => {
    const r = await runCli(['train', '--lang', 'ja', '--foo'], { cwd: dir, env: { LANG: 'C' } });
    expect(r.err).toBe(
      "neuronlab: 不明なオプション '--foo' です。使えるものは neuronlab train --help で確認してください。\n",
    );
  });
});
