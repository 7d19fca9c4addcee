import { describe, expect, it } from 'vitest';
import { jsonLine } from '../modes/json-line.js';
import { neuronEvents } from '../test-util/events.test-util.js';
import { parseEventLine } from './events-jsonl.js';

describe('parseEventLine', () => {
  it('reads the loss, test loss and learning rate of the progress lines `train --json` writes', () => {
    const events = [...neuronEvents(5, { testLoss: true })];
    const points = events.flatMap((e) => {
      const r = parseEventLine(jsonLine(e, 'neuron'));
      return r === 'corrupt' ? [] : r;
    });
    const progress = events.filter((e) => e.type === 'progress');
    expect(points.filter((p) => p.series === 'loss')).toEqual(
      progress.map((e) => ({ series: 'loss', step: e.epoch, value: e.loss })),
    );
    expect(points.filter((p) => p.series === 'test_loss').map((p) => p.value)).toEqual(progress.map((e) => e.testLoss));
    expect(points.filter((p) => p.series === 'lr')).toHaveLength(progress.length);
  });

  it('reads accuracy from the metrics and a null loss (how JSON writes NaN) as NaN', () => {
    const line = JSON.stringify({ type: 'progress', epoch: 3, loss: null, metrics: { accuracy: 0.75 } });
    expect(parseEventLine(line)).toEqual([
      { series: 'loss', step: 3, value: Number.NaN },
      { series: 'accuracy', step: 3, value: 0.75 },
    ]);
  });

  it('counts a line that is no JSON event as corrupt and gives no points for start or done', () => {
    expect(parseEventLine('{"type":"progress","epoch":1,"loss":0.')).toBe('corrupt');
    expect(parseEventLine('[1,2]')).toBe('corrupt');
    expect(parseEventLine('{"type":"start","loss":3}')).toEqual([]);
    expect(parseEventLine('')).toEqual([]);
  });
});
