import { train } from '@neuronlab/core';
import type { LiveRun } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import { jsonLine } from './json-line.js';
import { ChunkedWriter } from './output.js';

/** `--json`: one trainer event per line on stdout; returns the exit code. */
export async function runJson(run: LiveRun, control: RunControl, reportEvery: number): Promise<number> {
  const out = new ChunkedWriter(process.stdout);
  let code = 0;
  for await (const e of train(run.model, run.data, { ...run.options, reportEvery, signal: control.abort.signal })) {
    await out.line(jsonLine(e, run.model.kind));
    if (e.type === 'error') code = 1;
    if (e.type === 'done') {
      control.save();
      code = control.exitCode();
    }
  }
  await out.flush();
  return code;
}
