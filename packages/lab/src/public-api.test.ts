import { materializeRun, planRun, recipeFromFlags, recipeToCommand, TUTORIAL_RECIPE } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/lab public API', () => {
  it('turns flags into a recipe, a command and a run that trains', () => {
    const recipe = recipeFromFlags({ epochs: '3' });
    expect(recipeToCommand(recipe)).toBe('neuronlab train --epochs 3');
    const run = materializeRun(planRun(recipe));
    expect(run.model.params().map((p) => p.name)).toEqual(['w', 'b']);
    expect(TUTORIAL_RECIPE.epochs).toBe(10_000);
  });
});
