import type { Recipe } from '@neuronlab/lab';

/** True when two recipes differ at most in what a run takes on while it trains: learning rate, penalty, batch size. */
export function sameBesidesSteering(a: Recipe, b: Recipe): boolean {
  const rest = (r: Recipe) => JSON.stringify({ ...r, lr: 0, regularization: null, batchSize: 0 });
  return rest(a) === rest(b);
}
