// Regenerates public/images/dashboard.svg from the real `neuronlab` binary: runs the tutorial in a tmux pane,
// captures the screen with its colours once training has finished, and converts it with ansi-to-svg.mjs.
// Usage (from apps/docs, after building apps/tui): node scripts/capture-dashboard.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { screenToSvg } from './ansi-to-svg.mjs';

const cli = fileURLToPath(new URL('../../tui/dist/cli.js', import.meta.url));
const out = fileURLToPath(new URL('../public/images/dashboard.svg', import.meta.url));
if (!existsSync(cli)) throw new Error(`capture-dashboard: ${cli} is missing. Build apps/tui first.`);
const cols = 110;
const rows = 34;
const session = `neuronlab-capture-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
tmux('new-session', '-d', '-s', session, '-x', String(cols), '-y', String(rows), `node ${cli} train`);
try {
  execFileSync('sleep', ['7']);
  const screen = tmux('capture-pane', '-e', '-p', '-t', session);
  writeFileSync(
    out,
    screenToSvg(screen, { cols, title: 'The neuronlab dashboard after training the tutorial neuron' }),
  );
  console.log(`capture-dashboard: wrote ${out}`);
} finally {
  tmux('kill-session', '-t', session);
}
