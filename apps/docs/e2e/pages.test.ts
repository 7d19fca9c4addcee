import { describe, expect, it } from 'vitest';
import { SEARCH, searchSite, watchedPage } from './browse.js';
import { siteInChromium } from './harness.js';
import { builtPages, writtenPages } from './site-pages.js';

const env = siteInChromium();

describe('docs site in Chromium', () => {
  it('has the pages the docs promise', () => {
    const pages = builtPages();
    for (const p of ['/', '/getting-started/', '/neuron/', '/layers/', '/guides/datasets/']) expect(pages).toContain(p);
    expect(pages.filter((p) => p.startsWith('/api/core/')).length).toBeGreaterThan(10);
  });

  async function checkPages(paths: readonly string[]) {
    const w = await watchedPage(env.browser, env.url);
    const failures: string[] = [];
    for (const path of paths) {
      const res = await w.page.goto(env.url + path, { waitUntil: 'networkidle' });
      if (res?.status() !== 200) failures.push(`${path}: HTTP ${res?.status()}`);
      if (!(await w.page.locator('h1').first().textContent())) failures.push(`${path}: no h1`);
    }
    expect(failures).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  }

  it('loads every written page with a heading, without console errors or outside requests', async () => {
    const written = writtenPages();
    expect(written.length).toBeGreaterThanOrEqual(16);
    await checkPages(written);
  });

  it('loads the generated API pages (each package index and every 15th page) the same way', async () => {
    // all ~270 API pages share one layout and one script bundle, so a spread sample covers what can break;
    // every page’s HTML is checked for outside references on disk (built-site.test.ts)
    const api = builtPages().filter((p) => p.startsWith('/api/'));
    await checkPages(api.filter((p, i) => /^\/api\/\w+\/readme\/$/.test(p) || i % 15 === 0));
  });

  it('renders the formulas with KaTeX, finds pages with the offline pagefind search and opens a result', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    expect(await w.page.locator('.katex').count()).toBeGreaterThan(20);
    const hits = await searchSite(w.page, 'gradient');
    expect(hits.map((h) => h.text).join(' ')).toMatch(/neuron|layers/i);
    // English pages only: Pagefind searches the index of the page's language
    expect(hits.filter((h) => h.href.startsWith('/ja/'))).toEqual([]);
    const layers = hits.find((h) => h.href.startsWith('/layers/'));
    expect(layers, JSON.stringify(hits)).toBeDefined();
    await w.page.locator(`${SEARCH.result}[href="${layers!.href}"]`).first().click();
    await w.page.waitForURL(`${env.url}${layers!.href}`);
    expect(await w.page.locator('h1').first().textContent()).toMatch(/layers/i);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  });
});
