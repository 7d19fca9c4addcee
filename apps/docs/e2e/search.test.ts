import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gzipBytes } from '../src/lib/site-output';
import { hydratedDemo, SEARCH, searchSite, watchedPage } from './browse.js';
import { distDir, siteInChromium } from './harness.js';

const env = siteInChromium();

/** A request for Pagefind's index (under /pagefind/) or for a script that holds Pagefind's interface. */
function isSearchFile(path: string): boolean {
  if (path.startsWith('/pagefind/')) return true;
  return path.endsWith('.js') && readFileSync(join(distDir, path), 'utf8').includes('pagefind-ui__search-input');
}

/** Loads a page and records the site paths it requests, until the network and the main thread are idle. */
async function loadAndRecord(page: Page, url: string): Promise<string[]> {
  const paths: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(env.url)) paths.push(new URL(r.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // a script may wait for an idle moment before fetching more (a search interface preloaded "when idle" would):
  // wait for one, then for the network to settle again
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })));
  await page.waitForLoadState('networkidle');
  return paths;
}

/** How many CSS rules on the page style Pagefind's interface, in any stylesheet or style element. */
function pagefindRules(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((r) => r instanceof CSSStyleRule && r.selectorText.includes('.pagefind-ui')),
      ).length,
  );
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const isFocused = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.activeElement?.matches(s) === true, selector);

describe('the site search', () => {
  it('loads no part of the search interface until the reader opens it, then loads it and focuses its input', async () => {
    const report: Record<string, { onLoadKB: number; afterOpeningKB: number }> = {};
    for (const path of ['/getting-started/', '/neuron/']) {
      const w = await watchedPage(env.browser, env.url);
      const requested = await loadAndRecord(w.page, env.url + path);
      expect(requested.filter(isSearchFile), path).toEqual([]);
      expect(await pagefindRules(w.page), path).toBe(0);
      const onLoad = requested.filter((p) => p.endsWith('.js'));

      await w.page.locator(SEARCH.button).click();
      await isFocused(w.page, SEARCH.input);
      expect(
        requested.filter(isSearchFile).some((p) => p.endsWith('.js')),
        path,
      ).toBe(true);
      expect(await pagefindRules(w.page), path).toBeGreaterThan(20);
      const afterOpening = [...new Set(requested.filter((p) => p.endsWith('.js')))];
      report[path] = { onLoadKB: kb(gzipBytes(distDir, onLoad)), afterOpeningKB: kb(gzipBytes(distDir, afterOpening)) };
      expect(w.errors).toEqual([]);
      await w.page.close();
    }
    // the gzipped JavaScript each page fetched before and after the reader opened search
    console.table(report);
  });

  it('opens with / and with Ctrl+K from the page, not while typing into a field; Esc closes it and focuses the button', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const dialog = w.page.locator(SEARCH.dialog);
    const isOpen = () => dialog.evaluate((d) => (d as HTMLDialogElement).open);
    // the search element enables its button once it listens for the shortcuts; on a busy machine the network can
    // go idle before the page's scripts have run
    await w.page.waitForFunction(
      (s) => document.querySelector<HTMLButtonElement>(s)?.disabled === false,
      SEARCH.button,
    );

    await w.page.keyboard.press('/');
    await isFocused(w.page, SEARCH.input);
    await w.page.keyboard.press('Escape');
    await isFocused(w.page, SEARCH.button);
    expect(await isOpen()).toBe(false);

    await w.page.keyboard.press('Control+K');
    await isFocused(w.page, SEARCH.input);
    await w.page.keyboard.press('Escape');
    await isFocused(w.page, SEARCH.button);

    // a key press runs its handlers before press() returns, and showModal opens the dialog at once, so a closed
    // dialog right after the press means the shortcut was left to the field. The field's island hydrates first: a
    // field focused before React took it over could lose focus to the hydration, not to a shortcut
    const demo = await hydratedDemo(w.page, 'neuron-chart');
    const field = demo.locator('input[type="number"]').first();
    await field.focus();
    await isFocused(w.page, '[data-demo="neuron-chart"] input[type="number"]');
    await w.page.keyboard.press('/');
    await w.page.keyboard.press('Control+K');
    expect(await isOpen()).toBe(false);
    expect(await field.evaluate((f) => f === document.activeElement)).toBe(true);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('closes when the reader clicks beside the dialog', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/getting-started/`, { waitUntil: 'networkidle' });
    await w.page.locator(SEARCH.button).click();
    await isFocused(w.page, SEARCH.input);
    // the dialog is centred below the header at desktop width, so the page's bottom-left corner is backdrop
    await w.page.mouse.click(5, 880);
    await isFocused(w.page, SEARCH.button);
    expect(await w.page.locator(SEARCH.dialog).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await w.page.close();
  });

  it('shows an icon button at phone width and an open dialog with results that fits the screen', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const button = page.locator(SEARCH.button);
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(await button.locator('.label').isVisible()).toBe(false);

    const hits = await searchSite(page, 'gradient');
    expect(hits.length).toBeGreaterThan(0);
    const fit = await page.evaluate((s) => {
      const dialog = document.querySelector(s)!;
      const r = dialog.getBoundingClientRect();
      const root = document.documentElement;
      // the frame is the dialog's scrolling box: wider content would make it scroll sideways
      const frame = dialog.firstElementChild!;
      return {
        inside: r.left >= 0 && r.right <= root.clientWidth && r.top >= 0 && r.bottom <= window.innerHeight,
        pageScrollsSideways: root.scrollWidth > root.clientWidth,
        dialogScrollsSideways: frame.scrollWidth > frame.clientWidth,
      };
    }, SEARCH.dialog);
    expect(fit).toEqual({ inside: true, pageScrollsSideways: false, dialogScrollsSideways: false });
    await page.close();
  });

  it('says in one line when the search interface cannot be fetched, and loads it when opened again', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}/getting-started/`, { waitUntil: 'networkidle' });
    const blocked = (url: URL) => url.pathname.startsWith('/_astro/') && isSearchFile(url.pathname);
    await page.route(blocked, (r) => r.abort());
    const status = page.locator(`${SEARCH.dialog} [data-search-status]`);
    await page.locator(SEARCH.button).click();
    await status.filter({ hasText: 'could not be loaded' }).waitFor();
    expect(await page.locator(SEARCH.input).count()).toBe(0);

    await page.unroute(blocked);
    await page.keyboard.press('Escape');
    await page.locator(SEARCH.button).click();
    await isFocused(page, SEARCH.input);
    expect(await status.isVisible()).toBe(false);
    await page.close();
  });
});
