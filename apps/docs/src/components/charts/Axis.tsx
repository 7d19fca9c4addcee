import { axisBottom, axisLeft } from 'd3-axis';
import type { ScaleContinuousNumeric } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';

/** Props of an Axis. */
export interface AxisProps {
  /** The scale the axis shows. */
  scale: ScaleContinuousNumeric<number, number>;
  /** Bottom (x) or left (y) axis. */
  orient: 'bottom' | 'left';
  /** Where the axis sits, in SVG coordinates. */
  x?: number;
  y?: number;
  /** Tick count hint. @default 6 */
  ticks?: number;
  /** Length of the grid lines drawn across the plot (0 for none). @default 0 */
  grid?: number;
  /** Format of tick labels. */
  format?: (value: number) => string;
  /** Exact tick values, overriding `ticks`. */
  values?: readonly number[];
}

/** A d3 axis drawn into an SVG group; React owns the group, d3-axis owns its ticks. */
export function Axis({ scale, orient, x = 0, y = 0, ticks = 6, grid = 0, format, values }: AxisProps) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const axis = orient === 'bottom' ? axisBottom(scale) : axisLeft(scale);
    axis.ticks(ticks);
    if (values) axis.tickValues(values);
    if (format) axis.tickFormat((v) => format(Number(v)));
    if (grid > 0) axis.tickSizeInner(-grid).tickPadding(6);
    select(ref.current).call(axis);
  }, [scale, orient, ticks, grid, format, values]);
  return <g ref={ref} transform={`translate(${x},${y})`} />;
}
