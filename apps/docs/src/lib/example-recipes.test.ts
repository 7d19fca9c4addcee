import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
// imported under another name: a bare `fit` in a test file reads to the linter as a focused jasmine test
import { fit as fitModel } from '@neuronlab/core';
import { datasets } from '@neuronlab/data';
import {
  materializeRun,
  parseCliArgs,
  planRun,
  recipeFromFlags,
  recipeToCommand,
  type ValidRecipe,
  validateRecipe,
} from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_DEFAULT } from './playground-state';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** What a documented classification example promises: this share of the held-out points right... */
const TEST_ACCURACY = 0.95;
/** ...for at least this many of the ten seeds. */
const SEEDS_THAT_MUST_PASS = 9;

const readText = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/**
 * The flags of the `neuronlab train --dataset …` commands of a text, each up to its comment (`#`), pipe or
 * two-space-separated description. Commands without `--dataset` train the tutorial's neuron or a CSV file.
 */
function trainCommands(text: string): string[][] {
  return [...text.matchAll(/neuronlab train (--dataset [^\n]*)/g)].map((m) =>
    m[1]!
      .split(/\s{2,}|#|\|/)[0]!
      .trim()
      .split(/\s+/),
  );
}

function cliTrainHelp(): string {
  const cli = new URL('../../../tui/dist/cli.js', import.meta.url);
  return execFileSync(process.execPath, [cli.pathname, 'train', '--help'], { encoding: 'utf8' });
}

/** Every classification recipe the README, the dashboard guide, the CLI's help (shown in the docs) and the playground present. */
function documentedClassificationRecipes(): Map<string, ValidRecipe> {
  const texts = [readText('../../../../README.md'), readText('../content/docs/guides/dashboard.mdx'), cliTrainHelp()];
  const recipes = texts.flatMap((t) => trainCommands(t)).map((args) => recipeFromFlags(parseCliArgs(args)));
  recipes.push(PLAYGROUND_DEFAULT);
  const classification = recipes.filter((r) => datasets[r.dataset.name]?.task !== 'regression');
  // the same recipe in several places is trained once
  return new Map(classification.map((r) => [recipeToCommand(r), r]));
}

/** Test accuracy after the recipe's own epochs, trained directly (no worker) with the seed replaced. */
function testAccuracy(recipe: ValidRecipe, seed: number): number {
  const live = materializeRun(planRun(validateRecipe({ ...recipe, seed })));
  const done = fitModel(live.model, live.data, { ...live.options, reportEvery: live.options.epochs });
  return done.metrics?.testAccuracy ?? Number.NaN;
}

describe('the documented classification examples', () => {
  const recipes = documentedClassificationRecipes();

  it('finds the spiral examples of the README, the dashboard guide, the CLI help and the playground', () => {
    const text = '$ neuronlab train --dataset xor --lr 0.1  a description\nneuronlab train --dataset moons # a comment';
    expect(trainCommands(`${text}\nneuronlab train --seed 3\nneuronlab train --dataset gauss | tail -1`)).toEqual([
      ['--dataset', 'xor', '--lr', '0.1'],
      ['--dataset', 'moons'],
      ['--dataset', 'gauss'],
    ]);
    const spirals = [...recipes.values()].filter((r) => r.dataset.name === 'spiral');
    expect(spirals.length).toBeGreaterThanOrEqual(2);
    expect(spirals.every((r) => r.testSplit > 0)).toBe(true);
  });

  for (const [command, recipe] of recipes) {
    it(`${command} reaches ${TEST_ACCURACY * 100}% test accuracy in its ${recipe.epochs} epochs for ${SEEDS_THAT_MUST_PASS} of ${SEEDS.length} seeds`, () => {
      const accuracies = SEEDS.map((seed) => testAccuracy(recipe, seed));
      const passing = accuracies.filter((a) => a >= TEST_ACCURACY).length;
      expect(
        passing,
        `test accuracy per seed: ${accuracies.map((a) => a.toFixed(3)).join(' ')}`,
      ).toBeGreaterThanOrEqual(SEEDS_THAT_MUST_PASS);
      // ten trainings of a few hundred epochs: a few seconds alone, far longer on a busy 2-core machine
    }, 180_000);
  }
});
