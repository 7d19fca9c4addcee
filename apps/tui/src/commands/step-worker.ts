/**
 * The `step` command's thread: builds the run and trains up to the step here, so the main thread stays free to hear
 * SIGINT and SIGTERM (a large --at holds its thread for a while). Answers with the step or the error's words.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { badValueOf, phraseOf, traceStep } from '@neuronlab/core';
import { materializeRun } from '@neuronlab/lab';
import type { StepAnswer, StepRequest } from './step.js';

try {
  const { plan, at, sample } = workerData as StepRequest;
  const run = materializeRun(plan);
  const answer: StepAnswer = { ok: true, step: traceStep(run.model, run.data, { ...run.options, at, sample }) };
  parentPort!.postMessage(answer);
} catch (error) {
  // a bad value's parts and a sentence are plain data: they cross the thread, so the line can be worded in the
  // terminal's language
  const message = error instanceof Error ? error.message : String(error);
  const answer: StepAnswer = { ok: false, message, badValue: badValueOf(error), phrase: phraseOf(error) };
  parentPort!.postMessage(answer);
}
