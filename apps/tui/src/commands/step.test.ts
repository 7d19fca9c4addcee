import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkStep, NeuronStep, ParamReport } from '@neuronlab/core';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { type CliOptions, runCli } from '../test-util/run-cli.test-util.js';
import { displayWidth } from '../text-width.js';

/** Every test starts the real binary, several at once; on a busy 2-core machine that is slower than a unit test. */
const SPAWNS = { timeout: 60_000 };

/** The last line of `train --json`: the done event. */
async function trainDone(args: string[], options: CliOptions = {}): Promise<{ params: ParamReport[] }> {
  const r = await runCli(['train', '--json', ...args], options);
  expect(r.code).toBe(0);
  return JSON.parse(r.out.trim().split('\n').at(-1)!);
}

async function stepJson<T>(args: string[], options: CliOptions = {}): Promise<T> {
  const r = await runCli(['step', '--json', ...args], options);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out).step as T;
}

const chars = (line: string) => [...line].length;

/** A Japanese terminal's locale, as the environment gives it. */
const JA = { env: { LANG: 'ja_JP.UTF-8' } };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe.concurrent('neuronlab step', SPAWNS, () => {
  it('prints the Python reference’s step of the tutorial neuron, with its new w and b', async () => {
    const ref = REF.step;
    const start = ['--init-weight', String(ref.start.w), '--init-bias', String(ref.start.b)];
    const step = await stepJson<NeuronStep>([...start, '--at', String(ref.at)]);
    // JSON carries shortest round-trip decimals, so equal numbers are equal bits
    expect([step.loss, step.dw, step.db]).toEqual([ref.loss, ref.dw, ref.db]);
    expect(step.optimizer.params.map((p) => p.after[0])).toEqual([ref.newW, ref.newB]);
    const text = await runCli(['step', ...start, '--at', String(ref.at)]);
    expect(text.out).toContain(`L = ${ref.loss}`);
    expect(text.out).toContain(`∂L/∂w = Σ ∂L/∂outᵢ·xᵢ = ${ref.dw}`);
    expect(text.out).toContain(String(ref.newW));
  });

  it('marks the line where the tutorial’s mistaken gradient leaves the chain rule', async () => {
    const ref = REF.stepMistake;
    const args = ['step', '--gradient', 'tutorial-mistake', '--init-weight', '0.5', '--init-bias', '0.5'];
    const r = await runCli([...args, '--at', String(ref.at)]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`∂L/∂w = Σ ∂L/∂outᵢ·outᵢ = ${ref.dw}`);
    expect(r.out).toMatch(/the tutorial's mistake/);
    expect(r.out).toContain(`Σ ∂L/∂outᵢ·xᵢ = ${ref.dwCorrect}`);
    const correct = await runCli(['step']);
    expect(correct.out).not.toMatch(/mistake/);
  });

  it('leaves the neuron’s parameters where train has them after at + 1 epochs, bit for bit', async () => {
    const [step, done] = await Promise.all([
      stepJson<NeuronStep>(['--at', '41', '--lr', '1e-3']),
      trainDone(['--epochs', '42', '--lr', '1e-3']),
    ]);
    expect(step.optimizer.params.map((p) => p.after)).toEqual(done.params.map((p) => p.values));
  });

  it('leaves an mlp trained in minibatches with Adam where train has it after at + 1 epochs, bit for bit', async () => {
    const recipe = ['--dataset', 'moons', '--hidden', '4', '--batch-size', '16', '--seed', '5'];
    const [step, done] = await Promise.all([
      stepJson<NetworkStep>([...recipe, '--at', '6', '--sample', '3']),
      trainDone([...recipe, '--epochs', '7']),
    ]);
    expect(step.optimizer.name).toBe('adam');
    expect(step.batches).toBeGreaterThan(1);
    expect(step.optimizer.params.map((p) => p.after)).toEqual(done.params.map((p) => p.values));
  });

  it('takes a step on a CSV file and from a saved model, where train --data and train --init have them, bit for bit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuronlab-step-'));
    writeFileSync(join(dir, 'temps.csv'), 'celsius;fahrenheit\n-10;14\n0,5;32,9\n10;50\n20;68\n');
    const cwd = { cwd: dir };
    const data = ['--data', 'temps.csv', '--lr', '1e-3'];
    const [step, done, saved] = await Promise.all([
      stepJson<NeuronStep>([...data, '--at', '4'], cwd),
      trainDone([...data, '--epochs', '5'], cwd),
      trainDone(['--dataset', 'moons', '--hidden', '3', '--epochs', '4', '--save', 'moons.json'], cwd),
    ]);
    // the CSV's rows are the step's samples, and the step leaves w and b where five epochs of train do
    expect([step.x, step.y]).toEqual([
      [-10, 0.5, 10, 20],
      [14, 32.9, 50, 68],
    ]);
    expect(step.optimizer.params.map((p) => p.after)).toEqual(done.params.map((p) => p.values));
    // from a saved model: the step starts at its parameters, with the recipe it records (moons, 3 hidden, Adam)
    const [next, more] = await Promise.all([
      stepJson<NetworkStep>(['--init', 'moons.json', '--at', '1'], cwd),
      trainDone(['--init', 'moons.json', '--epochs', '2'], cwd),
    ]);
    expect(next.optimizer.name).toBe('adam');
    expect(next.optimizer.params.map((p) => p.after)).toEqual(more.params.map((p) => p.values));
    expect(more.params.map((p) => p.values)).not.toEqual(saved.params.map((p) => p.values));
  });

  it('names the class a multiclass target marks, by the CSV’s labels in their output order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuronlab-step-'));
    writeFileSync(join(dir, 'pets.csv'), 'a,b,pet\n1,2,dog\n2,1,cat\n0,0,bird\n3,3,dog\n');
    const args = ['step', '--data', 'pets.csv', '--task', 'multiclass', '--classes', 'dog,cat,bird'];
    const r = await runCli([...args, '--sample', '1'], { cwd: dir });
    expect([r.code, r.err]).toEqual([0, '']);
    const target = /^ {2}target y = ([\d, ]+) \((\w+)\)$/m.exec(r.out);
    expect(target).not.toBeNull();
    const oneHot = target![1]!.split(', ').map(Number);
    expect(oneHot).toHaveLength(3);
    expect(target![2]).toBe(['dog', 'cat', 'bird'][oneHot.indexOf(1)]);
  });

  it('writes each z out as its sum, negative numbers in parentheses, and the numbers add up to z', async () => {
    const r = await runCli(['step', '--dataset', 'xor', '--hidden', '2', '--batch-size', '4']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[+·] -\d|·-\d/);
    const lines = r.out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  z₀ = a₀·W₁[0,0] + a₁·W₁[1,0] + b₁[0]'));
    const value = (text: string) => Number(text.replace(/^\((.*)\)$/, '$1'));
    const products = lines.slice(at + 1, at + 3).map((l) => {
      const m = /^ {5}[=+] (\S+)·(\S+)$/.exec(l);
      expect(m).not.toBeNull();
      return value(m![1]!) * value(m![2]!);
    });
    const bias = /^ {5}\+ (\S+)$/.exec(lines[at + 3]!);
    const z = /^ {5}= (\S+)$/.exec(lines[at + 4]!);
    expect(value(bias![1]!) + products[0]! + products[1]!).toBeCloseTo(value(z![1]!), 12);
    const neuron = await runCli(['step']);
    expect(neuron.out).toMatch(/^ {2}e\.g\. out₀ = \S+·\(-50\) \+ \S+$/m);
  });

  it('fits 80 columns for the neuron, the follow-up network and an mlp, exact or rounded', async () => {
    const runs = await Promise.all([
      runCli(['step', '--at', '2']),
      runCli(['step', '--model', 'follow-up', '--sample', '7']),
      runCli(['step', '--dataset', 'moons', '--hidden', '3', '--digits', '5']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      expect(lines.length).toBeGreaterThan(20);
      expect(lines.filter((l) => chars(l) > 80)).toEqual([]);
    }
    expect(runs[1]!.out).toContain('the network 1-2-1');
    expect(runs[2]!.out).toMatch(/update \(adam, t = \d+\): m = β₁m/);
  });

  it('speaks the terminal’s language, Japanese under LANG=ja_JP.UTF-8, until --lang en says otherwise', async () => {
    const [ja, en, cLocale, jaJson, enJson] = await Promise.all([
      runCli(['step'], JA),
      runCli(['step', '--lang', 'en'], JA),
      runCli(['step'], { env: { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' } }),
      runCli(['step', '--json'], JA),
      runCli(['step', '--json']),
    ]);
    expect(ja.code).toBe(0);
    expect(ja.out).toMatch(/^neuronlab step: チュートリアルのニューロン out = w·x \+ b\n/);
    for (const title of ['1. 順伝播', '2. 損失', '3. 逆伝播 (連鎖律)', '4. 更新 (sgd)']) {
      expect(ja.out).toContain(`\n${title}`);
    }
    expect(ja.out).not.toMatch(/forward|backward|update|parameter|e\.g\./);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^neuronlab step: the tutorial's neuron out = w·x \+ b\n/);
    expect(en.out).not.toMatch(JAPANESE);
    expect(cLocale.out).toBe(en.out);
    // a program reads --json: the same document whatever the terminal's language
    expect(jaJson.out).toBe(enJson.out);
  });

  it('fits 80 columns in Japanese too, counting a Japanese character as the two columns it takes', async () => {
    const runs = await Promise.all([
      runCli(['step', '--lang', 'ja', '--at', '2']),
      runCli(['step', '--lang', 'ja', '--model', 'follow-up', '--sample', '7']),
      runCli(['step', '--lang', 'ja', '--dataset', 'moons', '--hidden', '3', '--digits', '5']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.out).toMatch(JAPANESE);
      expect(r.out.split('\n').filter((l) => displayWidth(l) > 80)).toEqual([]);
    }
  });

  it('frames its error lines in Japanese in a Japanese terminal, the training thread’s too, but not under --json', async () => {
    const [at, sample, json] = await Promise.all([
      runCli(['step', '--at', '-1'], JA),
      runCli(['step', '--sample', '100'], JA),
      runCli(['step', '--sample', '100', '--json'], JA),
    ]);
    expect(at.code).toBe(2);
    expect(at.err).toMatch(/^neuronlab step: --at の値が正しくありません: "-1"。許される値: 0 から 9999 までの整数。/);
    expect(sample.code).toBe(2);
    expect(sample.err).toMatch(
      /^neuronlab step: traceStep: sample の値が正しくありません: 100。許される値: 0 から 99 /,
    );
    expect(json.code).toBe(2);
    expect(json.err).toMatch(/^neuronlab step: traceStep: sample must be an integer from 0 to 99, got 100\./);
  });

  it.each([
    [['--at', '-1'], /--at must be/],
    [['--at', '10000'], /--at must be .*Use an epoch from 0 to 9999/],
    [['--sample', '100'], /sample must be/],
    [['--digits', '0'], /--digits must be/],
    [['--model', 'cnn'], /--model must be one of neuron, mlp, follow-up/],
    [['--lang', 'fr'], /--lang must be one of en, ja, got "fr"/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const r = await runCli(['step', ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});
