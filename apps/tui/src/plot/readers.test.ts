import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import EXPECTED from '../../test-data/logs/expected.json' with { type: 'json' };
import { LogFeed } from './log-feed.js';
import type { LogPoint } from './log-point.js';

const LOGS = fileURLToPath(new URL('../../test-data/logs/', import.meta.url));

/** Every point `plot --json` would print for `paths`, in reading order. */
async function readPoints(...paths: string[]): Promise<LogPoint[]> {
  const points: LogPoint[] = [];
  const feed = new LogFeed(paths, {
    scalars(file, scalars) {
      for (let i = 0; i < scalars.length; i++) points.push({ run: file.run, ...scalars.at(i) });
    },
  });
  await feed.readAll(true);
  expect(feed.corrupt).toBe(0);
  return points;
}

const key = (p: { run?: string; series: string; step: number }) => `${p.run ?? ''}|${p.series}|${p.step}`;

// Each fixture was written by the real writer (make_fixtures.py), which also wrote what it logged to expected.json.
// Values must match bit for bit: TensorBoard's float32 values are compared after the script's own float32 rounding,
// and CSV cells hold Python's shortest round-trip repr of a double, which JavaScript parses back exactly.
describe('the readers against files written by the real loggers', () => {
  it('reads both runs of a TensorBoard log directory from SummaryWriter: simple_value, float and double tensors', async () => {
    const points = await readPoints(`${LOGS}tb`);
    const got = new Map(points.map((p) => [key(p), p.value]));
    expect(points).toHaveLength(EXPECTED.tb.length);
    for (const e of EXPECTED.tb) expect(got.get(key(e)), key(e)).toBe(e.value);
    expect(new Set(points.map((p) => p.run))).toEqual(new Set(['lr-0.1', 'lr-0.01']));
    // SummaryWriter stamps every event with its wall time in seconds
    expect(points.every((p) => p.wallTime !== undefined && p.wallTime > 1e9)).toBe(true);
  });

  it("reads Lightning's sparse metrics.csv at its step column, skipping the cells left empty", async () => {
    const points = await readPoints(`${LOGS}lightning/version_0/metrics.csv`);
    expect(points.map((p) => ({ series: p.series, step: p.step, value: p.value }))).toEqual(
      expect.arrayContaining(EXPECTED.lightning),
    );
    expect(points).toHaveLength(EXPECTED.lightning.length);
    expect(new Set(points.map((p) => p.run))).toEqual(new Set(['version_0']));
  });

  it("reads Keras's CSVLogger file, whatever its name, at its epoch column", async () => {
    const points = await readPoints(`${LOGS}keras-training.log`);
    expect(points).toHaveLength(EXPECTED.keras.length);
    const got = new Map(points.map((p) => [key({ series: p.series, step: p.step }), p.value]));
    for (const e of EXPECTED.keras) expect(got.get(key(e)), key(e)).toBe(e.value);
    expect(points[0]?.run).toBe('keras-training');
  });

  it('names the runs of a directory by their paths under it, like TensorBoard', async () => {
    const points = await readPoints(LOGS);
    expect(new Set(points.map((p) => p.run))).toEqual(new Set(['lightning/version_0', 'tb/lr-0.01', 'tb/lr-0.1']));
  });
});
