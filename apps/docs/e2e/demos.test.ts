import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { hydratedDemo, readNumber, watchedPage } from './browse.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();

async function openNeuronPage() {
  const w = await watchedPage(env.browser, env.url);
  await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
  return w;
}

describe('the neuron demos train the real engine in the page', () => {
  it('compares five learning rates side by side: the stable limit marked, two crawl, two converge, the last diverges', async () => {
    const w = await openNeuronPage();
    const scope = '[data-demo="compare-rates"]';
    const demo = await hydratedDemo(w.page, 'compare-rates');
    await expect(demo.locator('[data-testid="stable-limit"]').count()).resolves.toBe(1);
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      (s) => document.querySelector(`${s} [data-testid="epoch"]`)?.textContent === '10000',
      scope,
      { timeout: 45_000 },
    );
    const status = (lr: string) => demo.locator(`[data-testid="rate-${lr}"] [data-testid="status"]`).textContent();
    expect(await status('0.00001')).toBe('crawls');
    expect(await status('0.0001')).toBe('crawls');
    expect(await status('0.001')).toBe('converges');
    expect(await status('0.0011')).toBe('converges');
    expect(await status('0.0013')).toMatch(/^diverged at epoch \d+$/);
    // converging at 1e-3 ends far below the tutorial's 1e-4 after the same epochs
    const loss = async (lr: string) =>
      Number(await demo.locator(`[data-testid="rate-${lr}"] [data-testid="loss"]`).textContent());
    expect(await loss('0.001')).toBeLessThan((await loss('0.0001')) / 1000);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('trains the tutorial chart to the end point of the float64 reference run, with the loss falling on screen', async () => {
    const w = await openNeuronPage();
    const scope = '[data-demo="neuron-chart"]';
    const demo = await hydratedDemo(w.page, 'neuron-chart');
    const before = await readNumber(w.page, scope, 'loss');
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      ([s, epochs]) => document.querySelector(`${s} [data-testid="epoch"]`)?.textContent === epochs,
      [scope, String(REF.half.epochs)],
      {
        timeout: 30_000,
      },
    );
    expect(await readNumber(w.page, scope, 'loss')).toBeLessThan(before);
    // the demo trains from the reference run's start at its settings, in the same float64 order: exact
    const wReadout = demo.locator('[data-testid="w"]');
    const bReadout = demo.locator('[data-testid="b"]');
    expect(Number(await wReadout.getAttribute('data-exact'))).toBe(REF.half.w);
    expect(Number(await bReadout.getAttribute('data-exact'))).toBe(REF.half.b);
    // and the readout shows them to 8 significant digits
    expect((await wReadout.textContent())?.trim()).toBe(REF.half.w.toPrecision(8));
    expect((await bReadout.textContent())?.trim()).toBe(REF.half.b.toPrecision(8));
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('stops the chart with the divergence message when the learning rate is 1.3e-3', async () => {
    const w = await openNeuronPage();
    const demo = await hydratedDemo(w.page, 'neuron-chart');
    await demo.getByLabel('learning rate').fill('0.0013');
    await demo.locator('[data-action="toggle"]').click();
    await demo.locator('[data-testid="diverged"]').waitFor({ timeout: 30_000 });
    expect(await demo.locator('[data-testid="diverged"]').textContent()).toMatch(/diverged/);
    await w.page.close();
  });

  it('takes one step by hand and shows the lower loss', async () => {
    const w = await openNeuronPage();
    const scope = '[data-demo="step-by-hand"]';
    const demo = await hydratedDemo(w.page, 'step-by-hand');
    expect(await demo.textContent()).toContain('21.5');
    const before = await readNumber(w.page, scope, 'loss');
    await demo.locator('[data-action="step"]').click();
    await demo.locator('[data-action="step"]').click();
    expect(await readNumber(w.page, scope, 'epoch')).toBe(2);
    expect(await readNumber(w.page, scope, 'loss')).toBeLessThan(before);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('walks the loss landscape and moves the start point from the keyboard', async () => {
    const w = await openNeuronPage();
    const scope = '[data-demo="loss-landscape"]';
    const demo = await hydratedDemo(w.page, 'loss-landscape');
    const start = demo.locator('[data-testid="start-point"]');
    const before = await start.getAttribute('aria-valuetext');
    await start.focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await start.getAttribute('aria-valuetext')).not.toBe(before);
    // dragging with the mouse moves it too: grab the point and drop it near the top-left corner of the plot
    const box = (await demo.locator('svg[aria-label^="Loss landscape"]').boundingBox())!;
    const dot = (await start.boundingBox())!;
    const keyed = await start.getAttribute('aria-valuetext');
    await w.page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2, { steps: 5 });
    await w.page.mouse.up();
    expect(await start.getAttribute('aria-valuetext')).not.toBe(keyed);
    const loss0 = await readNumber(w.page, scope, 'loss');
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      (s) => Number(document.querySelector(`${s} [data-testid="epoch"]`)?.textContent) >= 500,
      scope,
    );
    expect(await readNumber(w.page, scope, 'loss')).toBeLessThan(loss0);
    expect(await demo.locator('path[data-series]').getAttribute('d')).toMatch(/L/);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('shows the verdict changing with the learning rate and the standardized toggle', async () => {
    const w = await openNeuronPage();
    const demo = await hydratedDemo(w.page, 'loss-landscape');
    const verdict = demo.locator('[data-testid="verdict"]');
    expect(await verdict.textContent()).toMatch(/crawls/);
    const slider = demo.getByLabel('learning rate');
    await slider.focus();
    for (let k = 0; k < 40; k++) await w.page.keyboard.press('ArrowRight');
    expect(await verdict.textContent()).toMatch(/diverges/);
    await demo.getByLabel('standardized inputs').check();
    expect(await verdict.textContent()).toMatch(/converges/);
    await w.page.close();
  });

  it('passes the correct gradient and fails the tutorial mistake, both losses falling', async () => {
    const w = await openNeuronPage();
    const scope = '[data-demo="gradient-check"]';
    const demo = await hydratedDemo(w.page, 'gradient-check');
    const before = await readNumber(w.page, scope, 'loss-mistake');
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      (s) => Number(document.querySelector(`${s} [data-testid="epoch"]`)?.textContent) >= 1000,
      scope,
    );
    expect(await readNumber(w.page, scope, 'loss-mistake')).toBeLessThan(before);
    expect(await demo.locator('[data-testid="verdict-correct"]').textContent()).toBe('gradient check passed');
    expect(await demo.locator('[data-testid="verdict-mistake"]').textContent()).toBe('gradient check FAILED');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
