/**
 * The gradient check's thread: builds the run and checks it here, so the main thread stays free to hear SIGINT and
 * SIGTERM (a large model's check holds its thread for a long time). Answers with the result or the error's words.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gradCheck } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import { materializeRun } from '@neuronlab/lab';

try {
  const run = materializeRun(workerData as RunPlan);
  parentPort!.postMessage({ ok: true, result: gradCheck(run.model, run.plan.train, { maxEntriesPerParam: 64 }) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
