import type { ParamReport } from '@neuronlab/core';
import { formatInt, formatNumber } from '@neuronlab/lab';
import { Text } from 'ink';
import { useMessages } from '../i18n/use-messages.js';
import type { NetworkChart } from '../network/network-chart.js';
import { compactPanelRows, fullPanelRows, panelGeometry } from '../network/panel-rows.js';
import type { NetworkSelection } from '../network/selection.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

interface Props {
  readonly net: NetworkChart;
  readonly selection: NetworkSelection;
  /** The latest parameter reports, for the compact form's per-layer norms. */
  readonly params: readonly ParamReport[];
  readonly form: 'full' | 'compact';
  readonly width: number;
  readonly height: number;
}

/**
 * Inside the network: every layer's neurons with their outputs for the selected sample (and, on a plane, over it),
 * the selected neuron's incoming weights and gradients; or, compact, per-layer norms and the selected neuron.
 */
export function NetworkPanel({ net, selection, params, form, width, height }: Props) {
  const t = useMessages().network;
  const [inner, rows] = [width - 4, height - 3];
  const g = form === 'full' ? panelGeometry(net, selection, inner, rows) : null;
  // heatmap pixels: two per cell row (half blocks), asked of the training thread for this size
  const shown = net.read(selection, g?.tileCols ?? 0, g && g.tileCols > 0 ? g.tileRows * 2 : 0);
  const cells = g
    ? fullPanelRows(net, shown, selection, g, inner, rows, t)
    : compactPanelRows(net, shown, selection, params, inner, rows, t);
  const dims = [net.inputs.length, ...net.layers.map((l) => l.units)].join('-');
  const sample = net.sample(selection.sample);
  const coords = sample.x.map((v) => formatNumber(v, 3)).join(', ');
  return (
    <Panel
      width={width}
      title={
        <Text>
          {t.title} {dims}
          <Text color="gray">
            {' '}
            · {t.sample(String(selection.sample + 1), String(net.samples))} ({coords}) → {sample.target}
            {shown ? ` · ${t.epoch(formatInt(shown.reading.epoch))}` : ''}
          </Text>
        </Text>
      }
    >
      <CellRows rows={cells} />
    </Panel>
  );
}
