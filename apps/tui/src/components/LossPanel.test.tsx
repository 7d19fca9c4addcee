import { LossHistory } from '@neuronlab/lab';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ja } from '../i18n/messages-ja.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';
import { LossPanel } from './LossPanel.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to read the title as shown
const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');

/** A falling train and test loss over 300 epochs, spanning decades (so the axis is logarithmic). */
function history(): LossHistory {
  const h = new LossHistory();
  for (let e = 1; e <= 300; e++) h.push(e, 0.7 * Math.exp(-e / 30) + 0.0352807, 0.7 * Math.exp(-e / 35) + 0.0445592);
  return h;
}

/** The panel over history(), `width` × `height`, as the eye reads it. */
function panel(width: number, height: number, messages?: typeof ja): string {
  const ui = (
    <LossPanel
      history={history()}
      loss={0.0352807}
      best={0.0352807}
      bestEpoch={300}
      lossName="binary-cross-entropy"
      logMode="log"
      width={width}
      height={height}
    />
  );
  return plain(render(messages ? <MessagesProvider messages={messages}>{ui}</MessagesProvider> : ui).lastFrame());
}

/** The panel's title line (the first inside the frame), without the frame. */
function title(width: number, messages?: typeof ja): string {
  const line = panel(width, 10, messages).split('\n')[1]!;
  expect(displayWidth(line)).toBe(width);
  return line.slice(2, -1).trimEnd();
}

describe('LossPanel', () => {
  it('dashes the test line without colour (NO_COLOR), and its legend says so', () => {
    const frame = () => panel(60, 14);
    // braille dots drawn, counted bit by bit: a dashed line leaves some out
    const dots = (f: string) =>
      [...f].reduce((n, ch) => {
        const code = ch.charCodeAt(0);
        let bits = code >= 0x2800 && code <= 0x28ff ? code - 0x2800 : 0;
        let count = 0;
        for (; bits > 0; bits >>= 1) count += bits & 1;
        return n + count;
      }, 0);
    const coloured = frame();
    expect(coloured).toContain('━ train ━ test');
    vi.stubEnv('NO_COLOR', '1');
    try {
      const mono = frame();
      expect(mono).toContain('━ train ╌ test');
      expect(dots(mono)).toBeLessThan(dots(coloured));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('shows as many of its numbers as fit, each whole: now, best and its epoch, then fewer, never a cut word', () => {
    // a title of n columns fits a panel of n + 4 (frame and padding)
    expect(title(68)).toBe('loss (BCE, log) ━ train ━ test  now 0.03528 · best 0.03528 @ 300');
    expect(title(67)).toBe('loss (BCE, log) ━ train ━ test  now 0.03528 · best 0.03528');
    expect(title(62)).toBe('loss (BCE, log) ━ train ━ test  now 0.03528 · best 0.03528');
    expect(title(61)).toBe('loss (BCE, log) ━ train ━ test  now 0.03528');
    expect(title(47)).toBe('loss (BCE, log) ━ train ━ test  now 0.03528');
    expect(title(46)).toBe('loss (BCE, log) ━ train ━ test');
    for (let width = 36; width <= 99; width++) expect(title(width)).not.toContain('…');
  });

  it('measures Japanese by display width', () => {
    for (let width = 40; width <= 99; width++) {
      const line = title(width, ja);
      expect(line).not.toContain('…');
      expect(line.startsWith('損失 (BCE, 対数)')).toBe(true);
    }
  });
});
