import { formatNumber } from '@neuronlab/lab';
import { useMessages } from '../../../i18n/use-messages';
import { NumberField } from '../../controls/NumberField';

/** Props of PointChooser. */
export interface PointChooserProps {
  /** The chosen training point, 0-based. */
  index: number;
  /** The training points in the data's units (n × 2) and their classes. */
  x: Float64Array;
  classes: Int32Array;
  n: number;
  onChoose: (index: number) => void;
}

/**
 * Chooses the training point the neuron detail is computed at, from the keyboard: previous and next buttons and its
 * number; says where the point is and its class (the map marks it, and a click on the map chooses one too).
 */
export function PointChooser({ index, x, classes, n, onChoose }: PointChooserProps) {
  const t = useMessages().playground;
  const at = (v: number) => formatNumber(v, 4);
  return (
    <div className="nl-controls nl-controls-wrap" data-testid="point-chooser">
      <span className="nl-label">{t.point}</span>
      <button type="button" aria-label={t.previousPoint} disabled={index <= 0} onClick={() => onChoose(index - 1)}>
        ‹
      </button>
      <NumberField
        label={t.pointIndex}
        name="point"
        value={index + 1}
        min={1}
        max={n}
        integer
        onChange={(v) => onChoose(v - 1)}
      />
      <button type="button" aria-label={t.nextPoint} disabled={index >= n - 1} onClick={() => onChoose(index + 1)}>
        ›
      </button>
      <span data-testid="chosen-point" data-index={index}>
        {t.chosenPoint(String(index + 1), String(n), at(x[2 * index]!), at(x[2 * index + 1]!), String(classes[index]))}
      </span>
      <span className="nl-caption">{t.chooseHint}</span>
    </div>
  );
}
