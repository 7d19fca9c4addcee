import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydratedDemo, readNumber, trainOnCsvFile, watchedPage } from './browse.js';
import { siteInChromium } from './harness.js';
import { builtPages } from './site-pages.js';

const env = siteInChromium();
const PHONE = { width: 390, height: 844 };

async function phonePage(): Promise<Page> {
  return env.browser.newPage({ viewport: PHONE });
}

/** A CSV of two separated clusters in the plane, with a header row. */
function clustersCsv(rows: number): string {
  const lines = ['a,b,label'];
  for (let i = 0; i < rows; i++) {
    const c = i % 2;
    // a deterministic spread around (-1,-1) and (1,1)
    const dx = ((i * 37) % 100) / 200 - 0.25;
    const dy = ((i * 61) % 100) / 200 - 0.25;
    lines.push(`${(c ? 1 : -1) + dx},${(c ? 1 : -1) + dy},${c}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Adds hidden layers to the playground's default two with its + button, until its settings show four. */
async function growToFourLayers(demo: Locator): Promise<void> {
  const add = demo.locator('.nl-layer-buttons button').nth(1);
  for (let layers = 3; layers <= 4; layers++) {
    await add.click();
    await demo.locator(`input[name="hidden${layers - 1}"]`).waitFor();
  }
}

/** Drops a file onto an element the way a browser does: a drop event carrying a DataTransfer with the file. */
async function dropFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([selector, name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text!], name!, { type: 'text/csv' }));
      const target = document.querySelector(selector!)!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [selector, name, text],
  );
}

/**
 * Each word with a hyphen (up to 30 characters) and each Japanese word (a run of kana and kanji) of the inline code
 * `selector` finds outside code blocks and tables (a cell's code may break anywhere to fit a phone), with the lines it
 * spans: a word on two lines has a box on each.
 */
function unbreakableWords(page: Page, selector: string): Promise<{ word: string; lines: number }[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((code) => code.closest('pre, table') === null)
        .flatMap((code) => {
          const found: { word: string; lines: number }[] = [];
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const words = /\S*-\S*|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]{2,}/gu;
            for (const m of (node.textContent ?? '').matchAll(words)) {
              if (m[0].length > 30) continue;
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              found.push({ word: m[0], lines: tops.size });
            }
          }
          return found;
        }),
    selector,
  );
}

describe('the site on a phone (390 px)', () => {
  it('never makes a page wider than the screen: every built page is exactly 390 px wide', async () => {
    const page = await phonePage();
    const wide: string[] = [];
    // the Japanese fallbacks of the API pages are the English pages under a one-line notice: a spread sample of them
    const pages = builtPages().filter((p, i) => !p.startsWith('/ja/api/') || i % 15 === 0);
    for (const path of pages) {
      await page.goto(env.url + path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width !== PHONE.width) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  }, 300_000);

  it('fits every prose table of up to three columns on the screen, so no row hides its end behind a sideways scroll', async () => {
    const page = await phonePage();
    const scrolling: string[] = [];
    let checked = 0;
    for (const path of builtPages().filter((p) => !p.includes('/api/'))) {
      await page.goto(env.url + path, { waitUntil: 'load' });
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')]
          .filter((t) => (t.rows[0]?.cells.length ?? 0) <= 3)
          .map((t) => ({
            over: t.scrollWidth - t.clientWidth,
            head: (t.rows[0]?.textContent ?? '').trim().slice(0, 40),
          })),
      );
      checked += tables.length;
      for (const t of tables) if (t.over > 1) scrolling.push(`${path} "${t.head}": ${t.over} px too wide`);
    }
    expect(checked).toBeGreaterThan(8);
    expect(scrolling).toEqual([]);
    await page.close();
  }, 300_000);

  it('draws every demo chart’s text at 11 px or more and gives every demo control a 44 px target', async () => {
    const page = await phonePage();
    for (const path of ['/neuron/', '/layers/', '/playground/']) {
      await page.goto(env.url + path, { waitUntil: 'networkidle' });
      for (const demo of await page.locator('[data-demo]').all()) await demo.scrollIntoViewIfNeeded();
      // every island hydrated (Astro drops the ssr attribute then), so the charts have measured themselves
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      const textSizes = () =>
        page.evaluate(() =>
          // tick labels and axis titles alike
          [...document.querySelectorAll('.nl-demo svg text')]
            // text drawn on screen (not in a closed box)
            .filter((t) => t.getBoundingClientRect().width > 0)
            .map((t) => {
              // the rendered size: the CSS font size times the SVG's on-screen scale (1 without a viewBox)
              const svg = t.closest('svg')!;
              const drawn = svg.viewBox.baseVal?.width ?? 0;
              const scale = drawn > 0 ? svg.getBoundingClientRect().width / drawn : 1;
              return Number.parseFloat(getComputedStyle(t).fontSize) * scale;
            }),
        );
      expect((await textSizes()).length, path).toBeGreaterThanOrEqual(2);
      // a chart rescales its text when its resize observer reports its width, which on a busy machine can come a
      // frame or two after hydration: wait for that. 0.05 px: the scale is measured from a rounded layout width
      await expect
        .poll(async () => Math.min(...(await textSizes())), { message: path })
        .toBeGreaterThanOrEqual(11 - 0.05);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.nl-controls button, .nl-controls select, .nl-controls input')]
          // a checkbox is toggled by its whole label, which is its target
          .map(
            (el) =>
              [
                el.outerHTML.slice(0, 60),
                (el.closest('label:has(input[type="checkbox"])') ?? el).getBoundingClientRect(),
              ] as const,
          )
          .filter(([, r]) => r.width > 0 && (r.height < 44 || r.width < 44))
          .map(([html, r]) => `${html} ${r.width}×${r.height}`),
      );
      expect(small, path).toEqual([]);
    }
    await page.close();
  });

  it('writes every diagram’s text at 11 px or more on a phone, no two texts on top of each other, all inside the figure', async () => {
    const page = await phonePage();
    let diagrams = 0;
    for (const path of ['/neuron/', '/layers/', '/ja/neuron/', '/ja/layers/']) {
      await page.goto(env.url + path, { waitUntil: 'load' });
      for (const figure of await page.locator('figure.diagram').all()) {
        diagrams++;
        const texts = await figure.evaluate((f) => {
          const svg = f.querySelector('svg')!;
          // text in a viewBox is drawn at its CSS size times the drawing's on-screen scale
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const box = f.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].map((t) => {
            const r = t.getBBox();
            const onScreen = t.getBoundingClientRect();
            return {
              text: t.textContent ?? '',
              size: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
              // the glyphs' own box in the drawing's units, not the taller line box
              ink: { left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height },
              inside: onScreen.left >= box.left - 0.5 && onScreen.right <= box.right + 0.5,
            };
          });
        });
        for (const t of texts) {
          expect(t.size, `${path} "${t.text}"`).toBeGreaterThanOrEqual(11 - 0.05);
          expect(t.inside, `${path} "${t.text}"`).toBe(true);
        }
        const overlaps = texts.flatMap((a, i) =>
          texts
            .slice(i + 1)
            .filter(
              (b) =>
                a.ink.left < b.ink.right &&
                b.ink.left < a.ink.right &&
                a.ink.top < b.ink.bottom &&
                b.ink.top < a.ink.bottom,
            )
            .map((b) => `${a.text} × ${b.text}`),
        );
        expect(overlaps, path).toEqual([]);
      }
    }
    expect(diagrams).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  it('writes the learning-rate ruler’s labels at 11 px on a phone, every one inside the ruler', async () => {
    const page = await phonePage();
    await page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(page, 'compare-rates');
    const labels = await demo.locator('svg:has([data-testid="stable-limit"])').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      // a viewBox scales its text with the drawing; without one, text keeps its CSS size
      const scale =
        svg instanceof SVGSVGElement && svg.viewBox.baseVal.width > 0 ? box.width / svg.viewBox.baseVal.width : 1;
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent,
          size: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
          inside: r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom,
        };
      });
    });
    expect(labels.map((l) => l.text)).toContain('0.0013');
    for (const l of labels) {
      expect(l.size, l.text ?? '').toBeGreaterThanOrEqual(11);
      expect(l.inside, l.text ?? '').toBe(true);
    }
    await page.close();
  });

  it('shows the playground settings and its map within one screen, on a phone and on a laptop, in both languages', async () => {
    const screens = [PHONE, { width: 1280, height: 800 }].flatMap((viewport) =>
      ['/playground/', '/ja/playground/'].map((path) => ({ viewport, path })),
    );
    for (const { viewport, path } of screens) {
      const page = await env.browser.newPage({ viewport });
      await page.goto(env.url + path, { waitUntil: 'networkidle' });
      const demo = await hydratedDemo(page, 'playground');
      const top = await demo.evaluate((el) => el.getBoundingClientRect().top);
      // the decision map's own canvas: the network view holds canvases of its own
      const mapBottom = await demo
        .locator('[data-testid="map-box"] canvas')
        .evaluate((el) => el.getBoundingClientRect().bottom);
      expect(mapBottom - top, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
      await page.close();
    }
  });

  it('names every playground setting and shows every choice whole on a phone, in both languages, and keeps each button’s word on one line', async () => {
    for (const path of ['/playground/', '/ja/playground/']) {
      const page = await phonePage();
      await page.goto(env.url + path, { waitUntil: 'networkidle' });
      const demo = await hydratedDemo(page, 'playground');
      // four layers with an activation each and a penalty rate: every setting the grid can hold
      await growToFourLayers(demo);
      await demo.locator('select[name="regularization"]').selectOption('l2');
      await demo.locator('select[name="regularizationRate"]').waitFor();
      // the longest choices: an optimizer's name, an activation's, and "per layer" once the layers differ
      await demo.locator('select[name="optimizer"]').selectOption('momentum');
      await demo.locator('select[name="activation0"]').selectOption('leaky-relu');
      // and the CSV file's columns and its button, once a file is picked: columns named as data sets name them
      await demo.locator('[data-testid="csv-drop"] summary').click();
      const pets = clustersCsv(20).replace('a,b,label', 'weight_kg,height_cm,species').replace(/,0\n/g, ',cat\n');
      await demo.locator('input[type="file"]').setInputFiles({
        name: 'pets.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(pets.replace(/,1\n/g, ',dog\n')),
      });
      await demo.locator('[data-action="csv-train"]').waitFor();
      const faults = await demo.evaluate((el) => {
        const lines = (node: Element) => {
          const text = document.createRange();
          text.selectNodeContents(node);
          return new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const names = [...el.querySelectorAll('.nl-controls label, .nl-controls .nl-label')]
          // a name cut off shows less than it holds
          .filter((n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1)
          .map((n) => `cut: ${n.textContent?.trim().slice(0, 24)}`);
        const buttons = [...el.querySelectorAll('.nl-controls button')]
          .filter((b) => b.getBoundingClientRect().width > 0 && (lines(b) > 1 || b.scrollWidth > b.clientWidth + 1))
          .map((b) => `button: ${b.textContent}`);
        // a choice: its shown text, measured in its font, within the box beside the select's arrow
        const measure = document.createElement('canvas').getContext('2d')!;
        const choices = [...el.querySelectorAll<HTMLSelectElement>('.nl-controls select')]
          .filter((select) => {
            const style = getComputedStyle(select);
            measure.font = style.font;
            const text = measure.measureText(select.options[select.selectedIndex]?.text ?? '').width;
            const room =
              select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
            return text > room - 16;
          })
          .map((select) => `choice: ${select.name} ${select.options[select.selectedIndex]?.text}`);
        return [...names, ...buttons, ...choices];
      });
      expect(faults, path).toEqual([]);
      await page.close();
    }
  });

  it('draws the playground network within a phone’s width, scrolling sideways only when too deep, under help that stays put', async () => {
    const page = await phonePage();
    await page.goto(`${env.url}/playground/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(page, 'playground');
    const view = demo.locator('[data-testid="network-view"]');
    await view.locator('[data-neuron]').first().waitFor();
    const layout = () =>
      view.evaluate((el) => {
        const help = el.querySelector('[data-testid="network-help"]')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return { over: el.scrollWidth - el.clientWidth, helpInside: help.left >= box.left - 0.5 };
      });
    // the default network (two hidden layers and the output): every neuron on screen
    expect((await layout()).over).toBeLessThanOrEqual(0);
    // four hidden layers leave too little room between columns: the view scrolls, the help does not
    await growToFourLayers(demo);
    await view.locator('[data-neuron="4-0"]').waitFor();
    expect((await layout()).over).toBeGreaterThan(0);
    await view.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => view.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await layout()).helpInside).toBe(true);
    await page.close();
  });

  it('gives the sentences under the playground network whole lines, and what a click on the map adds an uncut label', async () => {
    const page = await phonePage();
    await page.goto(`${env.url}/playground/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(page, 'playground');
    const chooser = demo.locator('[data-testid="point-chooser"]');
    const rowWidth = await chooser.evaluate((el) => el.clientWidth);
    for (const sentence of [chooser.locator('[data-testid="chosen-point"]'), chooser.locator('.nl-caption')]) {
      // a settings column is a quarter of the row: a sentence in one stood a word or two to a line
      expect(await sentence.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(rowWidth * 0.9);
    }
    const label = demo.locator('label:has(select[name="addClass"])');
    expect(await label.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('keeps each number of the learning-rate table on one line, the table scrolling instead', async () => {
    const page = await phonePage();
    await page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(page, 'compare-rates');
    await demo.locator('[data-action="toggle"]').click();
    // the converging rates end with losses like 4.098e-15, which could break after the minus sign
    await page.waitForFunction(
      () => document.querySelector('[data-demo="compare-rates"] [data-testid="epoch"]')?.textContent === '10000',
      null,
      { timeout: 45_000 },
    );
    // a cell's text on two lines has a box for each line
    const broken = await demo.locator('td').evaluateAll((cells) =>
      cells
        .filter((td) => {
          const text = document.createRange();
          text.selectNodeContents(td);
          return text.getClientRects().length > 1;
        })
        .map((td) => td.textContent),
    );
    expect(broken).toEqual([]);
    // the verdict of every rate is in view without scrolling the table (the numbers after it may need the scroll)
    const hidden = await demo.locator('[data-testid="status"]').evaluateAll((cells) =>
      cells
        .filter((td) => {
          let box: Element | null = td.parentElement;
          while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
          return box !== null && td.getBoundingClientRect().right > box.getBoundingClientRect().right + 0.5;
        })
        .map((td) => td.textContent),
    );
    expect(hidden).toEqual([]);
    await page.close();
  });

  it('keeps every flag, hyphenated name and Japanese word of the prose’s code on one line, in both languages', async () => {
    const page = await phonePage();
    const broken: string[] = [];
    let checked = 0;
    const check = async (path: string, selector: string) => {
      const words = await unbreakableWords(page, selector);
      checked += words.length;
      for (const w of words) if (w.lines > 1) broken.push(`${path} ${w.word}`);
    };
    for (const path of builtPages().filter((p) => !p.includes('/api/'))) {
      await page.goto(env.url + path, { waitUntil: 'load' });
      await check(path, '.sl-markdown-content code');
    }
    // the playground's command line, drawn once the demo runs in the page
    for (const path of ['/playground/', '/ja/playground/']) {
      await page.goto(env.url + path, { waitUntil: 'load' });
      await hydratedDemo(page, 'playground');
      await check(path, '[data-testid="cli-command"]');
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('the site at desktop and phone widths', () => {
  it('names every package of the API reference on one line in the sidebar, from a tablet’s width up', async () => {
    for (const width of [800, 1280]) {
      const page = await env.browser.newPage({ viewport: { width, height: 900 } });
      for (const path of ['/getting-started/', '/ja/getting-started/']) {
        await page.goto(env.url + path, { waitUntil: 'load' });
        const names = await page.evaluate(() =>
          [...document.querySelectorAll('.sidebar-content .group-label')].map((label) => {
            const text = document.createRange();
            text.selectNodeContents(label);
            // a name on two lines has text boxes at two heights
            return {
              name: label.textContent?.trim(),
              lines: new Set([...text.getClientRects()].map((r) => r.top)).size,
            };
          }),
        );
        const packages = names.filter((n) => n.name?.startsWith('@neuronlab/'));
        expect(packages.length, path).toBeGreaterThanOrEqual(8);
        expect(
          packages.filter((n) => n.lines !== 1),
          `${path} at ${width} px`,
        ).toEqual([]);
      }
      await page.close();
    }
  });

  it('keeps the layout shift of loading a demo page under 0.1', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      for (const path of ['/playground/', '/neuron/']) {
        const page = await env.browser.newPage({ viewport });
        await page.addInitScript(() => {
          const w = window as unknown as { shift: number; moved: string[] };
          w.shift = 0;
          w.moved = [];
          type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Element }[] };
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as Shift[]) {
              if (e.hadRecentInput) continue;
              w.shift += e.value;
              // what moved, so a failure says where to look
              const nodes = e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''}`);
              if (e.value > 0.001) w.moved.push(`${e.value.toFixed(3)}: ${nodes.join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(env.url + path, { waitUntil: 'networkidle' });
        await page.locator('astro-island:not([ssr]) [data-demo]').first().waitFor();
        const { shift, moved } = await page.evaluate(() => {
          const w = window as unknown as { shift: number; moved: string[] };
          return { shift: w.shift, moved: w.moved };
        });
        expect(shift, `${path} at ${viewport.width} px (${moved.join('; ')})`).toBeLessThan(0.1);
        await page.close();
      }
    }
  });

  it('keeps every chart’s tick labels clear of its axis titles', async () => {
    const screens = [{ width: 1280, height: 900 }, PHONE].flatMap((viewport) =>
      ['/neuron/', '/layers/'].map((path) => ({ viewport, path })),
    );
    for (const { viewport, path } of screens) {
      const page = await env.browser.newPage({ viewport });
      await page.goto(env.url + path, { waitUntil: 'networkidle' });
      for (const demo of await page.locator('[data-demo]').all()) await demo.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      // tick labels and axis titles grow with a chart's font scale (most on a phone, where a chart is shrunk most):
      // the margins that hold them have to grow with it
      const overlaps = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.nl-demo svg')].flatMap((svg) => {
            const ticks = [...svg.querySelectorAll('.tick text')].map((t) => [t, t.getBoundingClientRect()] as const);
            return [...svg.querySelectorAll('.nl-axis-title')].flatMap((title) => {
              const a = title.getBoundingClientRect();
              return ticks
                .filter(([, b]) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                .map(([t]) => `${svg.getAttribute('aria-label')}: "${title.textContent}" over "${t.textContent}"`);
            });
          }),
        );
      // every chart has taken its font scale (its shown width against its viewBox), so the text is at its final size
      await page.waitForFunction(() =>
        [...document.querySelectorAll<SVGSVGElement>('.nl-demo svg:has(.nl-axis-title)')].every((svg) => {
          const scale = Math.max(1, svg.viewBox.baseVal.width / svg.getBoundingClientRect().width);
          return Math.abs(Number(svg.style.getPropertyValue('--nl-font-scale')) - scale) < 0.01;
        }),
      );
      await expect.poll(overlaps, { message: `${path} at ${viewport.width} px` }).toEqual([]);
      await page.close();
    }
  });

  it('gives the verdicts at least 4.5:1 contrast in the light and the dark theme', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    await hydratedDemo(w.page, 'gradient-check');
    for (const theme of ['light', 'dark']) {
      const ratios = await w.page.evaluate((theme) => {
        document.documentElement.dataset.theme = theme;
        const rgb = (c: string) => c.match(/[\d.]+/g)!.map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const f = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
        };
        return [...document.querySelectorAll('[class^="nl-verdict"]')].map((el) => {
          let bg: number[] | null = null;
          for (let at: Element | null = el; at && !bg; at = at.parentElement) {
            const c = rgb(getComputedStyle(at).backgroundColor);
            if (c.length < 4 || c[3]! > 0) bg = c;
          }
          const [hi, lo] = [luminance(rgb(getComputedStyle(el).color)), luminance(bg!)].sort((a, b) => b - a);
          return (hi! + 0.05) / (lo! + 0.05);
        });
      }, theme);
      expect(ratios.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...ratios), theme).toBeGreaterThanOrEqual(4.5);
    }
    await w.page.close();
  });

  it('announces a demo readout when training pauses, not while it runs', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'neuron-chart');
    expect(await demo.locator('[aria-live]').count()).toBe(0);
    const status = demo.locator('[data-testid="live-status"]');
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      () => Number(document.querySelector('[data-demo="neuron-chart"] [data-testid="epoch"]')?.textContent) > 0,
    );
    expect(await status.textContent()).toBe('');
    await demo.locator('[data-action="toggle"]').click();
    await expect.poll(() => status.textContent()).toMatch(/^epoch \d+ · lr .* MSE/);
    await w.page.close();
  });
});

describe('input the pages refuse', () => {
  it('shows the rule next to a field that holds a bad number', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'neuron-chart');
    await demo.locator('input[name="lr"]').fill('5');
    await expect
      .poll(() => demo.locator('[data-testid="field-problem"]').textContent())
      .toMatch(/^learning rate must be a number from 1e-8 to 1, got "5"\./);
    await w.page.goto(`${env.url}/playground/`, { waitUntil: 'networkidle' });
    const playground = await hydratedDemo(w.page, 'playground');
    await playground.locator('input[name="hidden0"]').fill('17');
    await expect.poll(() => playground.locator('[data-testid="field-problem"]').textContent()).toMatch(/got "17"/);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('keeps the good settings of a hand-edited URL and names the dropped ones', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/playground/?dataset=circles&lr=50&seed=7&hidden=3%2Cx`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'playground');
    const message = await demo.locator('[data-testid="error"]').textContent();
    expect(message).toMatch(/^The link had 2 settings that could not be used/);
    expect(message).toContain('lr=50: --lr must be');
    expect(message).toContain('hidden=3,x: --hidden');
    expect(await demo.locator('select[name="dataset"]').inputValue()).toBe('circles');
    expect(await demo.locator('input[name="seed"]').inputValue()).toBe('7');
    await w.page.close();
  });
});

describe('a CSV file in the playground', () => {
  it('trains on a CSV dropped into the page (one a spreadsheet wrote with semicolons and decimal commas), and says so instead of putting it in the URL', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/playground/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'playground');
    const urlBefore = w.page.url();
    await demo.locator('[data-testid="csv-drop"] summary').click();
    const spreadsheet = clustersCsv(200).replaceAll(',', ';').replaceAll('.', ',');
    await dropFile(w.page, '[data-testid="csv-dropzone"]', 'clusters.csv', spreadsheet);
    await expect.poll(() => demo.locator('select[name="csv-y"]').inputValue()).toBe('label');
    expect(await demo.locator('select[name="csv-x1"] option').allTextContents()).toEqual(['a', 'b', 'label']);
    await demo.locator('[data-action="csv-train"]').click();
    await expect
      .poll(() => demo.locator('[data-testid="csv-status"]').textContent())
      .toBe('training on clusters.csv: 200 rows');
    expect(await demo.locator('[data-testid="cli-command"]').textContent()).toContain('--data clusters.csv');
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      () => document.querySelector('[data-demo="playground"] [data-action="toggle"]')?.textContent === 'Train',
      null,
      { timeout: 60_000 },
    );
    expect(await readNumber(w.page, '[data-demo="playground"]', 'epoch')).toBeGreaterThan(0);
    // two clusters far apart: the network separates the held-out points too
    const readout =
      (await demo.locator('.nl-readout', { has: w.page.locator('[data-testid="epoch"]') }).textContent()) ?? '';
    expect(Number(/· test accuracy ([\d.]+)%/.exec(readout)?.[1])).toBeGreaterThanOrEqual(90);
    expect(w.page.url()).toBe(urlBefore);
    expect(await demo.locator('.nl-csv-note').textContent()).toContain('not part of the page address');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('offers the classes a class column holds: labels for words, two classes for 0 and 1, following the column chosen', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/playground/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'playground');
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 5},${(i * 3) % 7},${i},${i % 2 ? 'cat' : 'dog'},${i % 2}`);
    await demo.locator('[data-testid="csv-drop"] summary').click();
    const csv = `a,b,id,animal,flag\n${rows.join('\n')}\n`;
    await demo
      .locator('input[type="file"]')
      .setInputFiles({ name: 'pets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => demo.locator('select[name="csv-y"]').inputValue()).toBe('flag');
    expect(await demo.locator('select[name="csv-task"]').inputValue()).toBe('binary');
    await demo.locator('select[name="csv-y"]').selectOption('animal');
    expect(await demo.locator('select[name="csv-task"]').inputValue()).toBe('multiclass');
    await demo.locator('[data-action="csv-train"]').click();
    await expect
      .poll(() => demo.locator('[data-testid="csv-status"]').textContent())
      .toBe('training on pets.csv: 40 rows');
    expect(await demo.locator('[data-testid="csv-problem"]').count()).toBe(0);
    // the map's axes and the network's inputs are the file's columns, and the map fits their values (0 to 4, 0 to 6)
    await expect
      .poll(() => demo.locator('[data-testid="map-box"] .nl-axis-title').allTextContents())
      .toEqual(['a', 'b']);
    const inputs = demo.locator('.nl-input .nl-node-label');
    expect((await inputs.allTextContents()).slice(0, 3)).toEqual(['a', 'b', 'a²']);
    const ticks = (await demo.locator('[data-testid="map-box"] .tick text').allTextContents()).map(Number);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(0);
    // an ID column as the class: more labels than the map has colours is refused, not trained as 40 classes
    await demo.locator('select[name="csv-y"]').selectOption('id');
    expect(await demo.locator('select[name="csv-task"]').inputValue()).toBe('multiclass');
    await demo.locator('[data-action="csv-train"]').click();
    await expect
      .poll(() => demo.locator('[data-testid="csv-problem"]').textContent())
      .toBe(
        'pets.csv: the class column id holds at least 40 different labels, and the map tells 10 classes apart. Pick a column of class labels, or train on the file with neuronlab train --data, which also fits a number column (regression).',
      );
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('shows a bad cell with its line and column', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/playground/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'playground');
    await trainOnCsvFile(demo, 'bad.csv', 'a,b,label\n1,2,0\n3,oops,1\n');
    await expect
      .poll(() => demo.locator('[data-testid="csv-problem"]').textContent())
      .toMatch(/^Cell in column "b" \(index 1\) is not a number in bad\.csv line 3, got "oops"\./);
    await w.page.close();
  });
});
