/**
 * Case 4b, the dashboard's cost with the network panel open: case 4's measurement (see dashboard.ts) for a network,
 * `neuronlab train --dataset xor` (the default 2-16-16-1 tanh mlp) with the live dashboard in a 120×40
 * pseudo-terminal, where the network panel is drawn whole (every neuron's output and heatmap, the selected neuron's
 * weights), against the same run printing JSON lines. The panel's numbers come from the training thread, which reads
 * the network at most every 100 ms at full speed, so the goal is the same as case 4's: the dashboard keeps ≥ 0.95× the
 * throughput of --json.
 */
import { measure, median } from '../measure.js';
import { type CaseResult, judge, ratioRange } from '../report.js';
import {
  cliContestant,
  DASHBOARD_ARGS,
  DASHBOARD_DONE,
  JSON_ARGS,
  JSON_DONE,
  unavailable,
  WARMUP,
} from './dashboard.js';
import { JSON_EPOCH, SCREEN_EPOCH, steadyRate } from './progress-trace.js';
import type { BenchSettings } from './settings.js';

const RECIPE = ['--dataset', 'xor', '--model', 'mlp'];
const WHY =
  'Training runs on its own thread, but this machine has two cores: the drawing thread redraws the loss, the decision map and the network panel (every neuron and its heatmap) 20 times a second, and the training thread reads the network for the panel up to ten times a second, next to training.';

const fmt = (n: number) => n.toLocaleString('en-US');
const perThousand = (epochsPerSecond: number) => 1e6 / epochsPerSecond;

/** Runs case 4b, or reports why it could not. */
export async function dashboardMlpCase(s: BenchSettings): Promise<CaseResult> {
  const n = s.dashboardMlpEpochs;
  const rounds = s.dashboardMlpRounds;
  const base = {
    id: 'dashboard-mlp',
    title: "4b. The dashboard's cost with the network panel open: an mlp through the CLI",
    setup: `neuronlab train --dataset xor --speed max (the 2-16-16-1 mlp; live dashboard with the whole network panel in a 120×40 pseudo-terminal) against the same with --json, ${fmt(n)} epochs: the time per thousand epochs once training runs (lower is better).`,
    unit: 'ms',
    baseline: '--json',
  };
  const goalText = 'dashboard with the network panel keeps ≥ 0.95× the throughput of --json (time per epoch ≤ 1.05×)';
  const why = await unavailable();
  if (why !== null) {
    return { ...base, rows: [], goals: [{ text: goalText, status: 'not measured', detail: why }], notes: [why] };
  }
  const epochs = [...RECIPE, '--epochs', String(n)];
  const json = cliContestant('--json', [...JSON_ARGS, ...epochs], JSON_DONE, JSON_EPOCH);
  const dash = cliContestant('dashboard', [...DASHBOARD_ARGS, ...epochs], DASHBOARD_DONE, SCREEN_EPOCH);
  await measure([json, dash], { warmup: WARMUP, reps: rounds });
  const jsonRates = json.traces.slice(WARMUP).map((t) => steadyRate(t.points, n));
  const dashRates = dash.traces.slice(WARMUP).map((t) => steadyRate(t.points, n));
  // each ratio compares the two commands of one round, run back to back
  const ratios = dashRates.map((d, i) => jsonRates[i]! / d);
  const ratio = median(ratios);
  const spread = `rounds ${ratioRange(ratios)}`;
  return {
    ...base,
    rows: [
      {
        name: '--json, per 1,000 epochs once running',
        value: perThousand(median(jsonRates)),
        ratio: 1,
        note: `${fmt(Math.round(median(jsonRates)))} epochs/s`,
      },
      {
        name: 'dashboard with the network panel, per 1,000 epochs once running',
        value: perThousand(median(dashRates)),
        ratio,
        note: `${fmt(Math.round(median(dashRates)))} epochs/s; ratio is the median of the rounds' own ratios (${spread})`,
      },
    ],
    goals: [judge(goalText, ratio, 1.05, false, WHY)],
    notes: [
      `Measured like case 4: each command's shown epoch is read from its output as it arrives and its rate is the least-squares slope from 40% to 95% of the ${fmt(n)} epochs; each of ${rounds} rounds runs the two commands back to back, and the goal is judged on the median of the rounds' ratios.`,
    ],
  };
}
