import { celsius, datasetFacts } from '@neuronlab/data';
import { formulaSymbols, truthLine } from '@neuronlab/lab';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ja } from '../i18n/messages-ja.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import type { DashboardState } from '../session/dashboard-state.js';
import { applyEvent, initialState } from '../session/dashboard-state.js';
import { boxProblems } from '../test-util/boxes.test-util.js';
import { neuronEvents } from '../test-util/events.test-util.js';
import { testNetwork } from '../test-util/network.test-util.js';
import { displayWidth } from '../text-width.js';
import type { DashboardView } from './Dashboard.js';
import { Dashboard } from './Dashboard.js';

function stateAfter(epochs: number, stopAt: number, testLoss = false): DashboardState {
  const s = initialState();
  for (const e of neuronEvents(epochs, { testLoss })) {
    if (e.type === 'progress' && e.epoch > stopAt) break;
    applyEvent(s, e);
  }
  return s;
}

const xs = Float64Array.from({ length: 100 }, (_, i) => i - 50);
const facts = datasetFacts(celsius());

function view(state: DashboardState, size: { width: number; height: number }): DashboardView {
  return {
    state,
    info: {
      task: 'regression on celsius (100 samples)',
      taskBrief: 'regression on celsius',
      model: 'neuron out = w·x + b',
      optimizer: 'sgd',
      lr: 1e-4,
      seed: 42,
    },
    lossName: 'mse',
    chart: {
      kind: 'regression',
      xName: '°C',
      yName: '°F',
      xs,
      ys: xs.map((x) => 1.8 * x + 32),
      exact: true,
      before: () => xs.map((x) => 0.5 * x + 0.5),
      current: () => xs.map((x) => 1.79 * x + 27),
    },
    neuron: { optimum: { w: 1.8, b: 32, loss: 0 }, truth: truthLine(facts), symbols: formulaSymbols(facts) },
    progress: {
      epoch: state.epoch,
      total: state.totalEpochs,
      rate: 2500,
      elapsedMs: 1200,
      etaMs: 800,
      pace: '2,500 ep/s',
    },
    status: state.done ? 'done' : 'training',
    logMode: 'auto',
    ...size,
  };
}

describe('Dashboard', () => {
  it('shows the header, progress, both charts, the parameters and the key legend while training', () => {
    const { lastFrame } = render(<Dashboard view={view(stateAfter(100, 40), { width: 119, height: 39 })} />);
    const f = lastFrame() ?? '';
    expect(f).toContain('regression on celsius (100 samples)');
    expect(f).toContain('sgd lr 1e-4');
    expect(f).toContain('epoch 40/100');
    expect(f).toContain('40%');
    expect(f).toContain('loss (mse');
    expect(f).toContain('fit: °F vs °C');
    expect(f).toMatch(/w = 1\.\d+/);
    expect(f).toContain('distance from (1.8, 32)');
    expect(f).toContain('space pause/resume');
    expect(f).not.toContain('finished after');
  });

  it('before the first event (the training thread starting) shows the planned epochs and no NaN or Infinity', () => {
    const { lastFrame } = render(<Dashboard view={view(initialState(500), { width: 100, height: 30 })} />);
    const f = lastFrame() ?? '';
    expect(f).toContain('epoch 0/500');
    expect(f).toContain('loss (mse)');
    expect(f).not.toMatch(/NaN|Infinity/);
  });

  it('keeps the summary with the learned formula on screen when done', () => {
    const { lastFrame } = render(<Dashboard view={view(stateAfter(100, 1000), { width: 119, height: 39 })} />);
    const f = lastFrame() ?? '';
    expect(f).toContain('finished after 100 epochs');
    expect(f).toMatch(/learned F = 1\.\d+·C \+ 2\d\.\d+/);
  });

  it('switches the loss axis to log scale once the loss spans decades', () => {
    const { lastFrame } = render(<Dashboard view={view(stateAfter(100, 100), { width: 119, height: 39 })} />);
    expect(lastFrame()).toContain('(mse, log)');
  });

  it('draws the test loss when there is a test split', () => {
    const { lastFrame } = render(<Dashboard view={view(stateAfter(100, 50, true), { width: 119, height: 39 })} />);
    expect(lastFrame()).toContain('━ test');
  });

  it('drops panels on a small terminal instead of wrapping lines', () => {
    const { lastFrame } = render(<Dashboard view={view(stateAfter(100, 40), { width: 60, height: 16 })} />);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to count visible columns
    const f = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '');
    expect(f).not.toContain('fit: °F');
    expect(f).toContain('epoch 40/100');
    for (const line of f.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(f.split('\n').length).toBeLessThanOrEqual(16);
  });
});

describe('Dashboard header and progress line', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to read the lines as shown
  const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const top = (w: number, messages?: typeof ja) => {
    const ui = <Dashboard view={view(stateAfter(100, 40), { width: w, height: 23 })} />;
    const f = plain(render(messages ? <MessagesProvider messages={messages}>{ui}</MessagesProvider> : ui).lastFrame());
    return f.split('\n').slice(0, 2);
  };

  it.each([
    [99, undefined, 'neuronlab · regression on celsius (100 samples) · neuron out = w·x + b · sgd lr 1e-4 '],
    [79, undefined, 'neuronlab · regression on celsius · neuron out = w·x + b · sgd lr 1e-4 '],
    [71, undefined, 'neuronlab · regression on celsius · sgd lr 1e-4 '],
    [99, ja, 'neuronlab · regression on celsius (100 samples) · neuron out = w·x + b · sgd 学習率 1e-4 '],
  ] as const)(
    'at %i columns leaves details out whole, the learning rate last, and cuts nothing',
    (w, messages, header) => {
      const [head, progress] = top(w, messages);
      expect(head!.startsWith(header)).toBe(true);
      for (const line of [head!, progress!]) {
        expect(line).not.toContain('…');
        expect(displayWidth(line)).toBeLessThanOrEqual(w);
      }
      // the pace answers the +/- keys, so it stays whatever else gives way
      expect(progress).toMatch(/(pace|速度) 2,500 ep\/s$/);
    },
  );

  it('leaves the percent out of a narrow progress line before anything else (the bar shows it)', () => {
    const [, wide] = top(99);
    const [, narrow] = top(79);
    expect(wide).toMatch(/ 40% {2}/);
    expect(wide).toContain('elapsed 1.2s');
    expect(narrow).not.toContain('%');
    expect(narrow).toContain('epoch 40/100');
  });
});

describe('Dashboard of a run that diverged', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to count visible columns
  const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const diverged = () => {
    const s = stateAfter(100, 40);
    applyEvent(s, {
      type: 'error',
      code: 'diverged',
      message:
        'train: the loss diverged at epoch 41 (loss 372000) with learning rate 0.0013; the largest stable learning rate for full-batch gradient descent on this data is 0.0012. Use a learning rate below 0.0012.',
      epoch: 41,
      lr: 0.0013,
      stableLimit: 0.0012,
    });
    return s;
  };

  it.each([
    ['English', undefined, 'Use a learning rate below 0.0012.'],
    ['Japanese', ja, '学習率を 0.0012 未満にしてください。'],
  ] as const)(
    'wraps the whole diagnosis, ending in the advice, into the summary at 80×24 (%s)',
    (_, messages, advice) => {
      const ui = <Dashboard view={view(diverged(), { width: 79, height: 23 })} />;
      const lines = plain(
        render(messages ? <MessagesProvider messages={messages}>{ui}</MessagesProvider> : ui).lastFrame(),
      ).split('\n');
      const summary = lines.slice(lines.findIndex((l) => l.includes('✗')));
      const text = summary
        .filter((l) => l.startsWith('│'))
        .map((l) => l.slice(2, -1).trim())
        .join(' ');
      expect(text.replaceAll(' ', '')).toContain(advice.replaceAll(' ', ''));
      expect(text).not.toContain('…');
      expect(lines.length).toBeLessThanOrEqual(23);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(79);
      expect(boxProblems(lines).problems).toEqual([]);
    },
  );
});

describe('Dashboard of a finished classifier with a test split', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to count visible columns
  const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const finished = () => {
    const s = stateAfter(100, 1000, true);
    s.done = {
      ...s.done!,
      loss: 0.0352807,
      testLoss: 0.0445592,
      metrics: { ...s.done!.metrics, accuracy: 0.983333, testAccuracy: 0.966667 },
    };
    return s;
  };

  function frame(w: number, h: number, messages?: typeof ja): string[] {
    const v = { ...view(finished(), { width: w, height: h }), neuron: null, network: testNetwork().chart };
    const ui = <Dashboard view={v} />;
    return plain(
      render(messages ? <MessagesProvider messages={messages}>{ui}</MessagesProvider> : ui).lastFrame(),
    ).split('\n');
  }

  /** The summary's lines inside its frame, and their text joined. */
  function summaryOf(lines: string[]): { rows: string[]; text: string } {
    const rows = lines
      .slice(lines.findIndex((l) => l.includes('✓')))
      .filter((l) => l.startsWith('│'))
      .map((l) => l.slice(2, -1).trim());
    return { rows, text: rows.join(' · ') };
  }

  function expectOnScreen(lines: string[], w: number, h: number): void {
    expect(lines.length).toBeLessThanOrEqual(h);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
    expect(boxProblems(lines).problems).toEqual([]);
  }

  // ink-testing-library's stdout is 100 columns wide: 120 columns are read in a real terminal (e2e)
  it('wraps the whole outcome between its items when there is room for a second line (100×30)', () => {
    const lines = frame(99, 29);
    const { rows, text } = summaryOf(lines);
    expect(rows).toHaveLength(2);
    for (const part of ['after 100 epochs', 'final loss 0.0352807', 'test loss 0.0445592', 'accuracy 98.3%']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('test accuracy 96.7%');
    expect(text).not.toContain('…');
    // lines break between items, never inside one
    for (const r of rows) expect(r).not.toMatch(/^·|·$/);
    expect(lines.join('\n')).toContain('network 2-4-3-1');
    expectOnScreen(lines, 99, 29);
  });

  it('adds advice as a line of the summary once the run is done, within the screen at 80×24 and 100×30', () => {
    const advice = 'hint: inputs reach 185.4 (area_m2), far from 0: try --normalize.';
    for (const [w, h] of [
      [79, 23],
      [99, 29],
    ] as const) {
      const v = { ...view(finished(), { width: w, height: h }), neuron: null, network: testNetwork().chart, advice };
      const lines = plain(render(<Dashboard view={v} />).lastFrame()).split('\n');
      expect(summaryOf(lines).rows.at(-1)).toBe(advice);
      expectOnScreen(lines, w, h);
      const training = { ...v, state: stateAfter(100, 40) };
      expect(plain(render(<Dashboard view={training} />).lastFrame())).not.toContain('hint');
    }
  });

  it.each([
    ['English', undefined, 'network 2-4-3-1', 'test accuracy 96.7%', 'test loss 0.0445592'],
    ['Japanese', ja, 'ネットワーク 2-4-3-1', 'テストの正解率 96.7%', 'テスト損失 0.0445592'],
  ] as const)(
    'keeps the network panel at 80×24 with a one-line outcome that leaves items out whole, the test accuracy kept (%s)',
    (_, messages, network, verdict, testLoss) => {
      const lines = frame(79, 23, messages);
      const { rows, text } = summaryOf(lines);
      expect(lines.join('\n')).toContain(network);
      expect(rows).toHaveLength(1);
      expect(text).toContain(verdict);
      expect(text).toContain(testLoss);
      expect(text).not.toContain('…');
      expectOnScreen(lines, 79, 23);
    },
  );
});

describe('Dashboard with a network panel', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to count visible columns
  const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');

  function frame(width: number, height: number): string[] {
    const v = { ...view(stateAfter(100, 40), { width, height }), neuron: null, network: testNetwork().chart };
    return plain(render(<Dashboard view={v} />).lastFrame()).split('\n');
  }

  /** Every framed line is exactly as wide as the screen, so the panels' right borders line up. */
  function expectAligned(lines: string[], width: number): void {
    for (const line of lines) {
      expect([...line].length).toBeLessThanOrEqual(width);
      if (/^[╭│╰]/.test(line)) {
        expect([...line].length).toBe(width);
        expect(line.at(-1)).toMatch(/[╮│╯]/);
      }
    }
  }

  it('shows the whole panel and the network keys at 100×30, inside the screen', () => {
    const lines = frame(99, 29);
    const f = lines.join('\n');
    expect(f).toContain('network 2-4-3-1');
    expect(f).toMatch(/input +L1 tanh/);
    expect(f).toContain('L1 neuron 1 (tanh)');
    expect(f).toContain('loss (mse');
    expect(f).toContain('←↑↓→ neuron');
    expect(f).toContain('[] sample');
    expect(f).toContain('i formula');
    expect(f).not.toContain('parameters (per block');
    expect(lines.length).toBeLessThanOrEqual(29);
    expectAligned(lines, 99);
  });

  it('shows the compact panel at 80×24 beside both charts, borders aligned', () => {
    const lines = frame(79, 23);
    const f = lines.join('\n');
    expect(f).toMatch(/▸L1 +4 tanh/);
    expect(f).toContain('▸ L1 neuron 1, sample 1/20');
    expect(f).not.toMatch(/input +L1 tanh/);
    expect(f).toContain('loss (mse');
    expect(f).toContain('fit: °F vs °C');
    expect(f).toContain('i formula');
    expect(lines.length).toBeLessThanOrEqual(23);
    expectAligned(lines, 79);
  });
});

describe('Dashboard in Japanese', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to measure visible columns
  const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');

  function frame(v: DashboardView): string[] {
    const ui = (
      <MessagesProvider messages={ja}>
        <Dashboard view={v} />
      </MessagesProvider>
    );
    return plain(render(ui).lastFrame()).split('\n');
  }

  // ink-testing-library's stdout is 100 columns wide, and Ink cuts wider lines at it: 120×40 is checked in a real
  // terminal (e2e/japanese-dashboard.test.ts)
  const sizes = [
    [79, 23],
    [99, 29],
  ] as const;

  it.each(sizes)('titles the neuron panels in Japanese at %i×%i, every box aligned by display width', (w, h) => {
    const lines = frame(view(stateAfter(100, 40), { width: w, height: h }));
    const f = lines.join('\n');
    expect(f).toContain('損失 (mse');
    expect(f).toContain('当てはめ: °F 対 °C');
    expect(f).toContain('パラメータ');
    expect(f).toContain('エポック 40/100');
    expect(f).toContain('学習中');
    expect(lines.length).toBeLessThanOrEqual(h);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
    const { problems, boxes } = boxProblems(lines);
    expect(problems).toEqual([]);
    expect(boxes).toBe(3);
  });

  it.each(sizes)('keeps the network panel aligned at %i×%i with Japanese labels', (w, h) => {
    const v = { ...view(stateAfter(100, 40), { width: w, height: h }), neuron: null, network: testNetwork().chart };
    const lines = frame(v);
    const f = lines.join('\n');
    expect(f).toContain('ネットワーク 2-4-3-1');
    expect(f).toMatch(/L1 ニューロン 1/);
    expect(lines.length).toBeLessThanOrEqual(h);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
    const { problems, boxes } = boxProblems(lines);
    expect(problems).toEqual([]);
    expect(boxes).toBe(3);
  });

  it('words the end summary in Japanese', () => {
    const lines = frame(view(stateAfter(100, 1000), { width: 79, height: 23 }));
    const f = lines.join('\n');
    expect(f).toContain('✓ 完了 100 エポック');
    expect(f).toContain('最終損失');
    expect(f).toMatch(/学習結果 F = 1\.\d+·C/);
    expect(f).toContain('完了');
    expect(boxProblems(lines).problems).toEqual([]);
  });
});
