import { celsius, datasetFacts } from '@neuronlab/data';
import {
  BoundedSeries,
  formatFormula,
  formulaSymbols,
  LossHistory,
  materializeRun,
  planRun,
  recipeFromFlags,
  recipeToCommand,
  TUTORIAL_RECIPE,
  truthLine,
} from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/lab public API', () => {
  it('turns flags into a recipe, a command and a run that trains', () => {
    const recipe = recipeFromFlags({ epochs: '3' });
    expect(recipeToCommand(recipe)).toBe('neuronlab train --epochs 3');
    const run = materializeRun(planRun(recipe));
    expect(run.model.params().map((p) => p.name)).toEqual(['w', 'b']);
    expect(TUTORIAL_RECIPE.epochs).toBe(10_000);
  });

  it('shares the presentation helpers: the celsius truth as the formula every front end shows', () => {
    const facts = datasetFacts(celsius());
    expect(formatFormula(truthLine(facts)!, formulaSymbols(facts))).toBe('F = 1.8·C + 32');
    expect(new LossHistory().length).toBe(0);
    const spike = new BoundedSeries(2, 'extremes');
    for (const v of [1, 9, 1, 1, 1]) spike.push(spike.count, v);
    expect(spike.points().columns[0]).toContain(9);
  });
});
