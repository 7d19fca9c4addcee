import type { Browser, Locator, Page } from 'playwright-core';

/** A page that records console errors, uncaught exceptions and every request that leaves the test server. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  outside: string[];
}

/** Opens a new page wired to collect errors and outside requests. */
export async function watchedPage(browser: Browser, siteUrl: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(siteUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return { page, errors, outside };
}

/** Scrolls a demo into view and waits until its React island has hydrated. */
export async function hydratedDemo(page: Page, name: string) {
  const demo = page.locator(`[data-demo="${name}"]`);
  await demo.scrollIntoViewIfNeeded();
  await page.locator(`astro-island:not([ssr]) [data-demo="${name}"]`).waitFor();
  return demo;
}

/** Reads a number shown in an element with `data-testid`. */
export async function readNumber(page: Page, scope: string, testId: string): Promise<number> {
  const text = await page.locator(`${scope} [data-testid="${testId}"]`).first().textContent();
  const value = Number(text?.trim());
  if (!Number.isFinite(value)) throw new Error(`docs e2e: ${testId} in ${scope} is not a number, got "${text}".`);
  return value;
}

/** Opens the playground's CSV panel, picks a file with `csv` in it and presses its train button. */
export async function trainOnCsvFile(demo: Locator, name: string, csv: string): Promise<void> {
  await demo.locator('[data-testid="csv-drop"] summary').click();
  await demo.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await demo.locator('[data-action="csv-train"]').click();
}

/** The header's search button, its dialog and Pagefind's input inside it, once loaded. */
export const SEARCH = {
  button: 'site-search [data-search-open]',
  dialog: '#site-search-dialog',
  input: '#site-search-ui .pagefind-ui__search-input',
  result: '#site-search-ui .pagefind-ui__result-link',
} as const;

/** A search result: where it leads (path and hash) and its title. */
export interface SearchHit {
  href: string;
  text: string;
}

/** Opens the header's search, types `query` and returns the results Pagefind lists for it. */
export async function searchSite(page: Page, query: string): Promise<SearchHit[]> {
  await page.locator(SEARCH.button).click();
  await page.locator(SEARCH.input).fill(query);
  await page.locator(SEARCH.result).first().waitFor({ timeout: 15_000 });
  return page.locator(SEARCH.result).evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return { href: url.pathname + url.hash, text: a.textContent ?? '' };
    }),
  );
}
