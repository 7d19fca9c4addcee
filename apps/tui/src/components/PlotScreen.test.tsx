import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/messages-en.js';
import { ja } from '../i18n/messages-ja.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import { LogFile } from '../plot/log-file.js';
import { type Scalar, ScalarColumns } from '../plot/log-point.js';
import { PlotModel } from '../plot/plot-model.js';
import { boxProblems } from '../test-util/boxes.test-util.js';
import { displayWidth } from '../text-width.js';
import { PlotScreen } from './PlotScreen.js';

/** `points` as one read hands them on. */
function columns(points: readonly Scalar[]): ScalarColumns {
  const c = new ScalarColumns();
  c.add(points);
  return c;
}

/** A model holding two runs of four series (three metrics), as if read from two files (nothing is read from disk). */
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
      { series: 'grad_norm', step, value: scale / (step + 2) },
    ]).flat();
    model.scalars(file, columns(points), false);
  }
  return model;
}

/** A model of `n` runs named as a sweep names them, each with one loss series. */
function manyRuns(n: number): PlotModel {
  const model = new PlotModel();
  for (let r = 1; r <= n; r++) {
    const run = `trial-${r}-hidden${r <= n / 2 ? 4 : 8}-lr0.0${r}`;
    const points = Array.from({ length: 10 }, (_, step) => ({ series: 'loss', step, value: r / (step + 1) }));
    model.scalars(new LogFile(`/logs/${run}/events.jsonl`, run), columns(points), false);
  }
  return model;
}

const noop = () => {};
const lastFrameOf = (screen: Parameters<typeof render>[0]) => render(screen).lastFrame() ?? '';
// Ink reads keys and draws frames asynchronously: each check waits for its frame, up to 5 s on a busy machine
const WAIT = { timeout: 5_000 };
/** The frame as the eye reads it, line by line. */
const lines = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n');

describe('PlotScreen', () => {
  it('draws a chart per metric, a run’s val_ series over its own, a legend of every line, and names what does not fit', () => {
    const { lastFrame } = render(
      <PlotScreen model={twoRuns()} status={() => 'following 2 files'} quit={noop} interrupt={noop} />,
    );
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/━ lr-0\.1 {2}━ lr-0\.1 val {2}━ lr-0\.01 {2}━ lr-0\.01 val/);
    expect(frame).toMatch(/│ loss/);
    expect(frame).not.toMatch(/val_loss/);
    expect(frame).toMatch(/│ grad_norm/);
    // 24 rows hold two charts; the third metric is only named: the learning rate, flat in every run, tells least
    expect(frame).toContain('charts 1–2 of 3 (↑/↓ to scroll) · not shown: lr');
    expect(frame).toMatch(/following 2 files · q quit/);
  });

  it('numbers the lines without colour (NO_COLOR): in the legend, and at the end of each line on every chart', () => {
    vi.stubEnv('NO_COLOR', '1');
    try {
      const frame = lines(
        render(<PlotScreen model={twoRuns()} status={() => 'read'} quit={noop} interrupt={noop} />).lastFrame(),
      );
      expect(frame[0]).toMatch(/^1 lr-0\.1 {2}2 lr-0\.1 val {2}3 lr-0\.01 {2}4 lr-0\.01 val/);
      // the loss chart holds all four lines; grad_norm one per run; each line ends at step 19, the right edge
      const chart = (metric: string) => {
        const top = frame.findIndex((l) => l.startsWith(`│ ${metric}`));
        const bottom = frame.findIndex((l, i) => i > top && l.includes('└'));
        return frame.slice(top + 1, bottom).map((l) => l.slice(0, -2).split(/[┤│]/)[2] ?? '');
      };
      // the marks of lines that end together stand side by side on their row
      const marks = (rows: string[]) => rows.join('').match(/\d/g)?.sort();
      expect(marks(chart('loss'))).toEqual(['1', '2', '3', '4']);
      expect(marks(chart('grad_norm'))).toEqual(['1', '3']);
      // every line ends at the last step, so each row's marks end at the chart's right edge
      for (const row of chart('loss').filter((r) => /\d/.test(r))) expect(row.trimEnd()).toMatch(/\d$/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('scrolls the charts a row at a time with the arrows when there are more than room, and says which are shown', async () => {
    const { lastFrame, stdin } = render(
      <PlotScreen model={twoRuns()} status={() => '2 files'} quit={noop} interrupt={noop} />,
    );
    const titles = () => lines(lastFrame()).flatMap((l) => /^│ ([a-z_]+)/.exec(l)?.[1] ?? []);
    expect(titles()).toEqual(['loss', 'grad_norm']);
    stdin.write('\u001B[B');
    await vi.waitFor(() => expect(titles()).toEqual(['grad_norm', 'lr']), WAIT);
    expect(lastFrame()).toContain('charts 2–3 of 3 (↑/↓ to scroll) · not shown: loss, val_loss');
    stdin.write('k');
    await vi.waitFor(() => expect(titles()).toEqual(['loss', 'grad_norm']), WAIT);
    expect(lastFrame()).toContain('charts 1–2 of 3 (↑/↓ to scroll) · not shown: lr');
  });

  it('shows control characters in run and series names as text: a file name cannot retitle or clear the terminal', () => {
    const model = new PlotModel();
    const run = 'x\u001b]0;pwned\u0007y';
    const points = [0, 1].map((step) => ({ series: 'lo\u001b[2Jss', step, value: 1 / (step + 1) }));
    model.scalars(new LogFile(`/logs/${run}.csv`, run), columns(points), false);
    model.scalars(new LogFile('/logs/d/metrics.csv', 'd\u001b[2Je'), columns(points), false);
    const frame = lastFrameOf(<PlotScreen model={model} status={() => '2 files'} quit={noop} interrupt={noop} />);
    // only colour codes are left once the text is read
    // biome-ignore lint/suspicious/noControlCharactersInRegex: takes out the colour codes, to find any other escape
    expect(frame.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
    expect(frame).toContain('x\\x1b]0;pwned\\x07y');
    expect(frame).toContain('d\\x1b[2Je');
    expect(frame).toContain('lo\\x1b[2Jss');
  });

  it('draws only the picked series, and a single run shows its latest value in the title', () => {
    const model = new PlotModel(new Set(['lr']));
    model.scalars(new LogFile('/logs/a.csv', 'a'), columns([{ series: 'lr', step: 7, value: 0.25 }]), false);
    const { lastFrame } = render(<PlotScreen model={model} status={() => '1 file'} quit={noop} interrupt={noop} />);
    expect(lastFrame()).toMatch(/│ lr {2}now 0\.25 @ 7/);
    expect(lastFrame()).not.toMatch(/loss/);
  });

  // the test terminal is 100 columns by 24 rows: the legend may take three rows
  it('names every run whole, over as many rows as it needs, before the charts', () => {
    const f = lines(
      render(<PlotScreen model={manyRuns(8)} status={() => '8 files'} quit={noop} interrupt={noop} />).lastFrame(),
    );
    const legend = f.slice(
      0,
      f.findIndex((l) => l.startsWith('╭')),
    );
    expect(legend.length).toBeGreaterThan(1);
    expect(legend.length).toBeLessThanOrEqual(3);
    const names = legend.flatMap((l) => l.split('  ')).map((item) => item.replace(/^━ /, ''));
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `trial-${i + 1}-hidden${i < 4 ? 4 : 8}-lr0.0${i + 1}`));
    for (const line of f) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(f).toHaveLength(23);
    expect(f.at(-1)).toBe('8 files · q quit');
  });

  it('counts the runs the legend has no room for, and names the others whole, numbered past eight colours', () => {
    const f = lines(
      render(<PlotScreen model={manyRuns(14)} status={() => '14 files'} quit={noop} interrupt={noop} />).lastFrame(),
    );
    const legend = f.slice(
      0,
      f.findIndex((l) => l.startsWith('╭')),
    );
    expect(legend).toHaveLength(3);
    const items = legend.flatMap((l) => l.split('  '));
    const more = items.pop();
    // fourteen runs share eight colours: each carries its number, in the legend and at its line's end
    expect(items.map((item) => item.match(/^━ (\d+) /)?.[1])).toEqual(items.map((_, i) => String(i + 1)));
    const canvas = f.filter((l) => /^│ .*[┤│]/.test(l)).map((l) => l.slice(0, -2).split(/[┤│]/)[2] ?? '');
    expect(canvas.join('')).toMatch(/\d/);
    const names = items.map((item) => item.replace(/^━ \d+ /, ''));
    expect(more).toBe(`+${14 - names.length} more`);
    expect(names).toEqual(
      Array.from({ length: names.length }, (_, i) => `trial-${i + 1}-hidden${i < 7 ? 4 : 8}-lr0.0${i + 1}`),
    );
    expect(f.join('\n')).not.toContain('…');
  });
});

/** The screen of `model` in Japanese, as `plot` draws it under a Japanese locale. */
function japanese(model: PlotModel, status = '2 ファイルを追跡中'): string[] {
  const screen = (
    <MessagesProvider messages={ja}>
      <PlotScreen model={model} status={() => status} quit={noop} interrupt={noop} />
    </MessagesProvider>
  );
  return lines(render(screen).lastFrame());
}

/** A model of one run whose loss spans decades (a log axis) with the latest point at step 7. */
function oneRun(): PlotModel {
  const model = new PlotModel();
  const points = Array.from({ length: 8 }, (_, step) => ({ series: 'loss', step, value: 10 ** -step }));
  model.scalars(new LogFile('/logs/a.csv', 'a'), columns(points), false);
  return model;
}

describe('PlotScreen in Japanese', () => {
  it('words the note, the key and the chart titles in Japanese, and keeps every box aligned', () => {
    const f = japanese(twoRuns());
    const frame = f.join('\n');
    expect(frame).toContain('グラフ 1–2 (全 3 件、↑/↓ でスクロール) · 表示していない系列: lr');
    expect(frame).toContain('━ lr-0.1  ━ lr-0.1 検証  ━ lr-0.01  ━ lr-0.01 検証');
    expect(f.at(-1)).toBe('2 ファイルを追跡中 · q 終了');
    expect(boxProblems(f).problems).toEqual([]);
    for (const line of f) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    const single = japanese(oneRun()).join('\n');
    expect(single).toMatch(/│ loss \(対数\) {2}現在 1e-7 @ 7/);
  });

  it('counts the runs the legend leaves out in Japanese', () => {
    const f = japanese(manyRuns(14));
    const legend = f.slice(
      0,
      f.findIndex((l) => l.startsWith('╭')),
    );
    expect(legend.at(-1)).toMatch(/ {2}ほか \d+ 件$/);
    for (const line of legend) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it('says there is nothing to draw yet in Japanese', () => {
    expect(japanese(new PlotModel(), '1 ファイル')).toContain('まだ点がありません');
  });

  it('shows none of the English table’s words', () => {
    const table = [...Object.values(en.plot), ...Object.values(en.legend)].map((v) =>
      typeof v === 'function' ? (v as (...a: string[]) => string)(...Array.from({ length: v.length }, () => '#')) : v,
    );
    // `series` stays: it is the flag's name (--series)
    const english = [...new Set(table.join(' ').match(/[A-Za-z]{2,}/g))].filter((w) => w !== 'series');
    expect(english).toEqual(expect.arrayContaining(['quit', 'shown', 'more', 'now', 'log']));
    for (const model of [twoRuns(), manyRuns(14), oneRun(), new PlotModel()]) {
      const frame = japanese(model).join('\n');
      expect(english.filter((w) => new RegExp(`\\b${w}\\b`).test(frame))).toEqual([]);
    }
  });
});
