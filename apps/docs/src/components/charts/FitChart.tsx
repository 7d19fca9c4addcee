import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { useSvgId } from '../../hooks/use-svg-id';
import { Axis } from './Axis';
import { Frame, innerSize } from './Frame';

/** A straight line y = w·x + b, drawn with a colour and an optional dash. */
export interface FitLine {
  label: string;
  w: number;
  b: number;
  color: string;
  dashed?: boolean;
}

/** Props of FitChart. */
export interface FitChartProps {
  /** The Celsius range drawn. */
  xDomain: readonly [number, number];
  /** The Fahrenheit range drawn; lines leaving it are clipped. */
  yDomain: readonly [number, number];
  lines: readonly FitLine[];
  width?: number;
  height?: number;
}

/** Fahrenheit against Celsius: the true relation and the neuron's lines, clipped to the plot. */
export function FitChart({ xDomain, yDomain, lines, width = 460, height = 280 }: FitChartProps) {
  const { w, h } = innerSize(width, height);
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, w]), [xDomain, w]);
  const y = useMemo(() => scaleLinear().domain(yDomain).range([h, 0]), [yDomain, h]);
  const path = line<number>()
    .x((c) => x(c))
    .y((c) => y(c));
  const clipId = useSvgId('fit-clip');
  return (
    <Frame
      width={width}
      height={height}
      label="Fahrenheit against Celsius: true relation and the neuron's lines"
      xLabel="Celsius (°C)"
      yLabel="Fahrenheit (°F)"
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
            d={path.y((c) => y(l.w * c + l.b))([...xDomain]) ?? ''}
            fill="none"
            stroke={l.color}
            strokeWidth={l.dashed ? 2.5 : 3}
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
