import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { LogFile } from '../plot/log-file.js';
import { type Scalar, ScalarColumns } from '../plot/log-point.js';
import { PlotModel } from '../plot/plot-model.js';
import { PlotScreen } from './PlotScreen.js';

/** `points` as one read hands them on. */
function columns(points: readonly Scalar[]): ScalarColumns {
  const c = new ScalarColumns();
  c.add(points);
  return c;
}

/** A model holding two runs of three series, as if read from two files (nothing is read from disk). */
function twoRuns(): PlotModel {
  const model = new PlotModel();
  for (const [run, scale] of [
    ['lr-0.1', 1],
    ['lr-0.01', 2],
  ] as const) {
    const file = new LogFile(`/logs/${run}/metrics.csv`, run);
    const points = Array.from({ length: 20 }, (_, step) => [
      { series: 'loss', step, value: scale / (step + 1) },
      { series: 'val_loss', step, value: (1.1 * scale) / (step + 1) },
      { series: 'lr', step, value: 0.1 / scale },
    ]).flat();
    model.scalars(file, columns(points), false);
  }
  return model;
}

const noop = () => {};

describe('PlotScreen', () => {
  it('draws a chart per series with a legend of the runs, and names the series that do not fit', () => {
    const { lastFrame } = render(
      <PlotScreen model={twoRuns()} status={() => 'following 2 files'} quit={noop} interrupt={noop} />,
    );
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/━ lr-0\.1 {2}━ lr-0\.01/);
    expect(frame).toMatch(/│ loss/);
    expect(frame).toMatch(/│ val_loss/);
    // 24 rows hold two charts; the third series is only named
    expect(frame).toMatch(/not shown: lr \(pick with --series\)/);
    expect(frame).toMatch(/following 2 files · q quit/);
  });

  it('draws only the picked series, and a single run shows its latest value in the title', () => {
    const model = new PlotModel(new Set(['lr']));
    model.scalars(new LogFile('/logs/a.csv', 'a'), columns([{ series: 'lr', step: 7, value: 0.25 }]), false);
    const { lastFrame } = render(<PlotScreen model={model} status={() => '1 file'} quit={noop} interrupt={noop} />);
    expect(lastFrame()).toMatch(/│ lr {2}now 0\.25 @ 7/);
    expect(lastFrame()).not.toMatch(/loss/);
  });
});
