import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import { eventEpoch } from '../session/worker-protocol.js';
import { jsonLine } from './json-line.js';
import { ChunkedWriter } from './output.js';
import { trainInThread, unansweredStopText } from './thread-events.js';

/** `--json`: one trainer event per line on stdout; returns the exit code. */
export async function runJson(plan: RunPlan, control: RunControl, reportEvery: number): Promise<number> {
  const out = new ChunkedWriter(process.stdout);
  let epoch = 0;
  const line = (e: TrainEvent) => {
    epoch = eventEpoch(e);
    return out.line(jsonLine(e, plan.initialModel.kind));
  };
  const end = await trainInThread(plan, control, reportEvery, line);
  await out.flush();
  if (end.final === null) process.stderr.write(unansweredStopText(epoch, control.savePath));
  return end.final?.type === 'error' ? 1 : control.exitCode();
}
