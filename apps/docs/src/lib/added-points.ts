import { badValue, type Dataset, phrase } from '@neuronlab/core';

/** A point the reader added by clicking the map: its place in the data's own units and its class index. */
export interface AddedPoint {
  readonly x1: number;
  readonly x2: number;
  readonly cls: number;
}

/** Most added points a link carries: beyond this the URL would grow without end, so the run is not shareable. */
export const MAX_SHARED_POINTS = 20;

/** A clicked place rounded to 2 decimals, as the URL writes it: so a shared link rebuilds the very same run. */
export function addedPoint(x1: number, x2: number, cls: number): AddedPoint {
  return { x1: Math.round(x1 * 100) / 100, x2: Math.round(x2 * 100) / 100, cls };
}

/** The URL value of added points (`0.5,-1.2,1;…`), or null when there are too many to share. */
export function pointsToParam(points: readonly AddedPoint[]): string | null {
  if (points.length > MAX_SHARED_POINTS) return null;
  return points.map((p) => `${p.x1},${p.x2},${p.cls}`).join(';');
}

/** The sentences of a malformed `points` parameter's error, in English (a phrase book, as core's; see ErrorWords). */
export const POINTS_PHRASES = {
  pointWithClass: (last: number) => `x1,x2,class with a class from 0 to ${last}`,
  removePoints: () => 'Remove the points parameter from the address.',
};

/** Reads added points from the URL; a malformed one is an error naming it. */
export function pointsFromParam(text: string, classes: number): AddedPoint[] {
  if (text === '') return [];
  return text.split(';').map((part) => {
    const [x1, x2, cls, extra] = part.split(',').map(Number);
    const ok = extra === undefined && Number.isFinite(x1) && Number.isFinite(x2) && Number.isInteger(cls);
    if (!ok || cls! < 0 || cls! >= classes) {
      const what = phrase(POINTS_PHRASES, 'pointWithClass', classes - 1);
      throw badValue(RangeError, 'points', what, part, phrase(POINTS_PHRASES, 'removePoints'));
    }
    return addedPoint(x1!, x2!, cls!);
  });
}

/** The dataset with the added points as extra rows (targets: the class, one-hot for several classes). */
export function withPoints(data: Dataset, points: readonly AddedPoint[]): Dataset {
  const k = data.outputDim;
  const x = new Float64Array((data.n + points.length) * 2);
  const y = new Float64Array((data.n + points.length) * k);
  x.set(data.x);
  y.set(data.y);
  points.forEach((p, i) => {
    const row = data.n + i;
    x.set([p.x1, p.x2], 2 * row);
    if (k === 1) y[row] = p.cls;
    else y[row * k + p.cls] = 1;
  });
  return { ...data, n: data.n + points.length, x, y };
}
