import { planRun, recipeToCommand } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import {
  initialRecipe,
  PLAYGROUND_DEFAULT,
  playgroundDatasets,
  recipeFromSearch,
  recipeToSearch,
  withDataset,
} from './playground-state';

describe('playground state in the URL', () => {
  it('offers exactly the classification generators, whose samples are points in the plane', () => {
    const names = playgroundDatasets();
    expect(names).toContain('spiral');
    expect(names).toContain('blobs');
    expect(names).not.toContain('celsius');
    for (const name of names) expect(planRun(withDataset(PLAYGROUND_DEFAULT, name)).dataset.inputDim).toBe(2);
  });

  it('round-trips a recipe through the query string', () => {
    const recipe = {
      ...PLAYGROUND_DEFAULT,
      dataset: { name: 'moons', options: { noise: 0.2 } },
      model: { ...PLAYGROUND_DEFAULT.model, hidden: [5, 3, 2], activation: 'relu' },
      optimizer: 'sgd',
      lr: 0.3,
      batchSize: 'full' as const,
      seed: 7,
      testSplit: 0.25,
      regularization: { kind: 'l2' as const, rate: 0.003 },
    };
    const search = recipeToSearch(recipe);
    expect(search).toContain('dataset=moons');
    expect(recipeFromSearch(search)).toEqual(recipe);
  });

  it('writes the same flags into the URL as into the copied CLI command', () => {
    const search = recipeToSearch(PLAYGROUND_DEFAULT);
    const fromUrl = [...new URLSearchParams(search)].map(([k, v]) => `--${k} ${v}`).join(' ');
    expect(recipeToCommand(PLAYGROUND_DEFAULT)).toBe(`neuronlab train ${fromUrl}`);
  });

  it('falls back to the default recipe and explains why when the URL is invalid', () => {
    const { recipe, dropped } = initialRecipe('?lr=-1');
    expect(recipe).toEqual(PLAYGROUND_DEFAULT);
    expect(dropped.map((d) => [d.key, d.value, (d.error as Error).message])).toEqual([
      ['lr', '-1', expect.stringMatching(/^--lr must be/)],
    ]);
    expect(initialRecipe('').dropped).toEqual([]);
  });
});
