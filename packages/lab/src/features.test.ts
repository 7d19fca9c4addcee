import { detMath } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, recipeToCliArgs, recipeToCommand } from './args.js';
import { recipeFromFlags } from './flags.js';
import { materializeRun, modelInputs, planRun, predictRaw } from './plan.js';
import { hiddenActivations } from './recipe.js';
import { validateRecipe } from './validate.js';

describe('input features in a recipe', () => {
  const flags = { dataset: 'circles', features: 'x1,x2,x1^2,sinx2', normalize: 'standardize', hidden: '4' };

  it('round-trips through flags, the CLI command and JSON', () => {
    const recipe = recipeFromFlags(flags);
    expect(recipe.features).toEqual(['x1', 'x2', 'x1^2', 'sinx2']);
    // quoted: ^ is a glob character in some shells (zsh with extendedglob)
    expect(recipeToCommand(recipe)).toContain("--features 'x1,x2,x1^2,sinx2'");
    expect(recipeFromFlags(parseCliArgs(recipeToCliArgs(recipe)))).toEqual(recipe);
    expect(validateRecipe(JSON.parse(JSON.stringify(recipe)))).toEqual(recipe);
  });

  it('leaves a recipe without features as it was: null, and no flag', () => {
    const recipe = recipeFromFlags({ dataset: 'circles' });
    expect(recipe.features).toBeNull();
    expect(recipeToCliArgs(recipe)).not.toContain('--features');
  });

  it('feeds the model the features while the charts keep the raw points', () => {
    const plan = planRun(recipeFromFlags({ ...flags, normalize: 'none' }));
    expect(plan.train.inputDim).toBe(4);
    expect(plan.rawTrain.inputDim).toBe(2);
    const [x1, x2] = [plan.rawTrain.x[0]!, plan.rawTrain.x[1]!];
    // bit-exact: the features are the products and detMath sines of the raw inputs
    expect(Array.from(plan.train.x.subarray(0, 4))).toEqual([x1, x2, x1 * x1, detMath.sin(x2)]);
    expect(plan.initialModel.kind === 'sequential' && plan.initialModel.inputDim).toBe(4);
  });

  it('predicts raw points through the same features and normalization as training saw', () => {
    const run = materializeRun(planRun(recipeFromFlags(flags)));
    expect(modelInputs(run.plan, run.plan.rawTrain.x, run.plan.rawTrain.n)).toEqual(run.plan.train.x);
    const direct = run.model.predict(run.plan.train.x, run.plan.train.n);
    expect(predictRaw(run.model, run.plan, run.plan.rawTrain.x, run.plan.rawTrain.n)).toEqual(direct);
  });

  it('refuses features on 1-input data and unknown names, naming the flag', () => {
    expect(() => planRun(recipeFromFlags({ dataset: 'sine', features: 'x1' }))).toThrow(
      /features must be used on data with 2 inputs/,
    );
    expect(() => recipeFromFlags({ features: 'x1,cos' })).toThrow(/--features\[1\] must be one of/);
  });
});

describe('an activation per hidden layer', () => {
  it('builds each hidden layer with its own activation and the task’s output activation', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'xor', hidden: '3,2', activation: 'relu,sigmoid' }));
    const m = plan.initialModel;
    expect(m.kind === 'sequential' && m.layers.map((l) => l.activation)).toEqual(['relu', 'sigmoid', 'sigmoid']);
    expect(recipeToCommand(plan.recipe)).toContain('--activation relu,sigmoid');
  });

  it('repeats one name for every layer, as recipes always have', () => {
    const recipe = recipeFromFlags({ dataset: 'xor', hidden: '3,2,2', activation: 'relu' });
    expect(hiddenActivations(recipe.model)).toEqual(['relu', 'relu', 'relu']);
  });

  it('accepts a JSON list and stores the recipe’s comma form', () => {
    const recipe = validateRecipe({
      dataset: { name: 'xor' },
      model: { hidden: [3, 2], activation: ['tanh', 'relu'] },
    });
    expect(recipe.model.activation).toBe('tanh,relu');
  });

  it('refuses a list whose length is not the number of hidden layers', () => {
    expect(() => recipeFromFlags({ dataset: 'xor', hidden: '3,2', activation: 'relu,tanh,relu' })).toThrow(
      /--activation must be 1 name or 2 \(one per hidden layer\), got "?relu,tanh,relu/,
    );
    expect(() => recipeFromFlags({ dataset: 'xor', activation: 'relu,nope' })).toThrow(
      /--activation\[1\] must be one of/,
    );
  });
});
