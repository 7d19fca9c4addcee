import { describe, expect, it } from 'vitest';
import { LogFile } from './log-file.js';
import { ScalarColumns } from './log-point.js';
import { PlotModel } from './plot-model.js';

/** One file's points: each series named gets the value of its position at steps 0 and 1. */
function read(model: PlotModel, run: string, series: readonly string[]): void {
  const c = new ScalarColumns();
  c.add(series.flatMap((name, i) => [0, 1].map((step) => ({ series: name, step, value: i + step }))));
  model.scalars(new LogFile(`/logs/${run}/log`, run), c, false);
}

/** Each chart as its metric and its lines' run, series and split. */
const shape = (model: PlotModel) =>
  model.charts().map((c) => ({ metric: c.metric, lines: c.lines.map((l) => `${l.run} ${l.series} ${l.split}`) }));

describe('PlotModel', () => {
  it('draws the splits of a metric in one chart, whichever way the log names them, a line per run and split', () => {
    const model = new PlotModel();
    read(model, 'keras', ['loss', 'val_loss', 'lr']);
    read(model, 'torch', ['Loss/train', 'Loss/validation', 'Loss/test']);
    expect(shape(model)).toEqual([
      { metric: 'loss', lines: ['keras loss null', 'keras val_loss val'] },
      { metric: 'lr', lines: ['keras lr null'] },
      { metric: 'Loss', lines: ['torch Loss/train null', 'torch Loss/validation val', 'torch Loss/test test'] },
    ]);
    expect(model.charts()[0]!.series).toEqual(['loss', 'val_loss']);
  });

  it('groups the picked series the same way, charts in the order asked for, a run’s training line first', () => {
    const model = new PlotModel(new Set(['val_accuracy', 'loss', 'test_accuracy', 'accuracy']));
    read(model, 'a', ['loss', 'val_loss', 'test_accuracy', 'accuracy', 'val_accuracy']);
    expect(shape(model)).toEqual([
      { metric: 'accuracy', lines: ['a accuracy null', 'a val_accuracy val', 'a test_accuracy test'] },
      { metric: 'loss', lines: ['a loss null'] },
    ]);
  });

  it('puts a chart whose lines never move after those that do, unless the series were picked', () => {
    // a constant learning rate logged before the metrics, as neuronlab's events and many CSV loggers order them
    const points = (series: string, value: (step: number) => number) =>
      [0, 1, 2].map((step) => ({ series, step, value: value(step) }));
    const load = (model: PlotModel, lrOf: (step: number) => number) => {
      const c = new ScalarColumns();
      c.add([...points('lr', lrOf), ...points('loss', (s) => 1 / (s + 1)), ...points('accuracy', (s) => s / 3)]);
      model.scalars(new LogFile('/logs/a/log', 'a'), c, true);
      return model.charts().map((chart) => chart.metric);
    };
    const model = new PlotModel();
    expect(load(model, () => 0.01)).toEqual(['loss', 'accuracy', 'lr']);
    // a schedule that moves the rate takes its place back
    expect(load(model, (s) => 0.01 / (s + 1))).toEqual(['lr', 'loss', 'accuracy']);
    // what was asked for comes in the order asked, flat or not
    expect(load(new PlotModel(new Set(['lr', 'loss'])), () => 0.01)).toEqual(['lr', 'loss']);
  });
});

describe('PlotModel with a run written to several files', () => {
  /** A file of run `run` holding `loss` = step·scale at the given steps. */
  function file(model: PlotModel, path: string, steps: readonly number[], scale: number): void {
    const c = new ScalarColumns();
    c.add(steps.map((step) => ({ series: 'loss', step, value: step * scale })));
    model.scalars(new LogFile(path, 'job'), c, false);
  }
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  it('draws one line per series, the files in name order, a later file taking over from its first step as TensorBoard does', () => {
    const model = new PlotModel();
    // a job restarted from its checkpoint at step 40 writes a second event file beside the first; read newest first
    file(model, '/logs/job/events.out.tfevents.200.host', range(40, 100), 2);
    file(model, '/logs/job/events.out.tfevents.100.host', range(0, 50), 1);
    const [chart] = model.charts();
    expect(chart!.lines).toHaveLength(1);
    const line = chart!.lines[0]!;
    expect(line.xs).toEqual(range(0, 100));
    expect(line.ys).toEqual([...range(0, 40), ...range(40, 100).map((s) => 2 * s)]);
    expect(line.latest).toEqual({ step: 99, value: 198 });
  });

  it('takes over from a step logged again within one file, as after a job resumed into the same CSV', () => {
    // a Keras CSVLogger with append=True: epochs 0–19, then the resumed job logs 10–29 below them, read in two pieces
    const model = new PlotModel();
    const log = new LogFile('/logs/job/training.csv', 'job');
    const before = new ScalarColumns();
    before.add(range(0, 20).map((step) => ({ series: 'loss', step, value: step })));
    const resumed = new ScalarColumns();
    resumed.add(range(10, 30).map((step) => ({ series: 'loss', step, value: -step })));
    model.scalars(log, before, false);
    model.scalars(log, resumed, false);
    const line = model.charts()[0]!.lines[0]!;
    expect(line.xs).toEqual(range(0, 30));
    expect(line.ys).toEqual([...range(0, 10), ...range(10, 30).map((s) => -s)]);
    // the same in one piece
    const whole = new PlotModel();
    file(whole, '/logs/job/training.csv', [...range(0, 20), ...range(10, 30)], 1);
    expect(whole.charts()[0]!.lines[0]!.xs).toEqual(range(0, 30));
  });

  it('keeps a log whose steps go back and forth drawable: after a few restarts, points join the last part', () => {
    const model = new PlotModel();
    // a column that is no step at all: 0, 5, 1, 6, 2, 7, …
    const steps = range(0, 200).map((i) => (i % 2 === 0 ? i / 2 : i / 2 + 50));
    file(model, '/logs/job/odd.csv', steps, 1);
    const line = model.charts()[0]!.lines[0]!;
    expect(line.xs.length).toBeGreaterThan(0);
    expect(line.latest).toEqual({ step: steps.at(-1), value: steps.at(-1) });
  });

  it('joins files that follow on from each other whole', () => {
    const model = new PlotModel();
    file(model, '/logs/job/events.out.tfevents.100.host', range(0, 10), 1);
    file(model, '/logs/job/events.out.tfevents.200.host', range(10, 20), 1);
    const line = model.charts()[0]!.lines[0]!;
    expect([model.charts()[0]!.lines.length, line.xs]).toEqual([1, range(0, 20)]);
  });
});
