import { Trainer } from '@neuronlab/core';
import type { NetworkModel } from '@neuronlab/core/nn';
import { materializeRun, modelInputs, planRun, type RunPlan } from '@neuronlab/lab';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recipeFromSearch } from '../src/lib/playground-state.js';
import { readNumber, watchedPage } from './browse.js';
import { cliTrainDone, commandArgs } from './cli.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();

const SCOPE = '[data-demo="playground"]';

async function openPlayground(query: string) {
  const w = await watchedPage(env.browser, env.url);
  await w.page.goto(`${env.url}/playground/${query}`, { waitUntil: 'networkidle' });
  await w.page.locator(`${SCOPE} [data-testid="network-view"]`).waitFor();
  return w;
}

/** Waits until the epoch on screen is at least `epoch`. */
async function epochAtLeast(page: Page, epoch: number): Promise<void> {
  await page.waitForFunction(
    ([scope, e]) => Number(document.querySelector(`${scope} [data-testid="epoch"]`)?.textContent) >= Number(e),
    [SCOPE, epoch] as const,
    { timeout: 30_000 },
  );
}

/** The pixels of every neuron's picture, as data URLs in the order of the neurons. */
function neuronPictures(page: Page): Promise<string[]> {
  return page
    .locator(`${SCOPE} [data-neuron] canvas`)
    .evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).toDataURL()));
}

/** The engine's own numbers: the recipe trained `epochs` epochs, then its one forward pass at training point `index`. */
function engineAt(query: string, epochs: number, index: number) {
  const run = materializeRun(planRun(recipeFromSearch(query)));
  const trainer = new Trainer(run.model, run.data, run.options);
  for (let e = 0; e < epochs; e++) trainer.runEpoch();
  const plan: RunPlan = run.plan;
  const point = plan.rawTrain.x.subarray(2 * index, 2 * index + 2);
  return (run.model as NetworkModel).layerActivations(modelInputs(plan, point, 1), 1);
}

/** The accessible name of the element in focus. */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('the network view', () => {
  it('draws one picture per neuron and every one of them changes while the network trains', async () => {
    const w = await openPlayground('?dataset=xor&hidden=4%2C3&epochs=400');
    expect(await w.page.locator(`${SCOPE} [data-neuron]`).count()).toBe(4 + 3 + 1);
    // seven input features, each with its own picture, plus one per neuron
    expect(await w.page.locator(`${SCOPE} [data-testid="neuron-heatmap"]`).count()).toBe(7 + 8);
    expect(await w.page.locator(`${SCOPE} [data-testid="edge"]`).count()).toBe(2 * 4 + 4 * 3 + 3 * 1);
    const before = await neuronPictures(w.page);
    await w.page.locator(`${SCOPE} [data-action="toggle"]`).click();
    await epochAtLeast(w.page, 40);
    const after = await neuronPictures(w.page);
    expect(after).toHaveLength(8);
    expect(after.filter((p, i) => p !== before[i])).toHaveLength(8);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('shows for a hovered neuron or edge the very numbers the engine computes at that point', async () => {
    const query = '?dataset=moons&hidden=3%2C2&epochs=50&seed=5&features=x1%2Cx2%2Cx1x2';
    const w = await openPlayground(query);
    for (let e = 1; e <= 3; e++) {
      await w.page.locator(`${SCOPE} [data-action="step"]`).click();
      await epochAtLeast(w.page, e);
    }
    // the engine's numbers: the same recipe, three epochs, then the one forward pass at the first training point
    const run = materializeRun(planRun(recipeFromSearch(query)));
    const trainer = new Trainer(run.model, run.data, run.options);
    for (let e = 0; e < 3; e++) trainer.runEpoch();
    const point = run.plan.rawTrain.x.subarray(0, 2);
    const layers = (run.model as NetworkModel).layerActivations(modelInputs(run.plan, point, 1), 1);
    const exact = (id: string) => w.page.locator(`${SCOPE} [data-testid="${id}"]`).getAttribute('data-exact');
    for (const [layer, unit] of [
      [0, 1],
      [1, 0],
      [2, 0],
    ] as const) {
      await w.page.locator(`${SCOPE} [data-neuron="${layer}-${unit}"]`).hover();
      await w.page.locator(`${SCOPE} [data-testid="neuron-detail"]`).waitFor();
      // compared as decimal strings of float64 values: equal strings mean equal bits
      expect(await exact('probe-z')).toBe(String(layers[layer]!.z[unit]));
      expect(await exact('probe-a')).toBe(String(layers[layer]!.a[unit]));
    }
    // the keyboard reaches a neuron too
    await w.page.locator(`${SCOPE} [data-neuron="0-2"]`).focus();
    expect(await exact('probe-a')).toBe(String(layers[0]!.a[2]));
    // an edge: the first one joins input 1 to neuron 1 of layer 1, the first entry of layer 1's weights
    await w.page.locator(`${SCOPE} [data-testid="edge"]`).first().hover({ force: true });
    await w.page.locator(`${SCOPE} [data-testid="edge-detail"]`).waitFor();
    const [weight] = run.model.params();
    expect(await exact('edge-w')).toBe(String(weight!.value[0]));
    expect(await exact('edge-grad')).toBe(String(weight!.grad[0]));
    await w.page.close();
  });

  it('takes a new learning rate while it trains without going back to epoch 0', async () => {
    const w = await openPlayground('?dataset=spiral&epochs=3000');
    await w.page.locator(`${SCOPE} [data-action="toggle"]`).click();
    await epochAtLeast(w.page, 10);
    const demo = w.page.locator(SCOPE);
    await demo.getByLabel('learning rate').selectOption('0.1');
    const atChange = await readNumber(w.page, SCOPE, 'epoch');
    expect(atChange).toBeGreaterThanOrEqual(10);
    expect(await demo.locator('[data-testid="run-notice"]').textContent()).toMatch(/^Changed live at epoch \d+/);
    expect(recipeFromSearch(new URL(w.page.url()).search).lr).toBe(0.1);
    await epochAtLeast(w.page, atChange + 10);
    expect(await demo.locator('[data-testid="steered"]').count()).toBe(1);
    // a change to the network starts again, and says so
    await demo.getByRole('button', { name: 'add a hidden layer' }).click();
    await w.page.waitForFunction(
      (s) => document.querySelector(`${s} [data-testid="epoch"]`)?.textContent === '0',
      SCOPE,
    );
    expect(await demo.locator('[data-testid="run-notice"]').textContent()).toContain('starts again at epoch 0');
    await w.page.close();
  });

  it('trains on input features toggled in the view to exactly the numbers of the copied CLI command', async () => {
    const w = await openPlayground('?dataset=circles&hidden=3&epochs=30&test-split=0.3');
    await w.page.locator(`${SCOPE} [data-feature="x1^2"]`).click();
    await w.page.locator(`${SCOPE} [data-feature="x2^2"]`).click();
    expect(await w.page.locator(`${SCOPE} [data-feature="x1^2"]`).getAttribute('aria-pressed')).toBe('true');
    await w.page
      .locator(`${SCOPE} [data-testid="edge"]`)
      .nth(4 * 3 - 1)
      .waitFor();
    await w.page.getByLabel('speed (epochs/s)').selectOption('max');
    await w.page.locator(`${SCOPE} [data-action="toggle"]`).click();
    await w.page.locator(`${SCOPE} [data-testid="final-loss"]`).waitFor({ timeout: 30_000 });
    const command = (await w.page.locator(`${SCOPE} [data-testid="cli-command"]`).textContent()) ?? '';
    expect(command).toContain("--features 'x1,x2,x1^2,x2^2'");
    const done = cliTrainDone(commandArgs(command));
    // compared as the decimal strings of the float64 values: equal strings mean equal bits
    expect(await w.page.locator(`${SCOPE} [data-testid="final-loss"]`).textContent()).toBe(String(done.loss));
    expect(await w.page.locator(`${SCOPE} [data-testid="final-test-loss"]`).textContent()).toBe(String(done.testLoss));
    await w.page.close();
  });

  it('adds a point of the chosen class where the map is clicked, to the run and to the link', async () => {
    const w = await openPlayground('?dataset=xor&epochs=50');
    const dots = w.page.locator(`${SCOPE} [data-testid="train-points"] circle`);
    const before = await dots.count();
    await w.page.getByLabel('a click on the map adds').selectOption('1');
    // where a reader clicks: the middle of the map, where the chart's points and axes are drawn over its canvas
    const canvas = w.page.locator(`${SCOPE} [data-testid="map-box"] canvas`);
    await canvas.scrollIntoViewIfNeeded();
    const map = await canvas.boundingBox();
    await w.page.mouse.click(map!.x + map!.width / 2, map!.y + map!.height / 2);
    await w.page.locator(`${SCOPE} [data-testid="added-points"]`).waitFor();
    expect(await dots.count()).toBe(before + 1);
    expect(await w.page.locator(`${SCOPE} [data-testid="added-points"]`).textContent()).toContain('and of the link');
    const points = new URL(w.page.url()).searchParams.get('points') ?? '';
    expect(points).toMatch(/^-?[\d.]+,-?[\d.]+,1$/);
    // the link rebuilds the same run: the added point is there again
    const again = await openPlayground(new URL(w.page.url()).search);
    expect(await again.page.locator(`${SCOPE} [data-testid="train-points"] circle`).count()).toBe(before + 1);
    await w.page.close();
    await again.page.close();
  });

  it('computes the neuron detail at the training point chosen with its buttons, its number or a click on the map', async () => {
    const query = '?dataset=moons&hidden=3&epochs=50&seed=5';
    const w = await openPlayground(query);
    const demo = w.page.locator(SCOPE);
    for (let e = 1; e <= 2; e++) {
      await demo.locator('[data-action="step"]').click();
      await epochAtLeast(w.page, e);
    }
    const chosen = demo.locator('[data-testid="chosen-point"]');
    const exact = (id: string) => demo.locator(`[data-testid="${id}"]`).getAttribute('data-exact');
    await demo.getByRole('button', { name: 'next training point' }).click();
    await demo.getByRole('button', { name: 'next training point' }).click();
    await expect.poll(() => chosen.getAttribute('data-index')).toBe('2');
    expect(await chosen.textContent()).toMatch(/^training point 3 of \d+: \(-?[\d.]+, -?[\d.]+\), class [01]$/);
    await demo.locator('[data-neuron="1-0"]').hover();
    // the worker answers with the network seen at the new point: wait for its numbers, compared as float64 strings
    let layers = engineAt(query, 2, 2);
    await expect.poll(() => exact('probe-a')).toBe(String(layers[1]!.a[0]));
    expect(await exact('probe-z')).toBe(String(layers[1]!.z[0]));

    await demo.getByLabel('training point number').fill('10');
    await expect.poll(() => chosen.getAttribute('data-index')).toBe('9');
    layers = engineAt(query, 2, 9);
    await expect.poll(() => exact('probe-z')).toBe(String(layers[1]!.z[0]));

    // a click on a training point's dot chooses it (or one drawn on top of it), and the marker moves onto it
    await demo.locator('[data-testid="map-box"]').scrollIntoViewIfNeeded();
    const dot = await demo.locator('[data-testid="train-points"] circle').nth(20).boundingBox();
    await w.page.mouse.click(dot!.x + dot!.width / 2, dot!.y + dot!.height / 2);
    await expect.poll(() => chosen.getAttribute('data-index')).not.toBe('9');
    const index = Number(await chosen.getAttribute('data-index'));
    const marker = await demo.locator('[data-testid="chosen-marker"]').boundingBox();
    // the ring's centre lies on the dot's centre, to within the rounding of two drawings' pixels
    expect(Math.abs(marker!.x + marker!.width / 2 - (dot!.x + dot!.width / 2))).toBeLessThan(3);
    expect(Math.abs(marker!.y + marker!.height / 2 - (dot!.y + dot!.height / 2))).toBeLessThan(3);
    await demo.locator('[data-neuron="0-1"]').hover();
    layers = engineAt(query, 2, index);
    await expect.poll(() => exact('probe-a')).toBe(String(layers[0]!.a[1]));
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('reaches every edge from the keyboard: one tab stop, the arrow keys, a name, its numbers and a focus ring', async () => {
    const query = '?dataset=xor&hidden=2&epochs=50';
    const w = await openPlayground(query);
    const demo = w.page.locator(SCOPE);
    const items = demo.locator('[data-nav]');
    // 2 inputs × 2 neurons, 2 neurons, 2 × 1, the output neuron
    expect(await items.count()).toBe(4 + 2 + 2 + 1);
    expect(await demo.locator('[data-nav][tabindex="0"]').count()).toBe(1);
    expect(await demo.locator('[data-testid="network-help"]').textContent()).toContain('arrow keys');
    // from the last input, Tab enters the network at its first neuron
    await demo.locator('[data-feature="sinx2"]').focus();
    await w.page.keyboard.press('Tab');
    expect(await focusedName(w.page)).toMatch(/^layer 1 neuron 1, bias/);
    await w.page.keyboard.press('ArrowLeft');
    expect(await focusedName(w.page)).toBe('weight from x₂ to neuron 2 of layer 1');
    // its numbers: the weight is the plan's initial one (no epoch has run), entry [input 1, unit 1] of 2 × 2
    await demo.locator('[data-testid="edge-detail"]').waitFor();
    const weight = planRun(recipeFromSearch(query)).initialModel.params[0]![1 * 2 + 1]!;
    expect(await demo.locator('[data-testid="edge-w"]').getAttribute('data-exact')).toBe(String(weight));
    expect(await demo.locator('[data-testid="edge-grad"]').count()).toBe(1);
    expect(await demo.locator('[data-testid="edge-delta"]').count()).toBe(1);
    // a focus ring the eye can find: the focused edge is drawn thick in the accent colour
    const ring = await w.page.evaluate(() => getComputedStyle(document.activeElement as Element).strokeWidth);
    expect(ring).toBe('6px');
    await w.page.keyboard.press('Home');
    expect(await focusedName(w.page)).toBe('weight from x₁ to neuron 1 of layer 1');
    await w.page.keyboard.press('End');
    expect(await focusedName(w.page)).toMatch(/^output neuron 1, bias/);
    await w.page.keyboard.press('ArrowLeft');
    expect(await focusedName(w.page)).toBe('weight from neuron 2 of layer 1 to neuron 1 of the output layer');
    // the walk visits every item once, each with its own name
    await w.page.keyboard.press('Home');
    const names = [await focusedName(w.page)];
    for (let k = 1; k < 9; k++) {
      await w.page.keyboard.press('ArrowRight');
      names.push(await focusedName(w.page));
    }
    expect(new Set(names).size).toBe(9);
    // leaving and coming back lands on the item last in focus (the one tab stop moved with it)
    await w.page.keyboard.press('Home');
    await w.page.keyboard.press('Tab');
    expect(await focusedName(w.page)).not.toBe(names[0]);
    await w.page.keyboard.press('Shift+Tab');
    expect(await focusedName(w.page)).toBe(names[0]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
