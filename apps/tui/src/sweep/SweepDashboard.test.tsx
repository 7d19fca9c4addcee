import { stripVTControlCharacters } from 'node:util';
import { planRun, recipeFromFlags, TUTORIAL_RECIPE } from '@neuronlab/lab';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ja } from '../i18n/messages-ja.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import { boxProblems, columns } from '../test-util/boxes.test-util.js';
import { neuronEvents } from '../test-util/events.test-util.js';
import { SweepDashboard, tableWindow } from './SweepDashboard.js';
import { TrialDashboard } from './TrialDashboard.js';
import { applyTrialEvent, newTrial, type TrialState } from './trial-state.js';

/** Trial `n` of the tutorial's neuron fed the hand-written stream up to epoch `upTo` of 60. */
function trial(n: number, upTo: number): TrialState {
  const t = newTrial(n, `trial-${n}`, { lr: `1e-${n}` }, planRun(TUTORIAL_RECIPE));
  for (const e of neuronEvents(60)) {
    if (e.type === 'progress' && e.epoch > upTo) break;
    applyTrialEvent(t, e);
  }
  return t;
}

const trials = () => [trial(1, 60), trial(2, 30), trial(3, 0)];

/** A frame without its colours, as the eye reads it. */
const plain = (f: string | undefined) => stripVTControlCharacters(f ?? '');

describe('the sweep screen in Japanese', () => {
  it('names the chart, the columns and every status in Japanese, and lines the table up by display width', () => {
    const f = plain(
      render(
        <MessagesProvider messages={ja}>
          <SweepDashboard title="タイトル" trials={trials()} selected={0} width={99} height={28} />
        </MessagesProvider>,
      ).lastFrame(),
    );
    expect(f).toContain('試行ごとの損失 (対数)');
    for (const word of ['試行', 'エポック', '損失', '状態', '完了', '学習中']) expect(f).toContain(word);
    // the tutorial's neuron has no test split and no classes: no column of dashes for them
    expect(f).not.toContain('テスト損失');
    expect(f).not.toContain('正解率');
    expect(f).not.toMatch(/\b(trial|settings|status|done|running)\b/);
    const lines = f.split('\n');
    expect(boxProblems(lines).problems).toEqual([]);
    // the swept setting's column (headed by its flag) starts at the same display column on the header and every row
    const header = lines.findIndex((l) => l.includes('エポック'));
    const start = (line: string) => columns(line).findIndex((_, c, cells) => cells.slice(c).join('').startsWith('1e-'));
    const at = columns(lines[header]!).findIndex((_, c, cells) => cells.slice(c).join('').startsWith('lr '));
    expect(at).toBeGreaterThan(0);
    for (const row of lines.slice(header + 1, header + 4)) expect(start(row)).toBe(at);
  });

  it('gives the chart every row the table and its frame leave', () => {
    for (const height of [21, 28, 39]) {
      const f = plain(
        render(<SweepDashboard title="title" trials={trials()} selected={0} width={79} height={height} />).lastFrame(),
      );
      expect(f.split('\n')).toHaveLength(height);
    }
  });

  it('keeps to its rows with more trials than fit: the trials around the selected one, and a line saying which', () => {
    const many = Array.from({ length: 24 }, (_, i) => trial(i + 1, 60));
    for (const [height, selected] of [
      [21, 0],
      [21, 15],
      [21, 23],
      [27, 10],
    ] as const) {
      const lines = plain(
        render(
          <SweepDashboard title="title" trials={many} selected={selected} width={79} height={height} />,
        ).lastFrame(),
      ).split('\n');
      expect(lines).toHaveLength(height);
      const rows = lines
        .filter((l) => /^ {3}\d+ /.test(l) || /^★ {2}\d+ /.test(l))
        .map((l) => Number(l.slice(3).trim().split(' ')[0]));
      // consecutive trials, the selected one among them, and the last line names the first and last shown
      expect(rows).toContain(selected + 1);
      expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => rows[0]! + i));
      // every trial here replays the same events, and a tie goes to the first: trial 1 is the best, named when out of sight
      const star = rows.includes(1) ? '' : ' · ★ 1';
      expect(lines.at(-1)).toBe(`trials ${rows[0]}–${rows.at(-1)} of 24 (↑/↓ to scroll)${star}`);
      // the chart keeps its fewest rows
      expect(lines.filter((l) => /^│ .*[┤│]/.test(l)).length).toBeGreaterThanOrEqual(6);
    }
  });

  it('shows a window with the selected trial as near its middle as the ends allow', () => {
    expect(tableWindow(5, 4, 12)).toEqual({ first: 0, end: 5 });
    expect(tableWindow(24, 0, 9)).toEqual({ first: 0, end: 9 });
    expect(tableWindow(24, 12, 9)).toEqual({ first: 8, end: 17 });
    expect(tableWindow(24, 23, 9)).toEqual({ first: 15, end: 24 });
    // a screen with no room left still shows the selected trial
    expect(tableWindow(24, 7, -3)).toEqual({ first: 7, end: 8 });
  });

  it('speaks English by default, as the piped ranking does', () => {
    const f = plain(
      render(<SweepDashboard title="title" trials={trials()} selected={0} width={99} height={28} />).lastFrame(),
    );
    expect(f).toContain('loss (log) by trial');
    expect(f).toMatch(/trial\s+lr\s+epoch\s+loss\s+status/);
  });

  it('shows the test loss and test accuracy columns for classifiers with a test split, from the plan before any event', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'xor', testSplit: '0.25' }));
    const queued = [newTrial(1, 'trial-1', { lr: '0.01' }, plan), newTrial(2, 'trial-2', { lr: '0.1' }, plan)];
    const f = plain(
      render(<SweepDashboard title="t" trials={queued} selected={0} width={99} height={28} />).lastFrame(),
    );
    // the accuracy shown is the test set's, and its head says so
    expect(f).toMatch(/trial\s+lr\s+epoch\s+loss\s+test loss\s+test accuracy\s+status/);
    const fJa = plain(
      render(
        <MessagesProvider messages={ja}>
          <SweepDashboard title="t" trials={queued} selected={0} width={99} height={28} />
        </MessagesProvider>,
      ).lastFrame(),
    );
    expect(fJa).toMatch(/テスト損失\s+テスト正解率\s+状態/);
    const noSplit = planRun(recipeFromFlags({ dataset: 'xor' }));
    const g = plain(
      render(
        <SweepDashboard title="t" trials={[newTrial(1, 'trial-1', {}, noSplit)]} selected={0} width={99} height={28} />,
      ).lastFrame(),
    );
    // nothing swept: no setting columns
    expect(g).toMatch(/trial\s+epoch\s+loss\s+accuracy\s+status/);
    expect(g).not.toContain('test loss');
  });

  it('gives each swept setting a column and, when narrow, gives up the training loss and then the epoch before the status', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'moons', testSplit: '0.3' }));
    const settings = (hidden: string, optimizer: string, lr: string) => ({ hidden, optimizer, lr });
    const queued = [
      newTrial(1, 'trial-1', settings('4', 'sgd', '0.01'), plan),
      newTrial(2, 'trial-2', settings('16,16', 'adam', '0.03'), plan),
    ];
    const frame = (width: number) =>
      plain(render(<SweepDashboard title="t" trials={queued} selected={0} width={width} height={24} />).lastFrame());
    const wide = frame(120);
    expect(wide).toMatch(/trial\s+hidden\s+optimizer\s+lr\s+epoch\s+loss\s+test loss\s+test accuracy\s+status/);
    expect(wide).toMatch(/2\s+16,16\s+adam\s+0\.03\s+0\/500\s+-\s+-\s+-\s+queued/);
    // narrower, the training loss goes first (the test loss ranks the trials), then the epoch; the status stays
    const heads = (width: number) => {
      const lines = frame(width).split('\n');
      const at = lines.findIndex((l) => /^\s+trial\s/.test(l));
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(width);
      for (const row of lines.slice(at + 1, at + 3)) expect(row).toMatch(/ queued$/);
      return lines[at]!.trim().split(/\s{2,}/);
    };
    expect(heads(80)).toEqual([
      'trial',
      'hidden',
      'optimizer',
      'lr',
      'epoch',
      'loss',
      'test loss',
      'test accuracy',
      'status',
    ]);
    expect(heads(76)).toEqual(['trial', 'hidden', 'optimizer', 'lr', 'epoch', 'test loss', 'test accuracy', 'status']);
    expect(heads(70)).toEqual(['trial', 'hidden', 'optimizer', 'lr', 'test loss', 'test accuracy', 'status']);
  });

  it("opens a trial with a Japanese title line over train's Japanese dashboard", () => {
    const f = plain(
      render(
        <MessagesProvider messages={ja}>
          <TrialDashboard trial={trial(2, 30)} lossName="mse" paused={false} logMode="auto" width={99} height={28} />
        </MessagesProvider>,
      ).lastFrame(),
    );
    expect(f).toContain('試行 2 · trial-2 · lr=1e-2 · 学習中');
    expect(f).toContain('エポック 30/60');
    expect(f).toContain('回帰');
    expect(boxProblems(f.split('\n')).problems).toEqual([]);
  });

  it('keeps the legend to one row: every trial with its settings when they fit, else their numbers in their colours', () => {
    const legendOf = (ts: TrialState[], width: number) => {
      const f = plain(
        render(<SweepDashboard title="t" trials={ts} selected={0} width={width} height={30} />).lastFrame(),
      );
      return f.split('\n').find((l) => l.includes('━'));
    };
    expect(legendOf(trials(), 79)).toMatch(/│ ━ 1 lr=1e-1 {2}━ 2 lr=1e-2 {2}━ 3 lr=1e-3 +│/);
    const eight = Array.from({ length: 8 }, (_, i) => trial(i + 1, 10));
    expect(legendOf(eight, 79)).toMatch(/│ ━ 1 {2}━ 2 {2}━ 3 {2}━ 4 {2}━ 5 {2}━ 6 {2}━ 7 {2}━ 8 +│/);
    const many = Array.from({ length: 20 }, (_, i) => trial(i + 1, 0));
    expect(legendOf(many, 60)).toMatch(/│ ━ 1 {2}━ 2 .*━ (\d+) {2}\+(\d+) more +│/);
    const [, last, left] = legendOf(many, 60)!.match(/━ (\d+) {2}\+(\d+) more/)!;
    expect(Number(last) + Number(left)).toBe(20);
  });

  it('ends each trial’s line in its number without colour (NO_COLOR) or past eight trials, and the legend names the numbers', () => {
    const chartOf = () => {
      const f = plain(
        render(<SweepDashboard title="t" trials={trials()} selected={0} width={79} height={30} />).lastFrame(),
      );
      const lines = f.split('\n');
      // the canvas: the text after each row's axis, inside the frame
      const canvas = lines.filter((l) => /[┤│]/.test(l.slice(2, 12))).map((l) => l.slice(2, -2).split(/[┤│]/)[1] ?? '');
      return { canvas, legend: lines.find((l) => l.includes('lr=1e-1')) ?? '' };
    };
    const coloured = chartOf();
    expect(coloured.canvas.join('')).not.toMatch(/\d/);
    // past eight trials colours repeat, so the lines carry their numbers in colour too
    const nine = Array.from({ length: 9 }, (_, i) => trial(i + 1, 60));
    const many = plain(
      render(<SweepDashboard title="t" trials={nine} selected={0} width={79} height={30} />).lastFrame(),
    );
    const manyCanvas = many
      .split('\n')
      .filter((l) => /[┤│]/.test(l.slice(2, 12)))
      .map((l) => l.slice(2, -2).split(/[┤│]/)[1] ?? '');
    expect(manyCanvas.join('')).toMatch(/\d/);
    vi.stubEnv('NO_COLOR', '1');
    try {
      const { canvas, legend } = chartOf();
      expect(legend).toMatch(/│ 1 lr=1e-1 {2}2 lr=1e-2 {2}3 lr=1e-3 +│/);
      // each line ends at its trial's last epoch: 60, 30 and 0 of 60 (trial 3 has only its starting loss)
      const end = (n: number) => canvas.find((row) => row.includes(String(n)))!;
      expect(canvas.join('').match(/\d/g)?.sort()).toEqual(['1', '2', '3']);
      const width = canvas[0]!.length;
      expect(end(1).trimEnd()).toHaveLength(width);
      expect(Math.abs(end(2).indexOf('2') - width / 2)).toBeLessThan(3);
      expect(end(3).indexOf('3')).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
