/**
 * The `step` command's thread: builds the run and trains up to the step here, so the main thread stays free to hear
 * SIGINT and SIGTERM (a large --at holds its thread for a while). Answers with the step or the error's words.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { traceStep } from '@neuronlab/core';
import { materializeRun, planRun } from '@neuronlab/lab';
import type { StepRequest } from './step.js';

try {
  const { recipe, at, sample } = workerData as StepRequest;
  const run = materializeRun(planRun(recipe));
  parentPort!.postMessage({ ok: true, step: traceStep(run.model, run.data, { ...run.options, at, sample }) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
