import { type RunPlan, runAdvice, wordPhrase } from '@neuronlab/lab';
import type { Messages } from './messages-en.js';

/** lab's advice about how a planned run will train (unnormalized inputs, say), in a table's language, or null. */
export function runAdviceText(plan: RunPlan, t: Messages): string | null {
  const advice = runAdvice(plan);
  return advice === null ? null : wordPhrase(t.errors.phrases, advice);
}
