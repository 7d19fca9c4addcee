import { featureLabel, formatNumber } from '@neuronlab/lab';
import { useMessages } from '../../../i18n/use-messages';
import type { Selection } from '../../../lib/playground-nav';
import type { NetworkSnapshot } from '../../../lib/playground-run';

/** Props of NeuronDetail. */
export interface NeuronDetailProps {
  snapshot: NetworkSnapshot;
  selected: Selection | null;
  /** The model's input names, in order. */
  active: readonly string[];
  /** The data's two inputs' names (a CSV's columns, or x1 and x2), which the features are labelled over. */
  columns: readonly string[];
  activations: readonly string[];
  /** The chosen point in the data's units. */
  point: readonly [number, number];
  /** The element's id: the network view's items name it as their description. */
  id: string;
}

const n = (v: number) => formatNumber(v, 4);
/** A number as a term of a sum: negative ones in brackets. */
const term = (v: number) => (v < 0 ? `(${n(v)})` : n(v));

/** A value on screen that also carries its exact float64 text, so a test can compare it bit for bit. */
function Exact({ id, value }: { id: string; value: number }) {
  return (
    <span data-testid={id} data-exact={String(value)}>
      {n(value)}
    </span>
  );
}

/**
 * The numbers of the selected neuron at the chosen point — z = Σ wᵢ·aᵢ + b and a = act(z) with every term — and its
 * bias gradient; or, for an edge, the weight, its gradient and its change over the last epoch.
 */
export function NeuronDetail({ snapshot, selected, active, columns, activations, point, id }: NeuronDetailProps) {
  const t = useMessages().playground;
  if (selected === null) {
    return (
      <p className="nl-detail" id={id}>
        {t.detailIdle}
      </p>
    );
  }
  const layer = snapshot.layers[selected.layer];
  if (!layer || selected.unit >= layer.units) return null;
  const units = layer.units;
  const j = selected.unit;
  const inputs = selected.layer === 0 ? snapshot.inputs : snapshot.layers[selected.layer - 1]!.a;
  const name = (i: number) =>
    selected.layer === 0 ? featureLabel(active[i]!, columns) : t.hiddenUnit(String(i + 1), String(selected.layer));
  const where = selected.layer === snapshot.layers.length - 1 ? t.output : t.layer(String(selected.layer + 1));
  if (selected.kind === 'edge') {
    const k = selected.from * units + j;
    return (
      <div className="nl-detail" data-testid="edge-detail" id={id}>
        <strong>{t.edgeTitle(name(selected.from), where, String(j + 1))}</strong>
        <div>
          {t.edgeWeight} <Exact id="edge-w" value={layer.weight[k]!} /> {t.edgeGradient}{' '}
          <Exact id="edge-grad" value={layer.weightGrad[k]!} /> {t.lastStep} {t.edgeDelta}{' '}
          <Exact id="edge-delta" value={layer.weightDelta[k]!} /> {t.lastEpoch}
        </div>
      </div>
    );
  }
  const terms = Array.from(inputs, (a, i) => `${term(layer.weight[i * units + j]!)}·${term(a)}`);
  const act = activations[selected.layer]!;
  return (
    <div className="nl-detail" data-testid="neuron-detail" id={id}>
      <strong>{t.neuronTitle(where, String(j + 1), n(point[0]), n(point[1]))}</strong>
      <div>
        {t.inputs} {Array.from(inputs, (a, i) => `${name(i)} = ${n(a)}`).join(', ')}
        {selected.layer === 0 && snapshot.inputs.length > 0 && t.asModelSees}
      </div>
      <div>
        z = Σ wᵢ·aᵢ + b = {terms.join(' + ')} + {term(layer.bias[j]!)} = <Exact id="probe-z" value={layer.z[j]!} />
      </div>
      <div>
        a = {act}(z) = <Exact id="probe-a" value={layer.a[j]!} />
        {act === 'softmax' && t.softmaxNote}
      </div>
      <div>
        {t.biasValue} <Exact id="probe-b" value={layer.bias[j]!} /> {t.biasGradient}{' '}
        <Exact id="probe-grad" value={layer.biasGrad[j]!} /> {t.biasGradientNote}
      </div>
    </div>
  );
}
