import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectAligned } from '../src/test-util/boxes.test-util.js';
import { cli } from './hostile-run.js';
import { type TmuxSession, terminals } from './tmux-session.js';

const LOGS = fileURLToPath(new URL('../test-data/logs/', import.meta.url));
const terminal = terminals();

/**
 * Starts `neuronlab plot <args>` in a width × height terminal under `lang` (the pane's environment has no LC_ALL or
 * LC_MESSAGES, so LANG decides). The app only reads the locale's name, so the machine needs no ja_JP.UTF-8 installed.
 */
function open(args: string, lang: string, width: number, height: number): TmuxSession {
  const session = terminal(width, height);
  session.start(`LANG=${lang} ${process.execPath} ${cli} plot ${args}`, LOGS);
  return session;
}

describe('plot in Japanese, in a real terminal', () => {
  it('words the status and the hidden series in Japanese at 80×24, every chart aligned, and leaves on q', async () => {
    const tmux = open('tb', 'ja_JP.UTF-8', 80, 24);
    const screen = await tmux.waitFor((s) => s.includes('2 ファイル · q 終了'), 'the Japanese status line');
    expect(screen).toContain('グラフ 1–2 (全 3 件、↑/↓ でスクロール) · 表示していない系列: lr');
    expect(screen).not.toMatch(/q quit|not shown/);
    expect(expectAligned(screen, 80)).toBe(2);
    // the arrow brings the hidden chart up, the first one out of view
    tmux.keys('Down');
    const scrolled = await tmux.waitFor((s) => s.includes('グラフ 2–3 (全 3 件'), 'the charts scrolled down');
    expect(scrolled).toMatch(/│ lr/);
    expect(expectAligned(scrolled, 80)).toBe(2);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('follows in Japanese at 120×40, the training and validation loss in one aligned chart, both latest values in its title', async () => {
    const tmux = open('lightning/version_0/metrics.csv --follow', 'ja_JP.UTF-8', 120, 40);
    const screen = await tmux.waitFor(
      (s) => s.includes('1 ファイルを追跡中 · q 終了') && /loss {2}現在 0\.08333 @ 11 · 検証 0\.1667 @ 11/.test(s),
      'the followed log in Japanese',
    );
    expect(screen).toContain('━ version_0  ━ version_0 検証');
    expect(expectAligned(screen, 120)).toBe(1);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('stays English under LANG=C', async () => {
    const tmux = open('tb', 'C', 80, 24);
    const screen = await tmux.waitFor((s) => s.includes('2 files · q quit'), 'the English status line');
    expect(screen).toContain('charts 1–2 of 3 (↑/↓ to scroll) · not shown: lr');
    expect(expectAligned(screen, 80)).toBe(2);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });
});
