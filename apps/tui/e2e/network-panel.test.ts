import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './hostile-run.js';
import { type TmuxSession, terminals } from './tmux-session.js';

const terminal = terminals();

/** Starts an mlp on the 2-D xor data in a terminal of this size, slow enough to still be training when keys come. */
function open(width: number, height: number): TmuxSession {
  const session = terminal(width, height);
  const args = 'train --dataset xor --hidden 6,4 --epochs 100000 --speed 100';
  session.start(`${process.execPath} ${cli} ${args}`, mkdtempSync(join(tmpdir(), 'neuronlab-e2e-')));
  return session;
}

/** Pauses and waits until the paused screen is whole (footer drawn), so the numbers on it stay put. */
async function pause(tmux: TmuxSession, legend: string): Promise<string> {
  tmux.keys('Space');
  return tmux.waitFor((s) => / paused\b/.test(s) && s.includes(legend), 'the paused status');
}

/** The text of the panel's right-hand column, from the column where `anchor` starts, down to the panel's end. */
function detail(screen: string, anchor: string): string[] {
  const lines = screen.split('\n');
  const row = lines.findIndex((l) => l.includes(anchor));
  const col = lines[row]?.indexOf(anchor) ?? -1;
  if (row < 0 || col < 0) throw new Error(`no ${anchor} on screen:\n${screen}`);
  const out: string[] = [];
  for (const l of lines.slice(row)) {
    if (l.startsWith('╰')) break;
    out.push(l.slice(col, l.lastIndexOf('│')).trimEnd());
  }
  return out;
}

/** Numbers of `a·b` terms, `+ b` and `= z` in a spelled-out z = Σ wᵢ·aᵢ + b = … line. */
function parseSum(text: string): { products: number[]; bias: number; z: number } {
  const body = text.slice(text.indexOf('b =') + 3);
  const n = (s: string) => Number(s.replace(/[()]/g, ''));
  const products = [...body.matchAll(/(\(?-?[\d.e-]+\)?)·(\(?-?[\d.e-]+\)?)/g)].map((m) => n(m[1]!) * n(m[2]!));
  const bias = n(/\+ (\(?-?[\d.e-]+\)?) = /.exec(body)?.[1] ?? 'NaN');
  const z = n(/= (-?[\d.e-]+)$/.exec(body.trim())?.[1] ?? 'NaN');
  return { products, bias, z };
}

const thousandths = (v: number) => Math.max(Math.abs(v), 1) * 5e-3;

describe('the network panel in a real terminal', () => {
  it('shows an mlp’s layers at 120×40 and follows the keys: neuron, sample and the formula with its numbers', async () => {
    const tmux = open(120, 40);
    // a capture may land while the terminal draws the frame: wait for its last line, the key legend, too
    const first = await tmux.waitFor(
      (s) =>
        s.includes('network 2-6-4-1') && /L1 neuron 1 \(tanh\) +z = \S+ +a = \S+/.test(s) && s.includes('←↑↓→ neuron'),
      'the network panel with the first neuron, and the key legend under it',
      30_000,
    );
    expect(first).toMatch(/input +L1 tanh +L2 tanh +L3 sigmoid/);
    expect(first).toContain('sample 1/200');
    expect(first).toContain('▀');
    const still = await pause(tmux, 'i formula');
    const m = /L1 neuron 1 \(tanh\) +z = (\S+) +a = (\S+)/.exec(still)!;
    // both shown to 3 significant digits
    expect(Math.tanh(Number(m[1]))).toBeCloseTo(Number(m[2]), 2);
    // the first layer's weights are named by the input each multiplies
    expect(detail(still, 'L1 neuron 1')).toEqual(expect.arrayContaining([expect.stringMatching(/^x2 .*│/)]));

    tmux.keys('Right', 'Down', 'Down');
    // the selection moves at once; its numbers follow when the training thread answers
    // and a capture may land while the terminal redraws: wait until the detail is drawn down to its bias row, after
    // a sixth weight the first layer's neuron never had
    const drawn = (s: string) => {
      const rows = detail(s, 'L2 neuron 3').map((l) => l.split(' ')[0]);
      return rows.indexOf('w6') >= 0 && rows.lastIndexOf('b') > rows.indexOf('w6');
    };
    const moved = await tmux.waitFor(
      (s) => s.includes('L2 neuron 3 (tanh)') && !s.includes('reading…') && drawn(s),
      'the third neuron of the second layer, its weights and bias',
    );
    // the second layer's neurons take the six outputs of the first: six weights and the bias
    const weights = detail(moved, 'L2 neuron 3').filter((l) => /^(w\d+|b) /.test(l));
    expect(weights.map((l) => l.split(' ')[0])).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'b']);

    tmux.keys('i');
    const formula = await tmux.waitFor((s) => /a = tanh\(z\) = tanh\(\S+\) = \S+/.test(s), 'the formula');
    const lines = detail(formula, 'L2 neuron 3');
    const zText = lines
      .slice(
        1,
        lines.findIndex((l) => l.startsWith('a = ')),
      )
      .join(' ');
    const sum = parseSum(zText.replace(/\s+/g, ' '));
    expect(sum.products).toHaveLength(6);
    // every number is rounded to 3 significant digits: the sum of the shown terms agrees with the shown z to about that
    const total = sum.products.reduce((a, b) => a + b, sum.bias);
    expect(Math.abs(total - sum.z)).toBeLessThan(sum.products.reduce((a, p) => a + thousandths(p), thousandths(sum.z)));

    tmux.keys(']');
    await tmux.waitFor((s) => s.includes('sample 2/200'), 'the next sample');
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('shows the compact panel at 80×24 with every border in line, and still follows the keys', async () => {
    const tmux = open(80, 24);
    const screen = await tmux.waitFor(
      (s) => /▸ L1 neuron 1, sample 1\/200: z = \S+, a = \S+/.test(s) && s.includes('i formula'),
      'the compact network panel',
      30_000,
    );
    expect(screen).toMatch(/▸L1 +6 tanh +‖W‖ \S+ +‖∇W‖ \S+/);
    expect(screen).toMatch(/ L3 +1 sigmoid/);
    expect(screen).toContain('decision regions');
    expect(screen).not.toMatch(/input +L1 tanh/);
    const framed = screen.split('\n').filter((l) => /^[╭│╰]/.test(l));
    expect(framed.length).toBeGreaterThan(10);
    for (const line of framed) {
      expect([...line].length).toBe(79);
      expect(line.at(-1)).toMatch(/[╮│╯]/);
    }
    tmux.keys('Down', 'i');
    await tmux.waitFor((s) => /▸ L1 neuron 2, sample 1\/200: a = tanh\(z\) = tanh\(\S+\) = \S+/.test(s), 'the formula');
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });
});
