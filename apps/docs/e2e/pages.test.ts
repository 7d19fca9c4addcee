import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchedPage } from './browse.js';
import { launchChromium, serveSite } from './harness.js';
import { builtPages } from './site-pages.js';

let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('docs site in Chromium', () => {
  it('has the pages the docs promise', () => {
    const pages = builtPages();
    for (const p of ['/', '/getting-started/', '/neuron/', '/layers/', '/guides/datasets/']) expect(pages).toContain(p);
    expect(pages.filter((p) => p.startsWith('/api/core/')).length).toBeGreaterThan(10);
  });

  it('loads every built page with a heading, without console errors or outside requests', async () => {
    const w = await watchedPage(browser, site.url);
    const failures: string[] = [];
    for (const path of builtPages()) {
      const res = await w.page.goto(site.url + path, { waitUntil: 'load' });
      if (res?.status() !== 200) failures.push(`${path}: HTTP ${res?.status()}`);
      if (!(await w.page.locator('h1').first().textContent())) failures.push(`${path}: no h1`);
    }
    expect(failures).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  });

  it('renders the formulas with KaTeX and finds pages with the offline pagefind search', async () => {
    const w = await watchedPage(browser, site.url);
    await w.page.goto(`${site.url}/neuron/`, { waitUntil: 'networkidle' });
    expect(await w.page.locator('.katex').count()).toBeGreaterThan(20);
    await w.page.locator('button[data-open-modal]').first().click();
    await w.page.locator('.pagefind-ui__search-input').fill('gradient');
    await w.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const titles = await w.page.locator('.pagefind-ui__result-link').allTextContents();
    expect(titles.join(' ')).toMatch(/neuron|layers/i);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  });
});
