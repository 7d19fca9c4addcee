import type { Trainable } from '@neuronlab/core';
import { NetworkModel } from '@neuronlab/core/nn';
import type { RunPlan } from '@neuronlab/lab';
import { predictRaw } from '@neuronlab/lab';
import { readNetwork } from './network-reading.js';
import type { ChartInputs, NetworkProbe, NetworkReading, Prediction } from './worker-protocol.js';

/**
 * Where a screen looks at a model (the chart's inputs, the network panel's probe) and its answers, made where the
 * model lives: the training thread of `train`, a sweep's trial thread, or a finished trial's final model. Every
 * answer is a copy, so it stays as it was while training goes on.
 */
export class ModelProbes {
  /** The inputs the chart predicts at, or null until a screen asks. */
  chart: ChartInputs | null = null;
  /** Where the network panel reads the network, or null until a screen asks. */
  probe: NetworkProbe | null = null;

  constructor(
    private readonly model: Trainable,
    private readonly plan: RunPlan,
  ) {}

  /** The model's outputs at the chart inputs, as it is now (at `epoch`); null without chart inputs. */
  predict(epoch: number): Prediction | null {
    if (this.chart === null) return null;
    const values = predictRaw(this.model, this.plan, this.chart.x, this.chart.n);
    return { id: this.chart.id, epoch, values };
  }

  /** The network panel's numbers at the probe, now (at `epoch`); null without a probe or for a model not a network. */
  read(epoch: number): NetworkReading | null {
    if (this.probe === null || !(this.model instanceof NetworkModel)) return null;
    return readNetwork(this.model, this.plan, this.probe, epoch);
  }
}
