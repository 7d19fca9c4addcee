import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The built site. */
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream',
};

/** Serves dist/ on a random loopback port, like any static host would. */
async function serveSite(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `docs e2e: no built site at ${distDir}. Run "pnpm turbo run build --filter=@neuronlab/docs" first.`,
    );
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(distDir, path));
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Launches the system Chromium offline; fails loudly when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `docs e2e: Chromium not found at ${executablePath}. Install it with "apt-get install chromium" (or set CHROMIUM_PATH).`,
    );
  }
  // Playwright gives every launch a fresh temporary profile, so no --user-data-dir is needed.
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}

/** Serves the built site and starts Chromium once for a test file; read `url` and `browser` inside tests. */
export function siteInChromium(): { readonly url: string; readonly browser: Browser } {
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      if (!site) throw new Error('docs e2e: the site is not being served yet; use url inside a test.');
      return site.url;
    },
    get browser() {
      if (!browser) throw new Error('docs e2e: Chromium is not running yet; use browser inside a test.');
      return browser;
    },
  };
}
