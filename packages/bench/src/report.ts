/**
 * The shape of the results file and the printed table. A case lists its contestants with one measured value each and
 * a ratio against the case's baseline, plus its goals, each either met or MISSED with the ratio that decided it.
 */

/** Whether a goal held in this run. */
type GoalStatus = 'met' | 'MISSED' | 'not measured';

/** One goal of a case, as judged in this run. */
export interface Goal {
  /** The goal in words (`neuron ≤ 2× the hand-written loop`). */
  readonly text: string;
  readonly status: GoalStatus;
  /** The measured ratio that decided it, in words (`1.12×`). */
  readonly detail: string;
  /** What holds the number back, shown when the goal is MISSED. */
  readonly why?: string;
}

/** One contestant's line. */
export interface Row {
  readonly name: string;
  /** The measured value in the case's unit. */
  readonly value: number;
  /** value relative to the baseline row, oriented so that > 1 means "more of the unit" (time or throughput). */
  readonly ratio: number | null;
  /** Extra facts (GFLOP/s, final loss, why the model differs). */
  readonly note?: string;
}

/** One benchmark case. */
export interface CaseResult {
  readonly id: string;
  readonly title: string;
  /** What each contestant does, in one or two sentences. */
  readonly setup: string;
  /** Unit of Row.value: 'ms' (lower is better), 'samples/s' (higher is better) or 'MB'. */
  readonly unit: string;
  /** Name of the row every ratio is taken against. */
  readonly baseline: string;
  readonly rows: readonly Row[];
  readonly goals: readonly Goal[];
  readonly notes: readonly string[];
}

/** The whole results file. */
export interface BenchResults {
  readonly generatedAt: string;
  readonly mode: 'full' | 'quick';
  readonly machine: Record<string, string | number | boolean>;
  readonly cases: readonly CaseResult[];
}

/**
 * Judges "value ≤ limit" (or ≥ with `atLeast`) into a Goal with the value shown to about three digits; `why` explains
 * what limits the number and is kept only when the goal is missed.
 */
export function judge(text: string, value: number | undefined, limit: number, atLeast = false, why?: string): Goal {
  if (value === undefined || !Number.isFinite(value)) return { text, status: 'not measured', detail: 'no value' };
  const ok = atLeast ? value >= limit : value <= limit;
  const goal: Goal = { text, status: ok ? 'met' : 'MISSED', detail: `${formatNumber(value)}×` };
  return ok || why === undefined ? goal : { ...goal, why };
}

/** The range of rounds' (or processes') ratios, as the notes give it: `1.25–1.93×`. */
export function ratioRange(ratios: readonly number[]): string {
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
}

/** Short human number: 3 significant digits, thousands separated. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  if (abs >= 1000) return Math.round(v).toLocaleString('en-US');
  if (abs >= 100) return v.toFixed(0);
  if (abs >= 10) return v.toFixed(1);
  if (abs >= 1) return v.toFixed(2);
  return v.toPrecision(3);
}

/** Renders one case as a plain-text table with its goals and notes. */
export function formatCase(c: CaseResult): string {
  const header = ['contestant', c.unit, `× ${c.baseline}`, 'note'];
  const body = c.rows.map((r) => [
    r.name,
    formatNumber(r.value),
    r.ratio === null ? '—' : `${formatNumber(r.ratio)}×`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [`\n${c.title}`, c.setup, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  for (const g of c.goals) {
    out.push(
      `  ${g.status === 'met' ? 'met   ' : g.status === 'MISSED' ? 'MISSED' : 'n/a   '}  ${g.text} (${g.detail})`,
    );
    if (g.why) out.push(`          why: ${g.why}`);
  }
  for (const n of c.notes) out.push(`  note: ${n}`);
  return out.join('\n');
}
