import type { Trainable } from '@neuronlab/core';
import { serializeModelFile } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import { whyNotSaveable } from '../commands/run-control.js';
import { toModelFile } from '../io/model-io.js';
import type { ModelMessage } from './worker-protocol.js';

/**
 * The answer to a save, made where the model lives: the model file of `model` (trained from `plan`, now at `epoch`),
 * or why it may not be saved.
 */
export function modelMessage(model: Trainable, plan: RunPlan, epoch: number): ModelMessage {
  const refusal = whyNotSaveable(model, null);
  if (refusal !== null) return { type: 'model', epoch, refusal };
  return { type: 'model', epoch, text: serializeModelFile(toModelFile(model, plan.normalization, plan.recipe)) };
}
