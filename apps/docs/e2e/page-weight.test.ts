import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gzipBytes, pageScripts } from '../src/lib/site-output';
import { distDir, siteInChromium } from './harness.js';
import { writtenPages } from './site-pages.js';

/** A page with live demos, everything the browser fetches to run it counted: at most 200 kB gzip. */
const DEMO_PAGE_JS_BUDGET = 200 * 1024;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const env = siteInChromium();

/** The written pages that carry demos (an island in their HTML). */
function demoPages(): string[] {
  return writtenPages().filter((p) => {
    const html = readFileSync(join(distDir, p, 'index.html'), 'utf8');
    return pageScripts(distDir, html).demos.size > 0;
  });
}

/**
 * Every script the browser fetches for a page once every demo on it has been scrolled into view and hydrated and the
 * network is idle: static imports, dynamic imports and workers alike, as paths into the built site.
 */
async function fetchedScripts(browser: Browser, siteUrl: string, path: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const scripts = new Set<string>();
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (r.url().startsWith(siteUrl) && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  const page = await context.newPage();
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  // client:visible islands load their code when they come into view: bring each one into view
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...scripts];
}

describe('the weight of a demo page, as the browser loads it', () => {
  it('stays at most 200 kB of gzipped JavaScript on every demo page, lazy chunks and workers included', async () => {
    const pages = demoPages();
    expect(pages).toEqual(expect.arrayContaining(['/neuron/', '/playground/', '/ja/playground/']));
    const totals: Record<string, number> = {};
    for (const path of pages) {
      const scripts = await fetchedScripts(env.browser, env.url, path);
      for (const s of scripts) expect(existsSync(join(distDir, s)), s).toBe(true);
      totals[path] = kb(gzipBytes(distDir, scripts));
    }
    console.table(totals);
    // the playground's training worker is among what it fetches, so lazy loads are really counted
    expect(totals['/playground/']).toBeGreaterThan(kb(gzipBytes(distDir, pageScriptsOf('/playground/'))));
    expect(Object.entries(totals).filter(([, total]) => total * 1024 > DEMO_PAGE_JS_BUDGET)).toEqual([]);
  }, 180_000); // six pages, each loaded until its network is idle
});

/** What the built HTML of a page names, statically: its scripts and its islands' import closure. */
function pageScriptsOf(path: string): string[] {
  const { page, demos } = pageScripts(distDir, readFileSync(join(distDir, path, 'index.html'), 'utf8'));
  return [...page, ...demos];
}
