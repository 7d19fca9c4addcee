import type { Line } from '@neuronlab/lab';
import { scaleLinear } from 'd3-scale';
import { line as linePath } from 'd3-shape';
import { useMemo } from 'react';
import { useSvgId } from '../../hooks/use-svg-id';
import { useMessages } from '../../i18n/use-messages';
import { Axis } from './Axis';
import { Frame, useChartLayout } from './Frame';

/** A straight line to draw, with a colour and an optional dash. */
interface ChartLine {
  label: string;
  line: Line;
  color: string;
  dashed?: boolean;
  /** Stroke width in chart units. @default 2.5 dashed, 3 solid */
  width?: number;
}

/** Props of RegressionChart. */
export interface RegressionChartProps {
  /** The input range drawn. */
  xDomain: readonly [number, number];
  /** The output range drawn; lines leaving it are clipped. */
  yDomain: readonly [number, number];
  /** Axis titles, from the dataset's facts (`celsius (°C)`). */
  xLabel: string;
  yLabel: string;
  lines: readonly ChartLine[];
  width?: number;
  height?: number;
}

/** Output against input for a 1-feature regression: the true relation and the model's lines, clipped to the plot. */
export function RegressionChart(p: RegressionChartProps) {
  const t = useMessages().common;
  const { xDomain, yDomain, xLabel, yLabel, lines, width = 460, height = 280 } = p;
  const layout = useChartLayout(width, height);
  const { w, h } = layout;
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, w]), [xDomain, w]);
  const y = useMemo(() => scaleLinear().domain(yDomain).range([h, 0]), [yDomain, h]);
  const path = linePath<number>()
    .x((c) => x(c))
    .y((c) => y(c));
  const clipId = useSvgId('regression-clip');
  return (
    <Frame
      width={width}
      height={height}
      label={t.chartOf(yLabel, xLabel, lines.map((l) => l.label).join(', '))}
      xLabel={xLabel}
      yLabel={yLabel}
      layout={layout}
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={w} height={h} />
        </clipPath>
      </defs>
      <Axis scale={x} orient="bottom" y={h} grid={h} />
      <Axis scale={y} orient="left" grid={w} />
      <g clipPath={`url(#${clipId})`}>
        {lines.map((l) => (
          <path
            key={l.label}
            d={path.y((c) => y(l.line.slope * c + l.line.intercept))([...xDomain]) ?? ''}
            fill="none"
            stroke={l.color}
            strokeWidth={l.width ?? (l.dashed ? 2.5 : 3)}
            strokeDasharray={l.dashed ? '7 5' : undefined}
            data-series={l.label}
          >
            <title>{l.label}</title>
          </path>
        ))}
      </g>
    </Frame>
  );
}
