import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, recipeToCliArgs, recipeToCommand, shellLine } from './args.js';
import { recipeFromFlags } from './flags.js';
import type { Recipe } from './recipe.js';
import { TUTORIAL_RECIPE } from './tutorial.js';

const custom: Recipe = {
  ...TUTORIAL_RECIPE,
  dataset: { name: 'celsius', options: { count: 20, start: -10 } },
  seed: 9,
  testSplit: 0.2,
  normalize: 'minmax',
  model: { ...TUTORIAL_RECIPE.model, initWeight: 0.5, initBias: -0.25, gradient: 'tutorial-mistake' },
  optimizer: 'adam',
  lr: 0.003,
  epochs: 123,
  batchSize: 16,
  regularization: { kind: 'l2', rate: 0.001 },
  targetLoss: 0.01,
};

describe('recipeToCliArgs', () => {
  it('writes no flags for the tutorial recipe', () => {
    expect(recipeToCliArgs(TUTORIAL_RECIPE)).toEqual([]);
    expect(recipeToCommand(TUTORIAL_RECIPE)).toBe('neuronlab train');
  });

  it('round-trips a recipe through its flags', () => {
    const args = recipeToCliArgs(custom);
    expect(recipeFromFlags(parseCliArgs(args))).toEqual(custom);
  });

  it('round-trips an mlp recipe', () => {
    // the neuron's own fields (its start, its gradient) keep their defaults in an mlp's recipe
    const model = { ...TUTORIAL_RECIPE.model, kind: 'mlp', hidden: [4, 3], activation: 'relu' } as const;
    const mlp: Recipe = { ...custom, model };
    expect(recipeFromFlags(parseCliArgs(recipeToCliArgs(mlp)))).toEqual(mlp);
  });

  it('writes a shell command with the changed flags', () => {
    expect(recipeToCommand({ ...TUTORIAL_RECIPE, lr: 0.001 })).toBe('neuronlab train --lr 0.001');
  });

  it('writes a small rate as people write it, exactly: 1e-5, not 0.00001', () => {
    for (const lr of [1e-5, 3.981e-5, 1e-5 * (1 + Number.EPSILON), 0.0002]) {
      const args = recipeToCliArgs({ ...TUTORIAL_RECIPE, lr });
      expect(args[args.indexOf('--lr') + 1]).toMatch(/^\d(\.\d+)?e-\d+$/);
      expect(recipeFromFlags(parseCliArgs(args)).lr).toBe(lr);
    }
  });
});

describe('parseCliArgs', () => {
  it('reads --flag=value and a bare --normalize', () => {
    expect(parseCliArgs(['--lr=0.5', '--normalize', '--seed', '3'])).toEqual({ lr: '0.5', normalize: true, seed: '3' });
  });

  it('rejects unknown flags and missing values', () => {
    expect(() => parseCliArgs(['--nope', '1'])).toThrow('"--nope"');
    expect(() => parseCliArgs(['--lr'])).toThrow('--lr must be followed by a value');
  });
});

describe('shellLine', () => {
  /** What a shell's printf prints for `line`'s words, one per line: what it read back from the quoting. */
  const readBack = (line: string) =>
    execFileSync('sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' })
      .split('\n')
      .slice(0, -1);

  it('quotes every word so that a POSIX shell reads it back unchanged', () => {
    const words = ['--data', 'my data.csv', "it's.csv", 'plain-1.5,2', '$HOME', 'a\\b'];
    const line = shellLine(words);
    expect(line).toBe(`--data 'my data.csv' 'it'\\''s.csv' plain-1.5,2 '$HOME' 'a\\b'`);
    expect(readBack(line)).toEqual(words);
  });

  it("writes control characters as escapes in $'…' quotes: safe to print, and read back as the same bytes", () => {
    const word = "h\u001b]0;x\u0007 it's\\.csv";
    const line = shellLine(['--data', word]);
    expect(line).toBe(`--data $'h\\x1b]0;x\\x07 it\\'s\\\\.csv'`);
    // nothing in the line acts on a terminal
    expect(line).not.toMatch(/\p{Cc}/u);
    expect(execFileSync('bash', ['-c', `printf '%s' ${line.slice('--data '.length)}`], { encoding: 'utf8' })).toBe(
      word,
    );
  });
});
