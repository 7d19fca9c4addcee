import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type TmuxSession, terminals } from './tmux-session.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const terminal = terminals();

/** Runs the dashboard to its summary in a fresh terminal and returns the session (the caller quits it). */
async function dashboard(env: string, args: string, cwd: string): Promise<TmuxSession> {
  const session = terminal(120, 40);
  session.start(`${env} ${process.execPath} ${cli} train --speed max ${args}`, cwd);
  await session.waitFor((s) => /finished after [\d,]+ epochs/.test(s), 'the summary');
  return session;
}

/** The SGR colour parameters (foreground or background) in a `capture-pane -e` screen. */
function colourCodes(screen: string): string[] {
  const codes: string[] = [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: reads the escape sequences tmux reproduces
  for (const m of screen.matchAll(/\u001b\[([\d;]*)m/g)) {
    for (const p of m[1]!.split(';')) if (/^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$/.test(p)) codes.push(p);
  }
  return codes;
}

describe('the dashboard with hostile surroundings', () => {
  it('draws no colour when NO_COLOR is set (and does without it)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const plain = await dashboard('NO_COLOR=1', '--epochs 300', cwd);
    const withoutColour = plain.tmux('capture-pane', '-e', '-p', '-t', 'e2e');
    plain.keys('q');
    expect(await plain.waitForExit()).toBe(0);
    plain.close();
    expect(colourCodes(withoutColour)).toEqual([]);
    const coloured = await dashboard('', '--epochs 300', cwd);
    const withColour = coloured.tmux('capture-pane', '-e', '-p', '-t', 'e2e');
    coloured.keys('q');
    expect(await coloured.waitForExit()).toBe(0);
    // the control: the same screen is coloured without NO_COLOR, so the check above can fail
    expect(colourCodes(withColour).length).toBeGreaterThan(0);
  });

  it('tells classes, shades and lines apart by characters on a terminal without colour (TERM=dumb)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const session = await dashboard('TERM=dumb', '--dataset moons --model mlp --epochs 100 --test-split 0.2', cwd);
    // the map's rows, each class's region in its texture with the points' class marks on it
    const mapRows = (s: string) => s.split('\n').filter((l) => /│ [.░01]{20,}/.test(l));
    await session.waitFor((s) => mapRows(s).length > 5, 'the decision map');
    // the network's tiles, in the grey ramp rather than blank
    await session.waitFor((s) => /[░▒▓]{2} +-?\d/.test(s), 'the network tiles');
    const screen = session.tmux('capture-pane', '-e', '-p', '-t', 'e2e');
    session.keys('q');
    expect(await session.waitForExit()).toBe(0);
    session.close();
    expect(colourCodes(screen)).toEqual([]);
    // the map's legend says which texture and mark is which class; the test loss is dashed, and its legend says so
    expect(screen).toMatch(/decision regions \.0 ░1/);
    expect(screen).toMatch(/━ train ╌ test/);
    const map = mapRows(screen).join('');
    expect(map).toMatch(/\.{3}/);
    expect(map).toMatch(/░{3}/);
  });

  it('draws in as many colours as the terminal shows: 16 on the Linux console, any RGB where COLORTERM says so', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    /** Every SGR sequence's parameters on the screen of a moons network (its map and charts), under `env`. */
    const sequences = async (env: string) => {
      const session = await dashboard(env, '--dataset moons --model mlp --epochs 100', cwd);
      const screen = session.tmux('capture-pane', '-e', '-p', '-t', 'e2e');
      session.keys('q');
      expect(await session.waitForExit()).toBe(0);
      session.close();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: reads the escape sequences tmux reproduces
      return [...screen.matchAll(/\u001b\[([\d;]*)m/g)].map((m) => m[1]!);
    };
    const rgbOr256 = (params: string) => /(^|;)[34]8;[25](;|$)/.test(params);
    const linux = await sequences('TERM=linux TMUX= COLORTERM=');
    expect(linux.filter(rgbOr256)).toEqual([]);
    // the map's regions and points still come in colours of their own
    expect(
      new Set(linux.flatMap((p) => p.split(';')).filter((c) => /^(9[0-7]|4[0-7]|10[0-7])$/.test(c))).size,
    ).toBeGreaterThan(3);
    const truecolor = await sequences('COLORTERM=truecolor');
    expect(truecolor.filter((p) => /(^|;)[34]8;2;/.test(p)).length).toBeGreaterThan(0);
  });

  it('shows escape sequences in a CSV header and file name as text: no title change, no cleared screen', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${1.8 * i + 32}`).join('\n');
    writeFileSync(join(cwd, 't\u001b]0;pwned\u0007.csv'), `"\u001b]0;pwned\u0007c\u001b[2J",f\n${rows}\n`);
    const tmux = await dashboard('', `--data "$(printf 't\\033]0;pwned\\007.csv')" --epochs 300`, cwd);
    const screen = tmux.screen();
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
    expect(screen).toContain('\\x1b]0;pwned\\x07c\\x1b[2J');
    expect(tmux.tmux('display-message', '-p', '-t', 'e2e', '#{pane_title}')).not.toMatch(/pwned/);
  });
});
