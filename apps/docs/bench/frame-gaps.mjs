// Benchmark: how smoothly the playground draws while it trains. Opens the built site's playground in Chromium, trains
// the default recipe with the network view open at the default speed and at max, and reports the gaps between
// animation frames (median, p95, max) and the long tasks (> 50 ms) the page ran meanwhile. Goals: median ≤ 17 ms,
// p95 ≤ 34 ms, no task over 50 ms. Build the site first (`pnpm turbo run build --filter=@neuronlab/docs`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const SECONDS = 8;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(dist, 'playground/index.html'))) {
  console.error('bench:frames: no built site. Run "pnpm turbo run build --filter=@neuronlab/docs" first.');
  process.exit(2);
}

const server = createServer((req, res) => {
  let file = normalize(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/playground/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** The p-th percentile (0..1) of sorted values. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** Trains the default recipe at `speed` for SECONDS and records frame gaps and long tasks in the page. */
async function measure(speed) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-testid="network-view"]').waitFor();
  await page.getByLabel('speed (epochs/s)').selectOption(speed);
  await page.locator('[data-demo="playground"] [data-action="toggle"]').click();
  const result = await page.evaluate(async (seconds) => {
    const gaps = [];
    const tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const end = last + seconds * 1000;
    await new Promise((resolve) => {
      const frame = (now) => {
        gaps.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    const epoch = Number(document.querySelector('[data-demo="playground"] [data-testid="epoch"]')?.textContent);
    return { gaps, tasks, epoch };
  }, SECONDS);
  await page.close();
  const sorted = result.gaps.slice(1).sort((a, b) => a - b);
  return {
    speed,
    frames: sorted.length,
    epochs: result.epoch,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1),
    longTasks: result.tasks.length,
    longestTask: Math.max(0, ...result.tasks),
  };
}

const ms = (v) => `${v.toFixed(1)} ms`;
try {
  for (const speed of ['30', 'max']) {
    const r = await measure(speed);
    const ok = r.median <= 17 && r.p95 <= 34 && r.longestTask <= 50;
    console.log(
      `speed ${speed.padEnd(3)}: ${r.frames} frames in ${SECONDS} s, epoch ${r.epochs} · frame gap median ${ms(r.median)}, ` +
        `p95 ${ms(r.p95)}, max ${ms(r.max)} · long tasks ${r.longTasks} (longest ${ms(r.longestTask)}) · ${ok ? 'goal met' : 'goal missed'}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
