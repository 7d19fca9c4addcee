import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEARCH, searchSite, watchedPage } from './browse.js';
import { englishOnly, holds } from './english-words.js';
import { distDir, siteInChromium } from './harness.js';
import { writtenPages } from './site-pages.js';

const env = siteInChromium();

/** The written English pages and, for each, the path of its Japanese counterpart. */
function counterparts(): { en: string; ja: string }[] {
  return writtenPages()
    .filter((p) => !p.startsWith('/ja/'))
    .map((p) => ({ en: p, ja: `/ja${p}` }));
}

/** The text, labels and tooltips of every hydrated island on a page, after scrolling each demo into view. */
async function islandText(page: Page): Promise<string[]> {
  for (const demo of await page.locator('astro-island').all()) await demo.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => {
    const out: string[] = [];
    for (const island of document.querySelectorAll('astro-island')) {
      // each text node apart, so words of neighbouring elements never run together; code (the CLI command a demo
      // offers to copy) is not prose and stays as typed
      const walker = document.createTreeWalker(island, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text && !node.parentElement?.closest('code, pre, kbd')) out.push(text);
      }
      for (const el of island.querySelectorAll('[aria-label],[title],[placeholder],[aria-description]')) {
        for (const name of ['aria-label', 'title', 'placeholder', 'aria-description']) {
          const value = el.getAttribute(name);
          if (value) out.push(value);
        }
      }
    }
    return out;
  });
}

describe('the site in Japanese', () => {
  it('has a written Japanese page, not the English fallback, for every written English page', () => {
    const pairs = counterparts();
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    const missing: string[] = [];
    for (const { ja: path } of pairs) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const main = html.slice(html.indexOf('<main'));
      // a translated page says so in its html tag and carries no fallback notice; its prose is Japanese
      const kana = (main.replace(/<[^>]*>/g, '').match(/[\u3040-\u30ff]/g) ?? []).length;
      if (!/<html lang="ja"/.test(html) || main.includes('英語版のみです') || kana < 200)
        missing.push(`${path} (kana: ${kana})`);
    }
    expect(missing).toEqual([]);
  });

  it('tells the reader on the Japanese API pages that the reference is in English', () => {
    const html = readFileSync(join(distDir, 'ja/api/core/readme/index.html'), 'utf8');
    expect(html).toContain('API リファレンスは英語で提供しています');
  });

  it('loads every Japanese page without console errors, and its picker switches to the counterpart and back', async () => {
    const w = await watchedPage(env.browser, env.url);
    const wrong: string[] = [];
    for (const pair of counterparts()) {
      await w.page.goto(env.url + pair.ja, { waitUntil: 'networkidle' });
      const picker = w.page.locator('starlight-lang-select select').first();
      // the path switches; the query (the playground's recipe) and the hash stay
      await Promise.all([w.page.waitForURL((u) => u.pathname === pair.en), picker.selectOption({ label: 'English' })]);
      expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
      await Promise.all([
        w.page.waitForURL((u) => u.pathname === pair.ja),
        w.page.locator('starlight-lang-select select').first().selectOption({ label: '日本語' }),
      ]);
      if ((await w.page.locator('html').getAttribute('lang')) !== 'ja') wrong.push(pair.ja);
    }
    expect(wrong).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  }, 180_000);

  it('shows no English word of the message table in any demo on a Japanese page', async () => {
    const words = englishOnly();
    expect(words.length).toBeGreaterThan(30);
    const w = await watchedPage(env.browser, env.url);
    const found: string[] = [];
    let islands = 0;
    for (const { ja: path } of counterparts()) {
      await w.page.goto(env.url + path, { waitUntil: 'networkidle' });
      if ((await w.page.locator('astro-island').count()) === 0) continue;
      const texts = await islandText(w.page);
      islands += texts.length;
      for (const word of words) {
        const hit = texts.find((t) => holds(t, word));
        if (hit !== undefined) found.push(`${path}: "${word}" in "${hit.slice(0, 80)}"`);
      }
    }
    expect(islands).toBeGreaterThan(10);
    expect(found).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  }, 300_000);

  it('finds the learning-rate section of the neuron page for 学習率, the gradient pages for 勾配, and opens one', async () => {
    const w = await watchedPage(env.browser, env.url);
    const search = async (query: string) => {
      await w.page.goto(`${env.url}/ja/neuron/`, { waitUntil: 'networkidle' });
      return searchSite(w.page, query);
    };
    const rate = await search('学習率');
    // results come from the Japanese index only, and one of them is a section of the neuron page about the rate
    expect(rate.every((r) => r.href.startsWith('/ja/'))).toBe(true);
    expect(rate.some((r) => r.href.startsWith('/ja/neuron/#') && r.text.includes('学習率'))).toBe(true);
    // the search's own words are Japanese too: the button, the input's placeholder and the count of results
    expect(await w.page.locator(SEARCH.button).getAttribute('aria-label')).toBe('検索');
    expect(await w.page.locator(SEARCH.input).getAttribute('placeholder')).toBe('検索');
    expect(await w.page.locator('#site-search-ui .pagefind-ui__message').textContent()).toMatch(/学習率.*\d+ 件/);
    const gradient = await search('勾配');
    expect(gradient.every((r) => r.href.startsWith('/ja/'))).toBe(true);
    const pages = new Set(gradient.map((r) => r.href.split('#')[0]));
    expect([...pages]).toEqual(expect.arrayContaining(['/ja/neuron/', '/ja/layers/']));
    await w.page.locator(`${SEARCH.result}[href="/ja/layers/"]`).first().click();
    await w.page.waitForURL(`${env.url}/ja/layers/`);
    expect(await w.page.locator('h1').first().textContent()).toContain('層');
    expect(w.errors).toEqual([]);
    await w.page.close();
  }, 120_000);
});
