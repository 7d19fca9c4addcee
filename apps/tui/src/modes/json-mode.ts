import type { TrainEvent } from '@neuronlab/core';
import type { LiveRun } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import { jsonLine } from './json-line.js';
import { ChunkedWriter } from './output.js';
import { threadEvents } from './thread-events.js';

/** `--json`: one trainer event per line on stdout; returns the exit code. */
export async function runJson(run: LiveRun, control: RunControl, reportEvery: number): Promise<number> {
  const out = new ChunkedWriter(process.stdout);
  let error: Extract<TrainEvent, { type: 'error' }> | null = null;
  for await (const e of threadEvents(run, control, reportEvery)) {
    await out.line(jsonLine(e, run.model.kind));
    if (e.type === 'error') error = e;
  }
  if (error !== null) control.fail(error.message);
  // after a done event, or a stop the thread did not answer in time (see thread-events.ts); never after an error
  else control.save();
  await out.flush();
  return error !== null ? 1 : control.exitCode();
}
