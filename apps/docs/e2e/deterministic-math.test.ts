/**
 * Cross-engine identity of @neuronlab/core's detMath: the same inputs give the same bits in Node and in Chromium.
 * Node imports the package by its public name; the browser imports the very same built files (the package's dist,
 * served on loopback), so this checks the shipped code, not a copy. Math.* is hashed too, for the record only:
 * its bits differ between V8 versions, which is why detMath exists.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { detMath } from '@neuronlab/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness.js';

type MathLike = Record<string, (...args: number[]) => number>;

/**
 * FNV-1a hashes of the result bits of each function over a fixed input set (3,000 seeded values per function
 * over wide ranges, plus special values). Self-contained: Playwright sends its source text to the page.
 */
function fingerprints(m: MathLike): Record<string, string> {
  const special = [0, -0, 1, -1, 0.5, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e300, 709.78, -745.1];
  const ranges: Record<string, [number, number][]> = {
    exp: [
      [-10, 10],
      [-745.2, 709.8],
    ],
    expm1: [
      [-1, 1],
      [-40, 100],
    ],
    log: [
      [0, 4],
      [0, 1e300],
    ],
    log1p: [
      [-1, 1],
      [-1, 1e10],
    ],
    tanh: [
      [-3, 3],
      [-25, 25],
    ],
    sigmoid: [
      [-10, 10],
      [-800, 800],
    ],
    sin: [
      [-10, 10],
      [-1e9, 1e9],
      [-1e300, 1e300],
    ],
    cos: [
      [-10, 10],
      [-1e9, 1e9],
      [-1e300, 1e300],
    ],
    pow: [
      [0, 10],
      [-5, 5],
    ],
    square: [
      [-1e3, 1e3],
      [-1e150, 1e150],
    ],
  };
  const out: Record<string, string> = {};
  for (const name of Object.keys(ranges)) {
    let s = 12345;
    const next = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 4294967296;
    };
    const values: number[] = [...special, ...special.map((v) => -v)];
    for (const [lo, hi] of ranges[name]!) for (let i = 0; i < 1000; i++) values.push(lo + (hi - lo) * next());
    const results = new Float64Array(values.length * 2);
    values.forEach((x, i) => {
      if (name === 'pow') {
        results[2 * i] = m.pow!(Math.abs(x), values[(i * 7) % values.length]!);
        results[2 * i + 1] = m.pow!(x, Math.round(x * 3));
      } else if (name === 'square') {
        results[2 * i] = x ** 2;
        results[2 * i + 1] = x ** 2 === x * x ? 1 : 0;
      } else results[2 * i] = m[name]!(x);
    });
    let h = 0x811c9dc5;
    for (const b of new Uint8Array(results.buffer)) h = Math.imul(h ^ b, 0x01000193);
    out[name] = (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const MATH_NAMES = ['exp', 'expm1', 'log', 'log1p', 'tanh', 'sin', 'cos', 'pow'];

/** Math.* under detMath's names, hashed for the record (a logistic from Math.exp stands in for sigmoid). */
const engineMath: MathLike = {
  ...Object.fromEntries(MATH_NAMES.map((n) => [n, (Math as unknown as MathLike)[n]])),
  sigmoid: (x: number) => 1 / (1 + Math.exp(-x)),
};

/** Serves the built @neuronlab/core (its dist folder, located by resolving the package's public name). */
async function serveCore(): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = dirname(createRequire(import.meta.url).resolve('@neuronlab/core'));
  const server: Server = createServer((req, res) => {
    const file = normalize(join(dist, new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dist) || !file.endsWith('.js')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

let core: Awaited<ReturnType<typeof serveCore>>;
let browser: Browser;

beforeAll(async () => {
  core = await serveCore();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await core?.close();
});

/** The fingerprints of detMath and of Math.* computed inside Chromium. */
async function browserFingerprints(): Promise<{ det: Record<string, string>; engine: Record<string, string> }> {
  const page = await browser.newPage();
  await page.goto(`${core.url}/index.js`);
  // a source string, not a function: the test runner rewrites import() in functions it compiles
  const result = (await page.evaluate(`(async () => {
    const { detMath } = await import(${JSON.stringify(`${core.url}/index.js`)});
    const run = ${fingerprints.toString()};
    const engine = { ...Object.fromEntries(${JSON.stringify(MATH_NAMES)}.map((n) => [n, Math[n]])), sigmoid: (x) => 1 / (1 + Math.exp(-x)) };
    return { det: run(detMath), engine: run(engine), version: navigator.userAgent };
  })()`)) as { det: Record<string, string>; engine: Record<string, string>; version: string };
  await page.close();
  console.log(
    `Chromium ${result.version}\n  detMath ${JSON.stringify(result.det)}\n  Math.*  ${JSON.stringify(result.engine)}`,
  );
  return result;
}

describe('detMath across engines', () => {
  it('gives bit-identical results in Node and in Chromium for every function', async () => {
    const node = fingerprints(detMath as unknown as MathLike);
    console.log(`Node ${process.versions.node} (V8 ${process.versions.v8})\n  detMath ${JSON.stringify(node)}`);
    console.log(`  Math.*  ${JSON.stringify(fingerprints(engineMath))}`);
    const { det } = await browserFingerprints();
    expect(det).toEqual(node);
  });
});
