import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAligned } from '../src/test-util/boxes.test-util.js';
import { cli } from './hostile-run.js';
import { type TmuxSession, terminals } from './tmux-session.js';

const terminal = terminals();

/**
 * Starts `neuronlab <args>` in a width × height terminal under `lang` (the pane's environment has no LC_ALL or
 * LC_MESSAGES, so LANG decides). The machine may have no ja_JP.UTF-8 locale installed: the app only reads the name,
 * and tmux draws UTF-8 because the session runs it with -u.
 */
function open(args: string, lang: string, width: number, height: number): TmuxSession {
  const session = terminal(width, height);
  const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
  session.start(`LANG=${lang} ${process.execPath} ${cli} ${args}`, cwd);
  return session;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the dashboard in Japanese, in a real terminal', () => {
  it('titles the panels in Japanese at 80×24 and keeps every box aligned while training and at the end', async () => {
    const tmux = open('train --epochs 20000', 'ja_JP.UTF-8', 80, 24);
    const running = await tmux.waitFor(
      (s) => /エポック [1-9][\d,]*\/20,000/.test(s) && s.includes('学習中') && s.includes('q 終了'),
      'the Japanese dashboard, training',
    );
    expect(running).toContain('パラメータ');
    expect(running).toContain('損失 (mse');
    expect(running).toContain('当てはめ: °F 対 °C');
    expect(running).toContain('space 一時停止/再開');
    expect(expectAligned(running, 80)).toBe(3);
    const end = await tmux.waitFor((s) => s.includes('✓ 完了 20,000 エポック') && s.includes('q 終了'), 'the summary');
    expect(end).toContain('最終損失');
    expect(end).toMatch(/学習結果 F = 1\.\d+·C \+ \d+/);
    // the loss, the fit and the summary (which takes the parameters' rows at this size)
    expect(expectAligned(end, 80)).toBe(3);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('shows the network panel in Japanese at 120×40 with every box aligned', async () => {
    const args = 'train --dataset moons --hidden 8,4 --epochs 100000 --test-split 0.3 --speed 2000';
    const tmux = open(args, 'ja_JP.UTF-8', 120, 40);
    const screen = await tmux.waitFor(
      (s) => s.includes('入力側の重み') && s.includes('i 式') && /エポック \d+\s/.test(s),
      'the network panel with a reading',
    );
    expect(screen).toContain('損失 (BCE');
    expect(screen).toContain('決定領域');
    expect(screen).toMatch(/ネットワーク 2-8-4-1 · サンプル 1\/140 .* → クラス \d/);
    expect(screen).toMatch(/L1 ニューロン 1 \(tanh\)/);
    expect(screen).toContain('訓練データ 140 / テストデータ 60');
    expect(expectAligned(screen, 120)).toBe(3);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('stays English under LANG=C, with the same aligned boxes', async () => {
    const tmux = open('train --epochs 20000', 'C', 80, 24);
    const screen = await tmux.waitFor(
      (s) => /epoch [1-9][\d,]*\/20,000/.test(s) && s.includes('training') && s.includes('q quit'),
      'the English dashboard',
    );
    expect(screen).toContain('loss (mse');
    expect(screen).toContain('fit: °F vs °C');
    expect(screen).toContain('parameters');
    expect(screen).not.toMatch(JAPANESE);
    expect(expectAligned(screen, 80)).toBe(3);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });
});
