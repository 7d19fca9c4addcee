import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_FILE_MAX_BYTES, type ModelFile, serializeModelFile } from '@neuronlab/core';
import { describe, expect, it, vi } from 'vitest';
import { type CliResult as Result, runCli } from './test-util/run-cli.test-util.js';

// These run the built binary (`pnpm run build` first; turbo's test task depends on build)
// each test starts the real binary, some several times: a busy 2-core machine needs more than the unit tests' 10 s
vi.setConfig({ testTimeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-hostile-'));
const path = (name: string) => join(dir, name);

/**
 * Runs the binary; stdin is `input` text or an open file descriptor. A run still going after 30 s is killed and
 * reported with code null, so an input that blocks or never ends fails its test instead of hanging the suite.
 */
const run = (args: string[], input: string | number = '', env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { cwd: dir, input, env, killAfterMs: 30_000 });

/** Expects exit 2 with exactly one line on stderr matching `pattern`, no stack trace, and returns that line. */
function oneLine(r: Result, pattern: RegExp, code = 2): string {
  expect(r.code).toBe(code);
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  return lines[0]!;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may reach the terminal
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const neuronModel = (w: number, b: number, normalization: ModelFile['normalization']): string =>
  serializeModelFile({
    format: 'neuronlab-model',
    version: 1,
    architecture: { kind: 'neuron' },
    parameters: [
      { name: 'w', shape: [1], values: [w] },
      { name: 'b', shape: [1], values: [b] },
    ],
    normalization,
    recipe: {},
    createdBy: 'neuronlab test',
  });

/** A FIFO and a character device (like /dev/zero: major 1, minor 5) made in the test's directory. */
function specialFiles(): string[] {
  execFileSync('mkfifo', [path('fifo')]);
  const files = [path('fifo'), '/dev/zero'];
  // only root may make device nodes; as another user /dev/zero alone stands for them
  if (process.getuid?.() === 0) {
    execFileSync('mknod', [path('zero-device'), 'c', '1', '5']);
    files.push(path('zero-device'));
  }
  return files;
}

describe.concurrent('inputs that are not regular files', () => {
  const files = specialFiles();

  it('refuses FIFOs and character devices for --data, --init, predict --model and predict --data before opening them, exit 2', async () => {
    expect((await run(['train', '--epochs', '1', '--save', 'special-model.json'])).code).toBe(0);
    for (const file of files) {
      const kind = file.endsWith('fifo')
        ? /a FIFO \(named pipe\), not a regular file/
        : /a character device, not a regular file/;
      const [data, init, model, rows] = await Promise.all([
        run(['train', '--json', '--data', file]),
        run(['train', '--json', '--init', file]),
        run(['predict', '--model', file, '1']),
        run(['predict', '--model', 'special-model.json', '--data', file]),
      ]);
      oneLine(data, new RegExp(`^neuronlab train: --data ".*" is ${kind.source}`));
      oneLine(init, new RegExp(`^neuronlab train: --init ".*" is ${kind.source}`));
      oneLine(model, new RegExp(`^neuronlab predict: --model ".*" is ${kind.source}`));
      oneLine(rows, new RegExp(`^neuronlab predict: --data ".*" is ${kind.source}`));
    }
  });

  it('refuses a directory as --data', async () => {
    oneLine(await run(['train', '--data', dir]), /--data ".*" is a directory, not a regular file/);
  });

  it('refuses a stdin that never ends a line (predict < /dev/zero) at the line limit, exit 2', async () => {
    writeFileSync(path('stdin-model.json'), neuronModel(2, 1, { inputs: null, targets: null }));
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = await run(['predict', '--model', 'stdin-model.json'], zero);
      const line = oneLine(r, /^neuronlab predict: stdin line 1 is longer than 1048576 characters, got "(\\u0000)+…"/);
      expect(line.length).toBeLessThan(800);
    } finally {
      closeSync(zero);
    }
  });
});

describe.concurrent('unbounded CSV input', () => {
  it('refuses a 16 MB one-line CSV with a short line naming line 1', async () => {
    writeFileSync(path('one-line.csv'), '7'.repeat(16_000_000));
    const line = oneLine(
      await run(['train', '--json', '--data', 'one-line.csv']),
      /row is longer than 1048576 characters in one-line.csv line 1, got "7{80}…"/,
    );
    expect(line.length).toBeLessThan(400);
  });

  it('refuses a number beyond the float64 range and a million-digit cell at parse time with line and column', async () => {
    writeFileSync(path('overflow.csv'), 'x,y\n1,2\n1e400,3\n');
    writeFileSync(path('digits.csv'), `x,y\n1,2\n3,${'9'.repeat(1_000_000)}\n`);
    const [overflow, digits] = await Promise.all([
      run(['train', '--json', '--data', 'overflow.csv']),
      run(['train', '--json', '--data', 'digits.csv']),
    ]);
    oneLine(
      overflow,
      /number in column "x" \(index 0\) is beyond the float64 range .* overflow.csv line 3, got "1e400"/,
    );
    const line = oneLine(digits, /cell in column "y" \(index 1\) is longer than 1024 characters .* digits.csv line 3/);
    expect(line.length).toBeLessThan(400);
  });

  it('refuses an ID column used as a multiclass label at the 1001st class, before training', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},user${i}`).join('\n');
    writeFileSync(path('ids.csv'), `x,id\n${rows}\n`);
    oneLine(
      await run(['train', '--json', '--data', 'ids.csv', '--task', 'multiclass']),
      /column "id" \(index 1\) has more than 1000 distinct class labels \(found 1001 by this line\) in ids.csv line 1002/,
    );
  });
});

describe.concurrent('model file size', () => {
  it('refuses a model file over the size limit by its size, before reading it', async () => {
    writeFileSync(path('huge.json'), '');
    truncateSync(path('huge.json'), 1 << 30); // sparse: 1 GiB that takes no disk
    const [predict, init] = await Promise.all([
      run(['predict', '--model', 'huge.json', '1']),
      run(['train', '--json', '--init', 'huge.json']),
    ]);
    const rule = new RegExp(`"huge.json" is 1073741824 bytes, more than the ${MODEL_FILE_MAX_BYTES} allowed`);
    oneLine(predict, rule);
    oneLine(init, rule);
  });
});

describe.concurrent('model file size at save time', () => {
  it('refuses, before training, a --save of a model too big for a model file to read back', async () => {
    const r = await run([
      'train',
      '--json',
      '--dataset',
      'moons',
      '--hidden',
      '1024,1024,1024,1024',
      '--save',
      'big.json',
    ]);
    oneLine(r, /^neuronlab train: --save: this model needs 3\d{6} numbers, more than the 3000000 a model file holds/);
    expect(r.out).toBe('');
    expect(existsSync(path('big.json'))).toBe(false);
  });
});

describe.concurrent('predict applies the model file’s normalizations', () => {
  const xs = [-3, 0, 12.5];

  it('maps inputs through standardize or minmax and outputs back through the target normalization', async () => {
    const cases: { name: string; norm: ModelFile['normalization']; expected: (x: number) => number }[] = [
      // each expected value is computed here from the definitions in model-file.ts, not by the code under test
      {
        name: 'in-std-out-minmax',
        norm: {
          inputs: { kind: 'standardize', mean: [10], std: [4] },
          targets: { kind: 'minmax', min: [100], max: [300] },
        },
        expected: (x) => (2 * ((x - 10) / 4) + 1) * (300 - 100) + 100,
      },
      {
        name: 'in-minmax-out-std',
        norm: {
          inputs: { kind: 'minmax', min: [-5], max: [15] },
          targets: { kind: 'standardize', mean: [50], std: [7] },
        },
        expected: (x) => (2 * ((x + 5) / 20) + 1) * 7 + 50,
      },
      {
        name: 'targets-only',
        norm: { inputs: null, targets: { kind: 'standardize', mean: [-1], std: [0.5] } },
        expected: (x) => (2 * x + 1) * 0.5 - 1,
      },
      // a constant target column (spread 0) is only shifted
      {
        name: 'constant-target',
        norm: { inputs: null, targets: { kind: 'minmax', min: [3], max: [3] } },
        expected: (x) => 2 * x + 1 + 3,
      },
    ];
    await Promise.all(
      cases.map(async (c) => {
        writeFileSync(path(`${c.name}.json`), neuronModel(2, 1, c.norm));
        // a hand-written file: the same content as plain JSON, keys in another order
        const file = JSON.parse(readFileSync(path(`${c.name}.json`), 'utf8'));
        writeFileSync(
          path(`${c.name}-hand.json`),
          JSON.stringify({ normalization: file.normalization, ...file }, null, 1),
        );
        for (const name of [`${c.name}.json`, `${c.name}-hand.json`]) {
          const r = await run(['predict', '--model', name, ...xs.map(String)]);
          expect(r.code, r.err).toBe(0);
          const got = r.out.trim().split('\n').map(Number);
          // a few float64 operations in another order than the expected formula: 1e-12 relative
          got.forEach((y, i) => {
            const want = c.expected(xs[i]!);
            expect(Math.abs(y - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want) + 1e-12);
          });
        }
      }),
    );
  });

  it('predicts with the input normalization train --normalize saved, standardize and minmax', async () => {
    for (const kind of ['standardize', 'minmax']) {
      const save = `trained-${kind}.json`;
      const t = await run(['train', '--json', '--normalize', kind, '--lr', '0.1', '--epochs', '50', '--save', save]);
      expect(t.code, t.err).toBe(0);
      const file = JSON.parse(readFileSync(path(save), 'utf8'));
      expect(file.normalization.inputs.kind).toBe(kind);
      const [w, b] = file.parameters.map((p: { values: number[] }) => p.values[0]);
      const n = file.normalization.inputs;
      const scaled = (x: number) =>
        kind === 'standardize' ? (x - n.mean[0]) / n.std[0] : (x - n.min[0]) / (n.max[0] - n.min[0]);
      const r = await run(['predict', '--model', save, ...xs.map(String)]);
      expect(r.code, r.err).toBe(0);
      const got = r.out.trim().split('\n').map(Number);
      // one multiply-add after the scaling, in the same order: 1e-12 relative covers any reassociation
      got.forEach((y, i) => {
        expect(Math.abs(y - (w * scaled(xs[i]!) + b))).toBeLessThanOrEqual(1e-12 * Math.abs(y) + 1e-12);
      });
    }
  });

  it('refuses a subnormal std when loading (exit 2) and never prints a non-finite prediction (exit 1)', async () => {
    writeFileSync(
      path('subnormal.json'),
      JSON.stringify({
        ...JSON.parse(neuronModel(2, 1, { inputs: null, targets: null })),
        normalization: { inputs: { kind: 'standardize', mean: [0], std: [5e-324] }, targets: null },
      }),
    );
    oneLine(
      await run(['predict', '--model', 'subnormal.json', '1']),
      /normalization.inputs.std\[0\] gives std = 5e-324/,
    );
    writeFileSync(path('overflow.json'), neuronModel(1e308, 0, { inputs: null, targets: null }));
    const r = await run(['predict', '--model', 'overflow.json', '1', '10']);
    oneLine(r, /^neuronlab predict: the model gives Infinity for input 2 \("10"\): its numbers overflow there/, 1);
    expect(r.out).not.toMatch(/NaN|Infinity/);
  });
});

describe.concurrent('terminal hygiene', () => {
  it('shows escape sequences from a file name and a CSV header as text in the error line', async () => {
    const name = '\u001b[2J\u001b]0;pwned\u0007.csv';
    writeFileSync(path(name), '"\u001b[2Jtemp\u009b",y\n1,2\n');
    const r = await run(['train', '--json', '--data', name, '--y', 'nope']);
    const line = oneLine(r, /column "nope" is not in the table in \\x1b\[2J\\x1b\]0;pwned\\x07\.csv line 1/);
    expect(line).toMatch(/The columns are 0: \\x1b\[2Jtemp\\x9b, 1: y/);
    expect(r.err).not.toMatch(CONTROL);
  });

  it('records a CSV file’s real name, so the run’s repeat command opens that file, and shows it escaped', async () => {
    const name = 'x\u001b]0;pwned\u0007y.csv';
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${1.8 * i + 32}`).join('\n');
    writeFileSync(path(name), `c,f\n${rows}\n`);
    const r = await run(['train', '--data', name, '--epochs', '20', '--log-dir', 'named-runs', '--run-name', 'ctl']);
    expect(r.code).toBe(0);
    expect(r.out + r.err).not.toMatch(CONTROL);
    const log = JSON.parse(readFileSync(path('named-runs/ctl/recipe.json'), 'utf8'));
    expect(log.recipe.dataset.options.file).toBe(name);
    // the printed command quotes the control characters as escapes a shell reads back as the same bytes
    expect(log.command).toContain("--data $'x\\x1b]0;pwned\\x07y.csv'");
    expect(log.command).not.toMatch(CONTROL);
    // the recorded arguments repeat the run on the same file, to the same loss
    const again = await run(['train', ...log.args, '--json']);
    expect(again.code).toBe(0);
    const done = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .find((e) => e.type === 'done');
    const first = readFileSync(path('named-runs/ctl/events.jsonl'), 'utf8');
    expect(done(again.out).loss).toBe(done(first).loss);
    // where the name is shown (the runs table), its control characters are written as escapes
    const table = await run(['runs', 'named-runs']);
    expect(table.code).toBe(0);
    expect(table.out).toContain('x\\x1b]0;pwned\\x07y.csv');
    expect(table.out).not.toMatch(CONTROL);
  });

  it('prints a "did you mean" suggestion on the same line as the error', async () => {
    oneLine(
      await run(['train', '--lrr', '1']),
      /^neuronlab: unknown option '--lrr' \(did you mean --lr\?\)\. See neuronlab train --help/,
    );
  });
});

describe.concurrent('--init that contradicts the other flags or the data', () => {
  it('names both sides in one line, exit 2', async () => {
    const [n, m] = await Promise.all([
      run(['train', '--json', '--epochs', '2', '--save', 'init-neuron.json']),
      run(['train', '--json', '--dataset', 'moons', '--hidden', '4', '--epochs', '2', '--save', 'init-mlp.json']),
    ]);
    expect([n.code, m.code]).toEqual([0, 0]);
    writeFileSync(path('reg.csv'), 'a,b,y\n1,2,3\n4,5,6\n');
    const cases: [string[], RegExp][] = [
      [
        ['--init', 'init-mlp.json', '--model', 'neuron'],
        /--model neuron contradicts the --init model "init-mlp.json", which is an mlp/,
      ],
      [
        ['--init', 'init-neuron.json', '--model', 'mlp'],
        /--model mlp contradicts the --init model "init-neuron.json", which is a neuron/,
      ],
      [
        ['--init', 'init-mlp.json', '--hidden', '8,8'],
        /--hidden 8,8 contradicts the --init model "init-mlp.json", which has hidden widths 4/,
      ],
      [['--init', 'init-mlp.json', '--activation', 'relu'], /--activation relu contradicts .* which uses "tanh"/],
      [
        ['--init', 'init-mlp.json', '--dataset', 'celsius'],
        /--init model takes 2 input\(s\) and gives 1 output\(s\), got data with 1 and 1\. It was trained with --dataset moons: give those, or no data flags at all\.$/,
      ],
      [
        ['--init', 'init-neuron.json', '--dataset', 'moons'],
        /--init model takes 1 input\(s\) and gives 1 output\(s\), got data with 2 and 1\. It was trained on the tutorial’s data: leave out the data flags\.$/,
      ],
      [
        ['--init', 'init-mlp.json', '--data', 'reg.csv'],
        /--init model ends in "sigmoid", got regression data, which needs "linear"/,
      ],
    ];
    const results = await Promise.all(cases.map(([args]) => run(['train', '--json', '--epochs', '2', ...args])));
    results.forEach((r, i) => {
      oneLine(r, cases[i]![1]);
      expect(r.out).toBe('');
    });
  });
});
