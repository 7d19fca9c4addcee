import type { Batch } from '@neuronlab/core';
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useMessages } from '../../i18n/use-messages';

const W = 480;
const H = 240;
const PAD = 36;

/** The Celsius samples as dots and the network's output over the same range as a curve. */
export function FollowUpChart(p: {
  batch: Batch;
  predict: (x: Float64Array) => Float64Array;
  units: { x: string; y: string };
}) {
  const t = useMessages().demos.followUp;
  const [x0, x1] = extent(p.batch.x) as [number, number];
  const [y0, y1] = extent(p.batch.y) as [number, number];
  const xs = Float64Array.from({ length: 61 }, (_, i) => x0 + ((x1 - x0) * i) / 60);
  const out = p.predict(xs);
  const sx = scaleLinear()
    .domain([x0, x1])
    .range([PAD, W - 8]);
  const sy = scaleLinear()
    .domain([y0 - 40, y1 + 40])
    .range([H - PAD, 8])
    .clamp(true);
  const curve = Array.from(xs, (x, i) => `${sx(x).toFixed(1)},${sy(out[i]!).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.chart(p.units.y, p.units.x)}>
      {Array.from(p.batch.x, (x, i) => (
        <circle key={x} cx={sx(x)} cy={sy(p.batch.y[i]!)} r={2} fill="var(--nl-true)" />
      ))}
      <polyline points={curve} fill="none" stroke="var(--nl-after)" strokeWidth={2} data-testid="curve" />
      <text x={W / 2} y={H - 6} textAnchor="middle" fontSize={12} fill="currentColor">
        C ({p.units.x})
      </text>
      <text
        x={12}
        y={H / 2}
        textAnchor="middle"
        fontSize={12}
        fill="currentColor"
        transform={`rotate(-90 12 ${H / 2})`}
      >
        F ({p.units.y})
      </text>
    </svg>
  );
}
