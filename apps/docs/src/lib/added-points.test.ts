import { generateDataset } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { addedPoint, MAX_SHARED_POINTS, pointsFromParam, pointsToParam, withPoints } from './added-points';

describe('points added on the map', () => {
  it('round-trips through the URL value, rounded to what the URL holds', () => {
    const points = [addedPoint(0.123, -1.987, 1), addedPoint(2, 0, 0)];
    expect(points[0]).toEqual({ x1: 0.12, x2: -1.99, cls: 1 });
    expect(pointsFromParam(pointsToParam(points)!, 2)).toEqual(points);
  });

  it('gives no URL value for more points than a link carries', () => {
    const many = Array.from({ length: MAX_SHARED_POINTS + 1 }, (_, i) => addedPoint(i, 0, 0));
    expect(pointsToParam(many)).toBeNull();
    expect(pointsToParam(many.slice(1))).not.toBeNull();
  });

  it('refuses a malformed point or a class the data does not have, naming it', () => {
    expect(() => pointsFromParam('1,2,5', 2)).toThrow(
      /points must be x1,x2,class with a class from 0 to 1, got "?1,2,5/,
    );
    expect(() => pointsFromParam('1,x,0', 2)).toThrow(RangeError);
  });

  it('appends the points as rows, one-hot for several classes', () => {
    const blobs = generateDataset('blobs', {}, 1);
    const more = withPoints(blobs, [addedPoint(0.5, 0.25, 2)]);
    expect(more.n).toBe(blobs.n + 1);
    expect(Array.from(more.x.subarray(-2))).toEqual([0.5, 0.25]);
    const last = Array.from(more.y.subarray(-blobs.outputDim));
    expect(last[2]).toBe(1);
    expect(last.reduce((a, b) => a + b)).toBe(1);
  });
});
