import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { networkModelFromModelFile, parseModelFile } from '@neuronlab/core';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from './test-util/run-cli.test-util.js';
import { displayWidth } from './text-width.js';

// These run the built binary (`pnpm run build` first; turbo's test task depends on build)
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-cli-'));

const run = (args: string[], input?: string) => runCli(args, { cwd: dir, input });

/**
 * Every test here starts the real binary, often several at once, and some train the tutorial's 10,000 epochs: on a
 * busy 2-core machine (CI runs two packages' suites at once) that takes far longer than a unit test's 10 s.
 */
const SPAWNS = { timeout: 60_000 };

// biome-ignore lint/suspicious/noControlCharactersInRegex: looks for any escape sequence
const ESCAPE = /\u001b/;

describe.concurrent('neuronlab train --json', SPAWNS, () => {
  it('prints one event per line, ending with done carrying epochs, loss, weight and bias', async () => {
    const { start } = REF.half;
    const r = await run(['train', '--json', '--init-weight', String(start.w), '--init-bias', String(start.b)]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].type).toBe('start');
    expect(lines.slice(1, -1).every((e: { type: string }) => e.type === 'progress')).toBe(true);
    const done = lines.at(-1);
    // the default lr and epochs are the tutorial's, which the float64 reference run from w = b = 0.5 uses
    expect(done).toMatchObject({ type: 'done', epochs: REF.half.epochs, reason: 'completed' });
    expect(lines[0].lr).toBe(REF.half.lr);
    // 1e-12 relative allows only for summation order
    expect(done.weight / REF.half.w).toBeCloseTo(1, 12);
    expect(done.bias / REF.half.b).toBeCloseTo(1, 12);
    expect(done.loss / REF.half.mse).toBeCloseTo(1, 12);
  });

  it('reports accuracy and test accuracy for classification', async () => {
    const r = await run(['train', '--json', '--dataset', 'xor', '--epochs', '20', '--test-split', '0.3']);
    expect(r.code).toBe(0);
    const done = JSON.parse(r.out.trim().split('\n').at(-1) ?? '{}');
    expect(done.type).toBe('done');
    expect(done.accuracy).toBeGreaterThanOrEqual(0);
    expect(done.accuracy).toBeLessThanOrEqual(1);
    expect(done.testAccuracy).toBeGreaterThanOrEqual(0);
    expect(done.weight).toBeUndefined();
  });

  it('gives identical output for the same seed', async () => {
    const args = ['train', '--json', '--dataset', 'moons', '--epochs', '5'];
    const [a, b] = await Promise.all([run(args), run(args)]);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
  });
});

describe.concurrent('neuronlab train without a terminal', SPAWNS, () => {
  it('prints the summary on stdout with no escape codes and saves the model atomically', async () => {
    const r = await run(['train', '--lr', '1e-3', '--save', 'plain.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/learned F = 1\.8·C \+ 32/);
    expect(r.out + r.err).not.toMatch(ESCAPE);
    const file = parseModelFile(readFileSync(join(dir, 'plain.json'), 'utf8'));
    expect(file.architecture.kind).toBe('neuron');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes its summary and divergence in the terminal’s language', async () => {
    const ja = { env: { LANG: 'ja_JP.UTF-8' } };
    const [done, diverged] = await Promise.all([
      runCli(['train', '--lr', '1e-3', '--test-split', '0.2'], { cwd: dir, ...ja }),
      runCli(['train', '--lr', '1.3e-3'], { cwd: dir, ...ja }),
    ]);
    expect(done.code).toBe(0);
    const lines = done.out.trim().split('\n');
    expect(lines[0]).toMatch(/^neuronlab: celsius で neuron を 10,000 エポック学習しました \(.+、完了\)$/);
    expect(lines[1]).toMatch(/^最終損失 \S+ \(mse\)、テスト損失 \S+$/);
    expect(lines[2]).toMatch(/^学習結果 F = 1\.8·C \+ 32 {2}\(w = \S+, b = \S+\)$/);
    expect(done.out).not.toMatch(/\b(?:trained|final|learned|loss)\b/);
    expect(diverged.code).toBe(1);
    // progress lines (about one a second, on a busy machine) come first, in the same words
    const [last, ...progress] = diverged.err.trim().split('\n').reverse();
    expect(last).toMatch(/^neuronlab train: エポック \d+ で損失が発散しました/);
    for (const line of progress) expect(line).toMatch(/^エポック [\d,]+\/10,000 \(\d+%\) {2}損失 /);
  });

  it('advises --normalize first, in the terminal’s language, when a network’s inputs reach far from 0', async () => {
    const [en, ja, normalized, neuron] = await Promise.all([
      run(['train', '--model', 'mlp', '--epochs', '3', '--save', 'advised.json']),
      runCli(['train', '--model', 'mlp', '--epochs', '3'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } }),
      run(['train', '--model', 'mlp', '--epochs', '3', '--normalize']),
      run(['train', '--epochs', '3']),
    ]);
    expect([en.code, ja.code, normalized.code, neuron.code]).toEqual([0, 0, 0, 0]);
    expect(en.err.split('\n')[0]).toBe(
      'neuronlab train: hint: inputs reach -50 (celsius), far from 0: try --normalize.',
    );
    expect(ja.err.split('\n')[0]).toBe(
      'neuronlab train: ヒント: 入力が -50 (celsius) と大きすぎます。--normalize を試してください',
    );
    // normalized inputs, the tutorial's neuron (whose lesson is the rate for raw inputs), and a model gone on from
    // (whose normalization --init keeps, so --normalize would be refused) get no advice
    const continued = await run(['train', '--init', 'advised.json', '--epochs', '2']);
    expect(continued.code).toBe(0);
    expect(normalized.err + neuron.err + continued.err).not.toMatch(/hint/);
  });

  it('gives a sweep the same advice once, before its trials when piped, and none under --json or with --normalize', async () => {
    const sweep = (...args: string[]) =>
      run(['sweep', '--model', 'mlp', '--lr', '0.01,0.02,0.03', '--epochs', '2', '--jobs', '2', ...args]);
    const [piped, json, normalized] = await Promise.all([
      sweep('--log-dir', 'advised-sweep'),
      sweep('--log-dir', 'advised-json', '--json'),
      sweep('--log-dir', 'advised-normalized', '--normalize'),
    ]);
    expect([piped.code, json.code, normalized.code]).toEqual([0, 0, 0]);
    expect(piped.err).toBe('neuronlab sweep: hint: inputs reach -50 (celsius), far from 0: try --normalize.\n');
    expect(json.err + normalized.err).toBe('');
  });

  it('stops on divergence with the diagnostic, exit 1 and no model', async () => {
    const r = await run(['train', '--lr', '1.3e-3', '--save', 'diverged.json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/diverged at epoch \d+/);
    expect(r.err).toContain('0.0013');
    expect(existsSync(join(dir, 'diverged.json'))).toBe(false);
  });
});

/** The events of a --json run's output, parsed. */
const events = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe.concurrent('neuronlab train --data and --init without --model', SPAWNS, () => {
  it('trains the tutorial’s neuron on one-input regression CSV, whether the file is separated by , ; or tab', async () => {
    const rows = [
      ['celsius', 'fahrenheit'],
      ['-50', '-58'],
      ['0.5', '32.9'],
      ['10', '50'],
      ['25.25', '77.45'],
    ];
    const runs = await Promise.all(
      [',', ';', '\t'].map((d, i) => {
        // where cells are separated by ; or tab, a spreadsheet may write the decimal mark as a comma
        const text = rows.map((r) => r.map((c) => (d === ',' ? c : c.replace('.', ','))).join(d)).join('\n');
        writeFileSync(join(dir, `temps-${i}.csv`), text);
        return run(['train', '--json', '--data', `temps-${i}.csv`, '--epochs', '50', '--lr', '1e-3']);
      }),
    );
    const done = runs.map((r) => {
      expect(r.code).toBe(0);
      return events(r.out).at(-1);
    });
    expect(done[0].params.map((p: { name: string }) => p.name)).toEqual(['w', 'b']);
    // the same numbers from the same table, whichever separator wrote it
    expect(done[1]).toEqual(done[0]);
    expect(done[2]).toEqual(done[0]);
  });

  it('continues an --init mlp on the tutorial’s data as an mlp, from the parameters in its file', async () => {
    const saved = await run([
      'train',
      '--json',
      '--model',
      'mlp',
      '--hidden',
      '4',
      '--epochs',
      '5',
      '--save',
      'celsius-mlp.json',
    ]);
    expect(saved.code).toBe(0);
    const file = parseModelFile(readFileSync(join(dir, 'celsius-mlp.json'), 'utf8'));
    const r = await run(['train', '--json', '--init', 'celsius-mlp.json', '--epochs', '5']);
    expect(r.code).toBe(0);
    const start = events(r.out)[0];
    // the recipe is an mlp's too (its optimizer and rate), not the tutorial's around an mlp
    expect([start.model, start.optimizer, start.lr]).toEqual(['sequential', 'adam', 0.01]);
    expect(start.params.map((p: { values: number[] }) => p.values)).toEqual(file.parameters.map((p) => p.values));
  });
});

describe.concurrent('neuronlab predict with a classifier', SPAWNS, () => {
  /** Rows of three well-apart clusters labelled with words, the first rows out of the labels' sorted order. */
  const centres = { dog: [6, 0], cat: [0, 0], bird: [0, 6] } as const;
  const names = Object.keys(centres) as (keyof typeof centres)[];
  const table = ['x1,x2,animal'];
  for (let i = 0; i < 60; i++) {
    const name = names[i % 3]!;
    const [a, b] = centres[name];
    table.push(`${a + ((i * 7) % 5) / 10},${b + ((i * 3) % 5) / 10},${name}`);
  }
  writeFileSync(join(dir, 'animals.csv'), `${table.join('\n')}\n`);
  const inputs = names.map((name) => centres[name].join(','));

  /** Trains on animals.csv into `save` and returns the model file and predict's answers for the centres. */
  async function trainAndPredict(save: string, extra: string[]) {
    const flags = ['--data', 'animals.csv', '--task', 'multiclass', '--epochs', '200', '--save', save, ...extra];
    const trained = await run(['train', '--json', ...flags, '--log-dir', 'class-runs', '--run-name', save]);
    expect(trained.code).toBe(0);
    const file = parseModelFile(readFileSync(join(dir, save), 'utf8'));
    const logged: string[] = JSON.parse(readFileSync(join(dir, 'class-runs', save, 'recipe.json'), 'utf8')).args;
    const [labels, probabilities] = await Promise.all([
      run(['predict', '--model', save, ...inputs]),
      run(['predict', '--model', save, '--probabilities', ...inputs]),
    ]);
    expect([labels.code, labels.err, probabilities.code, probabilities.err]).toEqual([0, '', 0, '']);
    const rows = probabilities.out
      .trim()
      .split('\n')
      .map((l) => l.split(',').map(Number));
    return { file, labels: labels.out.trim().split('\n'), rows, done: events(trained.out).at(-1), logged };
  }

  it('prints the label of each input, in the order the recipe records, and its probabilities on request', async () => {
    const { file, labels, rows } = await trainAndPredict('animals.json', []);
    // the labels found, sorted, are the output columns; the recipe records them so the run repeats with them
    const classes = (file.recipe.dataset as { options: { classes: string[] } }).options.classes;
    expect(classes).toEqual(['bird', 'cat', 'dog']);
    // the probabilities are the model's outputs for the inputs, bit for bit
    const x = Float64Array.from(inputs.flatMap((t) => t.split(',').map(Number)));
    expect(rows.flat()).toEqual(Array.from(networkModelFromModelFile(file).predict(x, 3)));
    // each label is the column of the largest probability, and each centre is its own animal's
    expect(labels).toEqual(rows.map((r) => classes[r.indexOf(Math.max(...r))]));
    expect(labels).toEqual(names);
    // going on from the model with no data named reads the file its recipe names; at the trained parameters the
    // gradients are tiny next to the loss's rounding, and the check still tells them right
    const [more, check] = await Promise.all([
      run(['train', '--json', '--init', 'animals.json', '--epochs', '2']),
      run(['gradcheck', '--init', 'animals.json']),
    ]);
    expect([more.code, events(more.out)[0].trainSize, events(more.out)[0].lr]).toEqual([0, 60, 0.01]);
    expect([check.code, check.out]).toEqual([0, expect.stringContaining('passed: every gradient matches')]);
    // the table of runs names the data by its file, as the dashboard does
    const table = await run(['runs', 'class-runs']);
    expect(table.out.split('\n').find((l) => l.startsWith('animals.json '))).toMatch(
      /^animals\.json +animals\.csv +mlp /,
    );
  });

  it('takes the output order from --classes, and still names each input by its label', async () => {
    const ordered = ['--classes', 'dog,cat,bird'];
    const { file, labels, rows, done, logged } = await trainAndPredict('animals-ordered.json', ordered);
    expect((file.recipe.dataset as { options: { classes: string[] } }).options.classes).toEqual(['dog', 'cat', 'bird']);
    // the run log's command names the order, so repeating it trains the same columns to the same numbers
    expect(logged.join(' ')).toContain('--classes dog,cat,bird');
    const again = await run(['train', '--json', ...logged]);
    expect(events(again.out).at(-1)).toEqual(done);
    // column c of the probabilities is class c of --classes: the dog centre's largest is the first column
    expect(rows.map((r) => r.indexOf(Math.max(...r)))).toEqual([0, 1, 2]);
    expect(labels).toEqual(names);
  });

  it('points a column of labels read as numbers at --task multiclass, the flag the fix needs, in either language', async () => {
    writeFileSync(join(dir, 'pets.csv'), 'weight,height,species\n4,25,cat\n30,60,dog\n');
    const [en, ja, binary] = await Promise.all([
      run(['train', '--data', 'pets.csv']),
      runCli(['train', '--data', 'pets.csv'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } }),
      run(['train', '--data', 'pets.csv', '--x', 'weight', '--y', 'height', '--task', 'binary']),
    ]);
    expect([en.code, ja.code, binary.code]).toEqual([2, 2, 2]);
    expect(en.err).toMatch(
      /is not a number in pets\.csv line 2, got "cat"\. For a column of class labels, use --task multiclass\.\n$/,
    );
    expect(ja.err).toMatch(/クラスラベルの列なら、--task multiclass を指定してください。\n$/);
    expect(binary.err).toMatch(/Use --task multiclass for other labels\.\n$/);
    // and the flag it names trains on the file
    expect((await run(['train', '--data', 'pets.csv', '--task', 'multiclass', '--epochs', '2'])).code).toBe(0);
  });

  it('refuses --probabilities for a model that predicts values, with one line and exit 2', async () => {
    expect((await run(['train', '--epochs', '3', '--save', 'values.json'])).code).toBe(0);
    const r = await run(['predict', '--model', 'values.json', '--probabilities', '1']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toBe(
      'neuronlab predict: --probabilities needs a classifier, got "values.json", which predicts values. Leave --probabilities out.\n',
    );
  });
});

describe.concurrent('neuronlab train --init with no data named', SPAWNS, () => {
  it('goes on with the recipe the model was trained with, each flag given overriding its value', async () => {
    const first = [
      '--dataset',
      'moons',
      '-o',
      'noise=0.2',
      '--features',
      'x1,x2,x1x2',
      '--hidden',
      '4',
      '--lr',
      '0.03',
    ];
    first.push('--seed', '7');
    const saved = await run(['train', '--json', ...first, '--epochs', '3', '--save', 'moons-own.json']);
    expect(saved.code).toBe(0);
    const on = await run(['train', '--json', '--init', 'moons-own.json', '--epochs', '4']);
    expect(on.code).toBe(0);
    const start = events(on.out)[0];
    // the file's data (its noise, features and seed: the same 200 points), rate and optimizer; the epochs given
    expect([start.trainSize, start.lr, start.optimizer, start.seed, start.epochs]).toEqual([200, 0.03, 'adam', 7, 4]);
    const file = parseModelFile(readFileSync(join(dir, 'moons-own.json'), 'utf8'));
    expect(start.params.map((p: { values: number[] }) => p.values)).toEqual(file.parameters.map((p) => p.values));
  });

  it('keeps the model’s data when only its options or features are given, and records the file’s model with other data', async () => {
    const first = ['--dataset', 'moons', '--hidden', '4', '--optimizer', 'sgd', '--lr', '0.1', '--seed', '3'];
    const saved = await run(['train', '--json', ...first, '--epochs', '3', '--save', 'moons-sgd.json']);
    expect(saved.code).toBe(0);
    const noisier = await run(['train', '--json', '--init', 'moons-sgd.json', '-o', 'noise=0.3', '--epochs', '2']);
    expect(noisier.code).toBe(0);
    const same = await run(['train', '--json', '--init', 'moons-sgd.json', '--epochs', '2']);
    // moons' 200 points (not the tutorial's 100), with the noise given: the same model starts at another loss
    const x = (out: string) => events(out)[0];
    expect([x(noisier.out).trainSize, x(noisier.out).optimizer, x(noisier.out).lr]).toEqual([200, 'sgd', 0.1]);
    expect(x(noisier.out).params).toEqual(x(same.out).params);
    expect(x(noisier.out).loss).not.toBe(x(same.out).loss);
    const features = await run(['train', '--json', '--init', 'moons-sgd.json', '--features', 'x1,x2,x1x2']);
    expect(features.code).toBe(2);
    expect(features.err).toMatch(/takes 2 input\(s\).*got data with 3 and 1\. It was trained with --dataset moons/);
    // other data named: the flags left out take the defaults, but the run's record has the file's model, widths and all
    const args = ['--init', 'moons-sgd.json', '--dataset', 'circles', '--epochs', '2', '--log-dir', 'init-runs'];
    const other = await run(['train', '--json', ...args, '--run-name', 'circles']);
    expect(other.code).toBe(0);
    expect([x(other.out).optimizer, x(other.out).lr, x(other.out).seed]).toEqual(['adam', 0.01, 42]);
    const record = JSON.parse(readFileSync(join(dir, 'init-runs', 'circles', 'recipe.json'), 'utf8'));
    expect(record.recipe).toMatchObject({ dataset: { name: 'circles', options: {} }, optimizer: 'adam' });
    expect(record.recipe.model).toMatchObject({ kind: 'mlp', hidden: [4], activation: 'tanh' });
    const again = await run(['train', '--json', ...record.args]);
    expect(events(again.out).at(-1)).toEqual(events(other.out).at(-1));
  });

  it('keeps a run log whose command repeats it exactly, though the model file’s recipe differs from the defaults', async () => {
    const saved = await run(['train', '--json', '--lr', '1e-3', '--epochs', '20', '--save', 'tutorial-own.json']);
    expect(saved.code).toBe(0);
    // the rate given is the default one, which the logged command would leave out
    const args = ['--init', 'tutorial-own.json', '--lr', '1e-4', '--epochs', '7', '--log-dir', 'init-runs'];
    const logged = await run(['train', '--json', ...args, '--run-name', 'on']);
    expect(logged.code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, 'init-runs', 'on', 'recipe.json'), 'utf8'));
    expect(record.args).toContain('--dataset');
    const again = await run(['train', '--json', ...record.args]);
    expect(again.code).toBe(0);
    expect(events(again.out).at(-1)).toEqual(events(logged.out).at(-1));
    expect(events(again.out)[0].lr).toBe(1e-4);
  });
});

describe.concurrent('invalid arguments', SPAWNS, () => {
  const cases: [string[], RegExp][] = [
    [['--lr', '-1'], /--lr must be a number > 0 and <= 10, got "-1"/],
    [['--lr', 'fast'], /--lr must be/],
    [['--lr', 'Infinity'], /--lr must be/],
    [['--epochs', '1.5'], /--epochs must be an integer/],
    [['--batch-size', '0'], /--batch-size must be an integer/],
    [['--seed', 'abc'], /--seed must be an integer/],
    [['--test-split', '1.5'], /--test-split must be a number >= 0 and < 1/],
    [['--hidden', '16,x'], /--hidden \(in "16,x"\) must be an integer from 1 to 1024, got "x"/],
    [['--dataset', 'mnist'], /--dataset must be one of celsius/],
    [['--model', 'cnn'], /--model must be one of neuron, mlp/],
    [['--activation', 'swish'], /--activation must be one of/],
    [['--optimizer', 'lbfgs'], /--optimizer must be one of sgd/],
    [['--data', 'missing.csv'], /--data file "missing.csv" does not exist/],
    [['--data', 'bad.csv'], /bad\.csv/],
    [['--init', 'missing.json'], /--init cannot read "missing.json"/],
    [['--init', 'bad-model.json'], /--init "bad-model.json" is not a valid model file/],
    [['--speed', 'warp'], /--speed must be/],
    [
      ['--json', '--speed', '10'],
      /^neuronlab train: --speed 10 paces the dashboard, got it with --json, which prints every event at once\./,
    ],
    [['--unknown-flag'], /unknown option '--unknown-flag'\. See neuronlab train --help for what is allowed\.$/m],
    [['-o', '__proto__=1'], /--option key must be one of start, count, noise, got "__proto__"/],
    [['-o', 'constructor=1'], /--option key must be one of start, count, noise, got "constructor"/],
    [['--option', 'prototype=1'], /--option key must be one of start, count, noise, got "prototype"/],
    [['--dataset', 'moons', '--init-weight', '0.5'], /--init-weight applies to --model neuron only, got --model mlp/],
    [['--model', 'mlp', '--gradient', 'tutorial-mistake'], /--gradient applies to --model neuron only/],
    [
      ['--data', 'good.csv', '-o', 'noise=1'],
      /^neuronlab train: --option sets a generator’s options, got it with --data\./,
    ],
    [
      ['--hidden', '8'],
      /--hidden applies to --model mlp only, got --model neuron\. Add --model mlp, or leave it out\./,
    ],
    [['--classes', 'a,b'], /^neuronlab train: --classes needs --data <file\.csv> and --task multiclass\.$/m],
    [['--data', 'bad.csv', '--classes', 'a,b'], /--classes needs --task multiclass, got --task regression\./],
    [
      ['--data', 'bad.csv', '--task', 'multiclass', '--classes', 'a,a'],
      /--classes must be 2 to 1000 distinct class labels, got "a,a"\. List two or more distinct labels/,
    ],
  ];
  writeFileSync(join(dir, 'bad.csv'), 'celsius,fahrenheit\n1,33.8\n2,abc\n');
  writeFileSync(join(dir, 'good.csv'), 'celsius,fahrenheit\n1,33.8\n2,35.6\n');
  writeFileSync(join(dir, 'bad-model.json'), '{"format":"neuronlab-model","version":99}');

  it.each(cases)('rejects %j with one line and exit code 2, writing nothing', async (args, message) => {
    const r = await run(['train', ...args, '--save', 'never.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toContain('    at ');
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

describe.concurrent('other commands', SPAWNS, () => {
  it('predicts with a saved model from arguments and from stdin', async () => {
    expect((await run(['train', '--lr', '1e-3', '--save', 'p.json'])).code).toBe(0);
    const [a, piped, bad, badLine, pair] = await Promise.all([
      run(['predict', '--model', 'p.json', '0', '100']),
      run(['predict', '--model', 'p.json'], '37\n-40\n'),
      run(['predict', '--model', 'p.json', 'x']),
      run(['predict', '--model', 'p.json'], '0\n\n  37 \nabc\n'),
      run(['predict', '--model', 'p.json', '5', '1,2']),
    ]);
    // a bad row is named where the user finds it: the stdin line (blank lines counted), the argument's place
    expect(badLine.code).toBe(2);
    expect(badLine.err).toBe(
      'neuronlab predict: stdin line 4 must be a finite number, got "abc". Pass numbers such as 36.6.\n',
    );
    // the rows before the bad one are answered, in order, as a filter does; nothing after it
    const [answer37] = piped.out.split('\n');
    expect(badLine.out.split('\n')).toEqual([expect.stringMatching(/^3[12]\.\d+$/), answer37, '']);
    expect(pair.code).toBe(2);
    expect(pair.err).toBe(
      'neuronlab predict: input 2 must be one number, got "1,2": the model takes 1 input. Give inputs such as 36.6.\n',
    );
    expect(pair.out.split('\n')).toEqual([expect.stringMatching(/^4[01]\.\d+$/), '']);
    expect(bad.out).toBe('');
    expect(a.code).toBe(0);
    const [f0, f100] = a.out.trim().split('\n').map(Number);
    // lr 1e-3, just under the stable limit, brings the neuron to within 1e-6 of (1.8, 32) in the default 10,000
    // epochs, so predictions sit that close to the formula
    expect(Math.abs((f0 ?? 0) - 32)).toBeLessThan(1e-4);
    expect(Math.abs((f100 ?? 0) - 212)).toBeLessThan(1e-3);
    expect(piped.out.trim().split('\n')).toHaveLength(2);
    expect(bad.code).toBe(2);
  });

  it('predicts every row of a CSV file by its column names, whatever their order, as it predicts the same rows on stdin', async () => {
    // three inputs, a target in the last column, 40 rows
    const rows = Array.from({ length: 40 }, (_, i) => [
      i % 5,
      (i * 7) % 11,
      i / 4,
      3 * (i % 5) - ((i * 7) % 11) + i / 8,
    ]);
    const table = (order: number[], names = ['rooms', 'area', 'age', 'price']) =>
      [order.map((c) => names[c]).join(','), ...rows.map((r) => order.map((c) => r[c]).join(','))].join('\n');
    writeFileSync(join(dir, 'homes.csv'), `${table([0, 1, 2, 3])}\n`);
    // the target first and the inputs in another order; then the inputs alone
    writeFileSync(join(dir, 'homes-shuffled.csv'), `${table([3, 2, 0, 1])}\n`);
    writeFileSync(join(dir, 'homes-inputs.csv'), `${table([0, 1, 2])}\n`);
    const trained = await run([
      'train',
      '--data',
      'homes.csv',
      '--model',
      'mlp',
      '--epochs',
      '20',
      '--save',
      'homes.json',
    ]);
    expect(trained.code).toBe(0);
    // the recipe names the columns the model read, so another file's columns are found by name
    const recipe = parseModelFile(readFileSync(join(dir, 'homes.json'), 'utf8')).recipe;
    expect((recipe.dataset as { options: object }).options).toMatchObject({ x: 'rooms,area,age', y: 'price' });
    const stdin = rows.map((r) => r.slice(0, 3).join(',')).join('\n');
    const [piped, same, shuffled, inputs, byIndex] = await Promise.all([
      run(['predict', '--model', 'homes.json'], stdin),
      run(['predict', '--model', 'homes.json', '--data', 'homes.csv']),
      run(['predict', '--model', 'homes.json', '--data', 'homes-shuffled.csv']),
      run(['predict', '--model', 'homes.json', '--data', 'homes-inputs.csv']),
      run(['predict', '--model', 'homes.json', '--data', 'homes-shuffled.csv', '--x', '2,3,1']),
    ]);
    expect(piped.code).toBe(0);
    expect(piped.out.trim().split('\n')).toHaveLength(40);
    for (const r of [same, shuffled, inputs, byIndex]) expect([r.code, r.err, r.out]).toEqual([0, '', piped.out]);
    // the file piped in whole: its header line is pointed at --data, not read as numbers
    const cat = await run(['predict', '--model', 'homes.json'], readFileSync(join(dir, 'homes.csv'), 'utf8'));
    expect([cat.code, cat.out]).toEqual([2, '']);
    expect(cat.err).toBe(
      'neuronlab predict: stdin line 1 is a CSV header, got "rooms,area,age,price". Give the file with --data, which finds the model\'s input columns by name.\n',
    );
  });

  it('refuses a --data file whose columns are not the model’s inputs, and --data beside input arguments', async () => {
    // a model trained on a generator knows no column names: the file must hold its inputs and nothing else
    expect((await run(['train', '--dataset', 'moons', '--epochs', '2', '--save', 'moons-2.json'])).code).toBe(0);
    writeFileSync(join(dir, 'three.csv'), 'a,b,c\n1,2,3\n');
    const [wide, both, alone, ja] = await Promise.all([
      run(['predict', '--model', 'moons-2.json', '--data', 'three.csv']),
      run(['predict', '--model', 'moons-2.json', '--data', 'three.csv', '1,2']),
      run(['predict', '--model', 'moons-2.json', '--x', 'a,b', '1,2']),
      runCli(['predict', '--model', 'moons-2.json', '--data', 'three.csv'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } }),
    ]);
    expect([wide.code, both.code, alone.code, ja.code]).toEqual([2, 2, 2, 2]);
    expect(wide.err).toBe(
      'neuronlab predict: --data "three.csv" gives 3 input columns (a, b, c), and the model takes 2. Name its input columns with --x.\n',
    );
    expect(both.err).toBe('neuronlab predict: --data and input arguments cannot be used together. Pick one.\n');
    expect(alone.err).toMatch(/^neuronlab predict: --x needs --data <file\.csv>/);
    expect(ja.err).toMatch(
      /の入力の列は 3 個 \(a, b, c\) ですが、モデルの入力は 2 個です。--x で入力の列を指定してください。\n$/,
    );
    // and the columns named pick them
    const picked = await run(['predict', '--model', 'moons-2.json', '--data', 'three.csv', '--x', 'c,a']);
    expect([picked.code, picked.out]).toEqual([0, (await run(['predict', '--model', 'moons-2.json', '3,1'])).out]);
  });

  it('takes --x and --y by 0-based index, and a number as a name only when the header has that name', async () => {
    writeFileSync(join(dir, 'years.csv'), 'id,2020,2021\n1,10,12\n2,20,23\n3,30,35\n');
    writeFileSync(join(dir, 'plain.csv'), '10,12\n20,23\n30,35\n');
    const [byIndex, byName, headerless] = await Promise.all([
      run(['train', '--json', '--data', 'years.csv', '--x', '1', '--y', '2', '--epochs', '1']),
      run(['train', '--json', '--data', 'years.csv', '--x', '2020', '--y', '2021', '--epochs', '1']),
      run(['train', '--json', '--data', 'plain.csv', '--x', '0', '--y', '1', '--epochs', '1']),
    ]);
    expect([byIndex.code, byName.code, headerless.code]).toEqual([0, 0, 0]);
    // index 1 is the column named 2020: the same run; the headerless file keeps its first row as data
    expect(events(byIndex.out).at(-1)).toEqual(events(byName.out).at(-1));
    expect(events(headerless.out)[0].trainSize).toBe(3);
  });

  it('answers each stdin line as it arrives, not when a batch fills or the input ends', async () => {
    expect((await run(['train', '--lr', '1e-3', '--epochs', '10', '--save', 'slow.json'])).code).toBe(0);
    const child = spawn(process.execPath, [cliPath, 'predict', '--model', 'slow.json'], { cwd: dir });
    let out = '';
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const lines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.split('\n').length > n) resolve();
        };
        child.stdout.on('data', (d) => {
          out += d;
          check();
        });
        closed.then(() => reject(new Error(`predict ended with ${JSON.stringify(out)} before answering line ${n}`)));
        check();
      });
    child.stdin.write('37\n');
    // the producer is still open: the answer must come now, while predict waits for more
    await lines(1);
    child.stdin.end('-40\n');
    expect(await closed).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(2);
  });

  it('stops when its reader has gone, as a filter does, though its input never ends', async () => {
    expect((await run(['train', '--lr', '1e-3', '--epochs', '10', '--save', 'head.json'])).code).toBe(0);
    const child = spawn(process.execPath, [cliPath, 'predict', '--model', 'head.json'], { cwd: dir });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // `yes 1 | neuronlab predict | head -1`: the reader takes one answer and leaves
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => undefined);
    const block = '1\n'.repeat(4096);
    let feeding = true;
    closed.then(() => {
      feeding = false;
    });
    const feed = () => {
      if (feeding && child.stdin.write(block)) setImmediate(feed);
      else if (feeding) child.stdin.once('drain', feed);
    };
    feed();
    expect(await closed).toBe(0);
  });

  it('trains on input features with an activation per layer, and predicts from raw points through the model file', async () => {
    const flags = [
      '--dataset',
      'circles',
      '--features',
      'x1^2,x2^2,x1x2',
      '--hidden',
      '4,3',
      '--activation',
      'relu,tanh',
    ];
    const train = await run(['train', ...flags, '--normalize', '--epochs', '20', '--save', 'f.json', '--json']);
    expect(train.code).toBe(0);
    const file = parseModelFile(readFileSync(join(dir, 'f.json'), 'utf8'));
    expect(file.recipe.features).toEqual(['x1^2', 'x2^2', 'x1x2']);
    expect(file.architecture.kind === 'sequential' && file.architecture.layers.map((l) => l.activation)).toEqual([
      'relu',
      'tanh',
      'sigmoid',
    ]);
    // an input whose first value is negative is an input, not an unknown option
    const p = await run(['predict', '--model', 'f.json', '0.5,-0.25', '1,2', '-1.5,0.25', '--probabilities']);
    expect(p.code).toBe(0);
    // the expected outputs from the file by hand: the features of each raw point, standardized, through the network
    const stats = file.normalization.inputs as unknown as { mean: number[]; std: number[] };
    const rows = [
      [0.5, -0.25],
      [1, 2],
      [-1.5, 0.25],
    ].flatMap(([a, b]) => [a! * a!, b! * b!, a! * b!].map((v, j) => (v - stats.mean[j]!) / stats.std[j]!));
    const expected = networkModelFromModelFile(file).predict(Float64Array.from(rows), 3);
    // bit-exact: the same float64 operations in the same order in both processes
    expect(p.out.trim().split('\n').map(Number)).toEqual(Array.from(expected));
    // without --probabilities, the class: 1 where p(class 1) is above one half
    const classes = await run(['predict', '--model', 'f.json', '0.5,-0.25', '1,2', '-1.5,0.25']);
    expect(classes.out).toBe(`${Array.from(expected, (v) => (v > 0.5 ? '1' : '0')).join('\n')}\n`);
    const single = await run(['predict', '--model', 'f.json', '1']);
    expect(single.code).toBe(2);
    expect(single.err).toBe(
      'neuronlab predict: input 1 must be 2 numbers separated by commas, tabs or spaces, got "1": the model takes 2 inputs. Give inputs such as 0.5,0.5.\n',
    );
    // stdin rows as a TSV, a shell's words or a spreadsheet's export write them give the same answers
    const typed = await run(['predict', '--model', 'f.json', '--probabilities'], '0.5\t-0.25\n1 2\n -1.5 ; 0.25 \n');
    expect(typed.code).toBe(0);
    expect(typed.out).toBe(p.out);
    const unknown = await run(['predict', '--model', 'f.json', '-1.5,0.25', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      "neuronlab: unknown option '--bogus'. See neuronlab predict --help for what is allowed.\n",
    );
  });

  it('refuses anything typed after --version, with one line and exit code 2', async () => {
    const r = await run(['--version', 'extra']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      'neuronlab: --version takes nothing else, got "extra". See neuronlab --help for what is allowed.',
    );
    expect(r.out).toBe('');
    expect((await run(['--version'])).out.trim()).toBe('0.1.0');
  });

  it('refuses a prototype name as a generator option of gradcheck, naming the key', async () => {
    const r = await run(['gradcheck', '-o', '__proto__=1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--option key must be one of start, count, noise, got "__proto__"/);
  });

  it('points an unknown command at the program’s help and a missing value at its command’s help', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim()).toBe(
      "neuronlab: unknown command 'frobnicate'. See neuronlab --help for what is allowed.",
    );
    const missing = await run(['predict', '--model']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/argument missing\. See neuronlab predict --help for what is allowed\.$/m);
    // a subcommand's subcommand points at its own help, where its options are listed
    const nested = await run(['datasets', 'export', 'spiral', '--noise', '0.1']);
    expect(nested.code).toBe(2);
    expect(nested.err).toMatch(
      /unknown option '--noise'\. See neuronlab datasets export --help for what is allowed\.$/m,
    );
  });

  it('lists the datasets and exports one as CSV', async () => {
    const list = await run(['datasets']);
    expect(list.out).toContain('celsius');
    expect(list.out).toContain('spiral');
    expect(list.out).toContain('--option');
    // a generator's option lines have their defaults, ranges and descriptions in aligned columns
    const celsius = list.out
      .split('\n')
      .filter((l) => /^ +--option (start|count|noise)=/.test(l))
      .slice(0, 3);
    expect(celsius).toHaveLength(3);
    expect(new Set(celsius.map((l) => l.indexOf('default '))).size).toBe(1);
    expect(new Set(celsius.map((l) => l.indexOf('['))).size).toBe(1);
    const exp = await run(['datasets', 'export', 'spiral', '--out', 'spiral.csv', '--seed', '7']);
    expect(exp.code).toBe(0);
    expect(readFileSync(join(dir, 'spiral.csv'), 'utf8').split('\n').length).toBeGreaterThan(10);
    expect((await run(['datasets', 'export', 'nope', '--out', 'x.csv'])).code).toBe(2);
  });

  it('rejects an export into a missing directory with one line naming --out, exit 2', async () => {
    const r = await run(['datasets', 'export', 'spiral', '--out', 'no-such-dir/spiral.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^neuronlab datasets export: --out needs an existing directory, got "no-such-dir\/spiral.csv"/,
    );
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('sorts the table of runs by loss or accuracy, best first, or by name, and refuses another order', async () => {
    const sweep = await run([
      'sweep',
      '--dataset',
      'moons',
      '--lr',
      '3,0.001,0.03,0.01',
      '--epochs',
      '30',
      '--log-dir',
      'sorted',
    ]);
    expect(sweep.code).toBe(0);
    const table = async (order: string) => {
      const r = await run(['runs', 'sorted', '--sort', order]);
      expect([r.code, r.err]).toEqual([0, '']);
      // name, dataset, model, settings (optimizer, lr, hidden, seed), epochs, loss, accuracy, status, started
      return r.out
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(/\s+/));
    };
    const [byLoss, byAccuracy, byName] = await Promise.all([table('loss'), table('accuracy'), table('name')]);
    const column = (rows: string[][], i: number) => rows.map((r) => Number.parseFloat(r[i]!));
    const losses = column(byLoss, 8);
    expect(losses).toEqual([...losses].sort((a, b) => a - b));
    const accuracies = column(byAccuracy, 9);
    expect(accuracies).toEqual([...accuracies].sort((a, b) => b - a));
    expect(byName.map((r) => r[0])).toEqual(['trial-1-lr3', 'trial-2-lr0.001', 'trial-3-lr0.03', 'trial-4-lr0.01']);
    // the best by loss is the one the sweep's ranking names
    expect(sweep.out).toContain(`best: trial ${byLoss[0]![0]!.split('-')[1]}`);
    const bad = await run(['runs', 'sorted', '--sort', 'best']);
    expect([bad.code, bad.err]).toEqual([
      2,
      'neuronlab runs: --sort must be one of started, name, loss, accuracy, got "best".\n',
    ]);
  });

  it('answers a run name it does not know with the nearest names first, and says how many runs there are', async () => {
    const lrs = ['0.001', '0.002', '0.003', '0.004', '0.005', '0.006', '0.007'];
    const sweep = await run(['sweep', '--lr', lrs.join(','), '--epochs', '1', '--jobs', '2', '--log-dir', 'near']);
    expect(sweep.code).toBe(0);
    const r = await run(['runs', 'show', 'trial-6-lr0.06', '--log-dir', 'near']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(
      /^neuronlab runs show: no run "trial-6-lr0\.06" in "near"\. The nearest names of its 7 runs: trial-6-lr0\.006, (trial-\d-lr0\.00\d, ){3}trial-\d-lr0\.00\d\.\n$/,
    );
    // a directory of few runs is listed whole
    expect((await run(['sweep', '--lr', '0.1,0.2', '--epochs', '1', '--log-dir', 'near-few'])).code).toBe(0);
    expect((await run(['runs', 'show', 'trial-3', '--log-dir', 'near-few'])).err).toMatch(
      /^neuronlab runs show: no run "trial-3" in "near-few"\. Runs there: trial-\d-lr0\.\d, trial-\d-lr0\.\d\.\n$/,
    );
  });

  it('lists a run whose directory is named with an escape sequence with the sequence shown, not acted on', async () => {
    expect((await run(['train', '--epochs', '2', '--log-dir', 'hostile-runs', '--run-name', 'r1'])).code).toBe(0);
    renameSync(join(dir, 'hostile-runs', 'r1'), join(dir, 'hostile-runs', 'r\u001b]0;pwned\u0007x'));
    const r = await run(['runs', 'hostile-runs']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('r\\x1b]0;pwned\\x07x');
  });

  it('answers a log file given to runs with the plot command that draws it', async () => {
    writeFileSync(join(dir, 'metrics-log.csv'), 'epoch,loss\n0,1\n1,0.5\n');
    for (const args of [
      ['runs', 'metrics-log.csv'],
      ['runs', '--log-dir', 'metrics-log.csv'],
    ]) {
      const r = await run(args);
      expect([r.code, r.out, r.err]).toEqual([
        2,
        '',
        'neuronlab runs: "metrics-log.csv" is a file, not a log directory. Name a directory of runs, or draw the file with neuronlab plot "metrics-log.csv".\n',
      ]);
    }
  });

  it('runs the gradient check: the neuron passes and the tutorial’s mistake fails', async () => {
    const ok = await run(['gradcheck']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('passed: every gradient matches central differences within 1e-6');
    expect(ok.out).toContain('rel. error: the relative difference beyond the rounding noise');
    const bad = await run(['gradcheck', '--gradient', 'tutorial-mistake']);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^w .*WRONG$/m);
    expect(bad.out).toMatch(/^b .*ok$/m);
  });

  it('checks a saved model at its parameters, trained on as its flags say: the mistake given to --init is the one that runs', async () => {
    writeFileSync(join(dir, 'check.csv'), 'c;f\n-5,5;22,1\n0;32\n10;50\n');
    expect((await run(['train', '--lr', '1e-3', '--epochs', '30', '--save', 'check.json'])).code).toBe(0);
    const [ok, bad, onData] = await Promise.all([
      run(['gradcheck', '--init', 'check.json']),
      run(['gradcheck', '--init', 'check.json', '--gradient', 'tutorial-mistake']),
      run(['gradcheck', '--data', 'check.csv']),
    ]);
    expect([ok.code, bad.code]).toEqual([0, 1]);
    expect(bad.out).toMatch(/^w .*WRONG$/m);
    // the table's numbers are the model's: ∂L/∂b at the saved parameters, not at a fresh neuron's
    const db = (out: string) => /^b +(\S+)/m.exec(out)?.[1];
    expect(db(ok.out)).toBe(db(bad.out));
    expect(db(ok.out)).not.toBe(db((await run(['gradcheck'])).out));
    expect([onData.code, onData.out]).toEqual([0, expect.stringContaining('passed: every gradient matches')]);
    // and training goes on with the mistake when it is asked for, not with the gradient the file was saved from
    const [mistaken, correct] = await Promise.all([
      run(['train', '--json', '--init', 'check.json', '--gradient', 'tutorial-mistake', '--epochs', '3']),
      run(['train', '--json', '--init', 'check.json', '--epochs', '3']),
    ]);
    expect(events(mistaken.out).at(-1).params).not.toEqual(events(correct.out).at(-1).params);
  });

  it('loads a command’s modules only when that command runs: --version and datasets never load train or plot, and only a CSV run loads the CSV parser', async () => {
    // a module hook that prints every module loaded, as a loader would see it
    const hooks = mkdtempSync(join(tmpdir(), 'neuronlab-hooks-'));
    writeFileSync(
      join(hooks, 'hook.mjs'),
      "export async function load(url, context, next) { process._rawDebug('loaded ' + url); return next(url, context); }\n",
    );
    writeFileSync(
      join(hooks, 'register.mjs'),
      "import { register } from 'node:module'; register('./hook.mjs', import.meta.url);\n",
    );
    const loaded = (r: { err: string }) => r.err.split('\n').filter((l) => l.startsWith('loaded '));
    const nodeOptions = { NODE_OPTIONS: `--import ${join(hooks, 'register.mjs')}` };
    writeFileSync(join(dir, 'loads.csv'), 'c,f\n0,32\n10,50\n20,68\n');
    const [version, list, train, csv] = await Promise.all([
      runCli(['--version'], { cwd: dir, env: nodeOptions }),
      runCli(['datasets'], { cwd: dir, env: nodeOptions }),
      runCli(['train', '--epochs', '1', '--json'], { cwd: dir, env: nodeOptions }),
      runCli(['train', '--data', 'loads.csv', '--epochs', '1', '--json'], { cwd: dir, env: nodeOptions }),
    ]);
    for (const r of [version, list]) {
      expect(r.code).toBe(0);
      expect(loaded(r).length).toBeGreaterThan(20);
      expect(loaded(r).filter((l) => /\/commands\/(train|plot|step|predict)\.js$/.test(l))).toEqual([]);
    }
    // the hook sees them when they are used: the check above can fail
    expect(loaded(train).some((l) => l.endsWith('/commands/train.js'))).toBe(true);
    // papaparse is for CSV: generated data trains without it, a CSV file loads it
    const papaparse = (r: { err: string }) => loaded(r).some((l) => l.includes('/papaparse/'));
    expect([train.code, csv.code]).toEqual([0, 0]);
    expect([papaparse(version), papaparse(list), papaparse(train), papaparse(csv)]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('shows help with examples', async () => {
    const r = await run(['train', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('--batch-size <n|full>');
    expect(r.out).toMatch(/--lr <rate> +learning rate \(tutorial: 1e-4, mlp: 0\.01\)\n/);
  });

  it('shows every command’s help in Japanese in a Japanese terminal or with --lang ja, each option line within 80 columns', async () => {
    const commands = [[], ['train'], ['predict'], ['sweep'], ['runs'], ['runs', 'compare'], ['plot'], ['step']];
    const ja = { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } };
    for (const words of commands) {
      const r = await runCli([...words, '--help'], ja);
      expect(r.code, words.join(' ')).toBe(0);
      expect(r.out).toMatch(/^使い方: neuronlab/);
      expect(r.out).toContain('オプション:');
      expect(r.out).not.toMatch(/\b(Usage|Options|display help for command|print stack traces)\b/);
      // the lines commander lays out (not the examples, which are written as they are) fit an 80-column terminal
      const laidOut = r.out.split(/\n\n(?:例|リストと範囲)/)[0]!.split('\n');
      for (const line of laidOut) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
    const train = await runCli(['train', '--help'], ja);
    // lab's parts in Japanese: the sentence, the same names, the defaults
    expect(train.out).toMatch(/--lr <rate> +学習率 \(チュートリアル: 1e-4、mlp: 0\.01\)\n/);
    expect(train.out).toMatch(
      /--optimizer <name> +最適化手法: sgd, momentum, nesterov, rmsprop,\n +adam \(チュートリアル: sgd、mlp: adam\)\n/,
    );
    // --lang ja in an English terminal; an unknown --lang leaves the terminal's language
    const [asked, unknown] = await Promise.all([
      runCli(['train', '--help', '--lang', 'ja'], { cwd: dir, env: { LANG: 'C' } }),
      runCli(['train', '--help', '--lang', 'fr'], { cwd: dir, env: { LANG: 'C' } }),
    ]);
    expect(asked.out).toBe(train.out);
    expect(unknown.out).toMatch(/^Usage: neuronlab train/);
  });
});
