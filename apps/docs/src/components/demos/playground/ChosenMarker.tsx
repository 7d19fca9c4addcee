import type { MapDomain } from '../../../lib/playground-run';
import { DEFAULT_MARGINS, innerSize } from '../../charts/Frame';

/** Props of ChosenMarker. */
export interface ChosenMarkerProps {
  /** The decision map's extent, in the data's units. */
  domain: MapDomain;
  /** The chosen point, in the data's units. */
  point: readonly [number, number];
  /** The decision map's drawing size (its width and height, before it is scaled to the page). */
  size: number;
  label: string;
}

/**
 * A ring over the decision map at the point the neuron detail is computed at. It sits in the map's box, placed in
 * percentages of the map's drawing (its plot area inside the chart's margins), so it follows the map when it shrinks.
 */
export function ChosenMarker({ domain, point, size, label }: ChosenMarkerProps) {
  const { w, h } = innerSize(size, size);
  const [a, b] = domain.x1;
  const [c, d] = domain.x2;
  const left = DEFAULT_MARGINS.left + ((point[0] - a) / (b - a)) * w;
  const top = DEFAULT_MARGINS.top + ((d - point[1]) / (d - c)) * h;
  return (
    <span
      className="nl-chosen-point"
      role="img"
      aria-label={label}
      data-testid="chosen-marker"
      style={{ left: `${(100 * left) / size}%`, top: `${(100 * top) / size}%` }}
    />
  );
}
