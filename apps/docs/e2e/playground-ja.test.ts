import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../src/i18n/messages.js';
import { watchedPage } from './browse.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();

const SCOPE = '[data-demo="playground"]';

/**
 * Every fixed piece of wording in a message table: each string, and for a message function the text around its
 * arguments (called with markers in their place), split at the markers.
 */
function pieces(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    const f = table as (...args: unknown[]) => string;
    const text = f(...Array.from({ length: f.length }, (_, i) => `\u0000${i}\u0000`));
    return text.split(/\u0000\d+\u0000/);
  }
  if (table === null || typeof table !== 'object') return [];
  return Object.values(table).flatMap(pieces);
}

/** The playground's English wording a Japanese page must not show: longer than 3 characters, unlike the Japanese. */
function englishOnly(): string[] {
  const en = pieces(messagesFor('en').playground).map((s) => s.trim());
  const ja = new Set(pieces(messagesFor('ja').playground).map((s) => s.trim()));
  return [...new Set(en.filter((s) => s.length > 3 && !ja.has(s)))];
}

/** True when `text` holds `piece` as whole words (so `neuron` is not found inside `neuronlab`). */
function holds(text: string, piece: string): boolean {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text);
}

/**
 * Everything the island says: its text (options and screen-reader-only lines included), aria-labels, titles and
 * placeholders, except inside the elements `skip` selects.
 */
function islandWords(page: Page, skip: string): Promise<string[]> {
  return page.locator(SCOPE).evaluate((root, skipped) => {
    // text node by text node, so a label and the option after it are not read as one word
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skipped)) texts.push(node.textContent ?? '');
    }
    const attrs = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [...texts, ...attrs];
  }, skip);
}

/**
 * The English wording found in the island's words now. Left out: the CLI command and other code (commands and flags
 * are not words), the charts' axis titles (the chart components read them from their own table), and whatever `skip`
 * selects (elements showing a reader's or a parser's own message, whose framing a test checks apart).
 */
async function englishFound(page: Page, skip = ''): Promise<string[]> {
  const words = (await islandWords(page, ['code', '.nl-axis-title', skip].filter((s) => s).join(', '))).join('\n');
  return englishOnly().filter((s) => holds(words, s));
}

describe('the Japanese playground', () => {
  it('shows every word of its own in Japanese, at rest, mid-run, with a detail open and when done', async () => {
    expect(englishOnly().length).toBeGreaterThan(50);
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/ja/playground/?dataset=xor&hidden=3&epochs=20`, { waitUntil: 'networkidle' });
    const demo = w.page.locator(SCOPE);
    await demo.locator('[data-testid="network-view"]').waitFor();
    expect(await demo.locator('[data-action="toggle"]').textContent()).toBe('学習');
    expect(await englishFound(w.page)).toEqual([]);

    // a neuron's detail, an edge's detail, the CSV panel and an added point
    await demo.locator('[data-neuron="0-0"]').hover();
    await demo.locator('[data-testid="neuron-detail"]').waitFor();
    expect(await englishFound(w.page)).toEqual([]);
    await demo.locator('[data-testid="edge"]').first().hover({ force: true });
    await demo.locator('[data-testid="edge-detail"]').waitFor();
    await demo.locator('[data-testid="csv-drop"] summary').click();
    await demo.locator('select[name="addClass"]').selectOption('1');
    await demo.locator('[data-testid="map-box"] canvas').click();
    await demo.locator('[data-testid="added-points"]').waitFor();
    expect(await englishFound(w.page)).toEqual([]);

    // trained to the end at full speed: the download buttons and the final loss
    await demo.locator('select[name="speed"]').selectOption('max');
    await demo.locator('[data-action="toggle"]').click();
    await demo.locator('[data-testid="final-loss"]').waitFor({ timeout: 30_000 });
    await demo.locator('[data-testid="export-buttons"]').waitFor();
    expect(await demo.locator('[data-testid="export-buttons"]').textContent()).toContain(
      '学習済みモデルをダウンロード',
    );
    expect(await englishFound(w.page)).toEqual([]);

    // steered live, then a change of network: both notices in Japanese
    await demo.locator('[data-action="reset"]').click();
    await demo.locator('input[name="epochs"]').fill('3000');
    await demo.locator('select[name="speed"]').selectOption('30');
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      (s) => Number(document.querySelector(`${s} [data-testid="epoch"]`)?.textContent) >= 3,
      SCOPE,
      { timeout: 30_000 },
    );
    await demo.locator('select[name="lr"]').selectOption('0.1');
    await expect.poll(() => demo.locator('[data-testid="run-notice"]').textContent()).toMatch(/^エポック \d+ で/);
    await demo.locator('[data-testid="steered"]').waitFor();
    expect(await englishFound(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('frames a link’s dropped settings and a CSV file’s bad cell in Japanese around the reader’s own message', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/ja/playground/?dataset=circles&lr=50`, { waitUntil: 'networkidle' });
    const demo = w.page.locator(SCOPE);
    await demo.locator('[data-testid="network-view"]').waitFor();
    expect(await demo.locator('[data-testid="error"]').textContent()).toMatch(
      /^リンクの設定のうち 1 個は.*lr=50: --lr/,
    );
    await demo.locator('[data-testid="csv-drop"] summary').click();
    await demo
      .locator('input[type="file"]')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,label\n1,2,0\n3,oops,1\n') });
    await demo.locator('[data-action="csv-train"]').click();
    await expect
      .poll(() => demo.locator('[data-testid="csv-problem"]').textContent())
      .toMatch(/^3 行目、列 b — bad\.csv.*"oops"/);
    // the messages themselves come from the CLI's parsers, in English: the framing around them is checked above
    expect(await englishFound(w.page, '[data-testid="error"], [data-testid="csv-problem"]')).toEqual([]);
    await w.page.close();
  });
});
