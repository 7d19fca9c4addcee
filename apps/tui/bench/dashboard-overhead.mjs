// Benchmark: what the live dashboard at --speed max costs against --json, on the same run.
// Both report every 3,000 epochs (the default for unwatched runs of 3,000,000 epochs); the dashboard runs in a real
// terminal (tmux). Training time for --json is the process's wall time minus that of a 1-epoch run (start-up);
// for the dashboard it is the summary's "in X s". Prints medians of 5 runs and the overhead in percent.
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const EPOCHS = 3_000_000;
const RUNS = 5;
const socket = `neuronlab-bench-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });

function jsonRun(epochs) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, 'train', '--json', '--epochs', String(epochs)]);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
    });
    child.on('exit', () => {
      const end = performance.now();
      const done = JSON.parse(buffer.trim().split('\n').at(-1));
      if (done.type !== 'done') reject(new Error('no done event'));
      resolve(end - start);
    });
  });
}

async function dashboardRun() {
  tmux(
    'new-session',
    '-d',
    '-s',
    'b',
    '-x',
    '120',
    '-y',
    '40',
    `${process.execPath} ${cli} train --speed max --epochs ${EPOCHS}`,
  );
  try {
    for (;;) {
      const screen = tmux('capture-pane', '-p', '-t', 'b');
      const m = /finished after [\d,]+ epochs in ([\d.]+)(ms|s)/.exec(screen);
      if (m) return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    tmux('kill-server');
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const json = [];
const dash = [];
for (let i = 0; i < RUNS; i++) {
  json.push((await jsonRun(EPOCHS)) - (await jsonRun(1)));
  dash.push(await dashboardRun());
}
const j = median(json);
const d = median(dash);
console.log(`train ${EPOCHS.toLocaleString('en-US')} epochs of the tutorial neuron (median of ${RUNS})`);
console.log(`  --json               ${j.toFixed(0)} ms`);
console.log(`  dashboard --speed max ${d.toFixed(0)} ms`);
console.log(`  dashboard overhead   ${(((d - j) / j) * 100).toFixed(1)}% (goal ≤ 5%)`);
