import type { Batch } from '@neuronlab/core';
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { Axis } from '../charts/Axis';
import { Frame, useChartLayout } from '../charts/Frame';

const W = 480;
const H = 260;
/** Room above and below the samples, in °F, so a curve that overshoots them a little stays in view. */
const SLACK = 40;

/** The Celsius samples as dots and the network's output over the same range as a curve, on the site's chart frame. */
export function FollowUpChart(p: {
  batch: Batch;
  predict: (x: Float64Array) => Float64Array;
  units: { x: string; y: string };
}) {
  const t = useMessages().demos.followUp;
  const layout = useChartLayout(W, H);
  const { w, h } = layout;
  const [x0, x1] = extent(p.batch.x) as [number, number];
  const [y0, y1] = extent(p.batch.y) as [number, number];
  const x = useMemo(() => scaleLinear().domain([x0, x1]).range([0, w]), [x0, x1, w]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([y0 - SLACK, y1 + SLACK])
        .range([h, 0])
        .clamp(true),
    [y0, y1, h],
  );
  const xs = Float64Array.from({ length: 61 }, (_, i) => x0 + ((x1 - x0) * i) / 60);
  const out = p.predict(xs);
  const curve = Array.from(xs, (c, i) => `${x(c).toFixed(1)},${y(out[i]!).toFixed(1)}`).join(' ');
  return (
    <Frame
      width={W}
      height={H}
      label={t.chart(p.units.y, p.units.x)}
      xLabel={`C (${p.units.x})`}
      yLabel={`F (${p.units.y})`}
      layout={layout}
    >
      <Axis scale={x} orient="bottom" y={h} grid={h} />
      <Axis scale={y} orient="left" grid={w} />
      {Array.from(p.batch.x, (c, i) => (
        <circle key={c} cx={x(c)} cy={y(p.batch.y[i]!)} r={2} fill="var(--nl-true)" />
      ))}
      <polyline points={curve} fill="none" stroke="var(--nl-after)" strokeWidth={2} data-testid="curve" />
    </Frame>
  );
}
