import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { trainOnCsvFile, watchedPage } from './browse.js';
import { englishOnly, holds } from './english-words.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();

const SCOPE = '[data-demo="playground"]';

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
 * The English wording found in the island's words now (errors included: the page words them as the CLI does). Left
 * out: the CLI command and other code (commands and flags are not words), and the charts' axis titles (the chart
 * components read them from their own table).
 */
async function englishFound(page: Page): Promise<string[]> {
  const words = (await islandWords(page, 'code, .nl-axis-title')).join('\n');
  return englishOnly('playground').filter((s) => holds(words, s));
}

describe('the Japanese playground', () => {
  it('shows every word of its own in Japanese, at rest, mid-run, with a detail open and when done', async () => {
    expect(englishOnly('playground').length).toBeGreaterThan(50);
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
    // where a reader clicks: the middle of the map, where the chart's points and axes are drawn over its canvas
    const canvas = demo.locator('[data-testid="map-box"] canvas');
    await canvas.scrollIntoViewIfNeeded();
    const map = await canvas.boundingBox();
    await w.page.mouse.click(map!.x + map!.width / 2, map!.y + map!.height / 2);
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

  it('words a link’s dropped settings, its unreadable points and a CSV file’s bad cell in Japanese, as the CLI words them', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/ja/playground/?dataset=circles&lr=50`, { waitUntil: 'networkidle' });
    const demo = w.page.locator(SCOPE);
    await demo.locator('[data-testid="network-view"]').waitFor();
    expect(await demo.locator('[data-testid="error"]').textContent()).toMatch(
      /^リンクの設定のうち 1 個は.*lr=50: --lr の値が正しくありません: "50"。許される値: 0 より大きく 10 以下の数。/,
    );
    expect(await englishFound(w.page)).toEqual([]);
    // added points the link cannot give: the page's own sentence, worded as the CLI words a bad value
    await w.page.goto(`${env.url}/ja/playground/?dataset=circles&points=zz`, { waitUntil: 'networkidle' });
    await demo.locator('[data-testid="network-view"]').waitFor();
    expect(await demo.locator('[data-testid="error"]').textContent()).toMatch(
      /^リンクの追加点を読み取れませんでした: points の値が正しくありません: "zz"。許される値: x1,x2,クラス の形 \(クラスは 0 から 1\)。アドレスから points/,
    );
    expect(await englishFound(w.page)).toEqual([]);
    await trainOnCsvFile(demo, 'bad.csv', 'a,b,label\n1,2,0\n3,oops,1\n');
    await expect
      .poll(() => demo.locator('[data-testid="csv-problem"]').textContent())
      .toMatch(/^bad\.csv の 3 行目: 列 "b" \(インデックス 1\) のセルが数値ではありません \(値: "oops"\)。/);
    expect(await englishFound(w.page)).toEqual([]);
    await w.page.close();
  });
});
