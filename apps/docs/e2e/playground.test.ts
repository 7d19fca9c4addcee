import { describe, expect, it } from 'vitest';
import { recipeFromSearch } from '../src/lib/playground-state.js';
import { readNumber, watchedPage } from './browse.js';
import { cliTrainDone, commandArgs } from './cli.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();

const SCOPE = '[data-demo="playground"]';

async function openPlayground(query = '') {
  const w = await watchedPage(env.browser, env.url);
  await w.page.goto(`${env.url}/playground/${query}`, { waitUntil: 'networkidle' });
  // the network view appears with the training worker's first snapshot
  await w.page.locator(`${SCOPE} [data-testid="network-view"]`).waitFor();
  return w;
}

describe('the playground', () => {
  it('trains a network in the page: the loss on screen goes down', async () => {
    const w = await openPlayground('?dataset=moons&epochs=40&test-split=0.3');
    const before = await readNumber(w.page, SCOPE, 'loss');
    await w.page.locator(`${SCOPE} [data-action="step"]`).click();
    // the step runs in the training worker: wait for its answer
    await w.page.waitForFunction(
      (s) => document.querySelector(`${s} [data-testid="epoch"]`)?.textContent === '1',
      SCOPE,
    );
    await w.page.locator(`${SCOPE} [data-action="toggle"]`).click();
    await w.page.locator(`${SCOPE} [data-testid="final-loss"]`).waitFor({ timeout: 30_000 });
    expect(await readNumber(w.page, SCOPE, 'epoch')).toBe(40);
    expect(await readNumber(w.page, SCOPE, 'loss')).toBeLessThan(before);
    expect(await w.page.locator(`${SCOPE} [data-testid="test-points"] circle`).count()).toBeGreaterThan(10);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  });

  it('draws every point over the map, so a point in the other class’s region keeps its own colour', async () => {
    const w = await openPlayground('?dataset=xor&test-split=0.3');
    // what lies on top at each point's centre is what the eye sees there: the point (a ring's centre is the chart's
    // own svg), never the canvas of the map
    const tops = await w.page.evaluate((s) => {
      const topAt = (set: string) =>
        [...document.querySelectorAll(`${s} [data-testid="${set}-points"] circle`)].map((c) => {
          const r = c.getBoundingClientRect();
          return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.tagName.toLowerCase() ?? 'none';
        });
      return { train: topAt('train'), test: topAt('test') };
    }, SCOPE);
    expect(tops.train.length).toBeGreaterThan(100);
    expect(tops.test.length).toBeGreaterThan(40);
    expect(tops.train.filter((t) => t !== 'circle')).toEqual([]);
    expect(tops.test.filter((t) => t === 'canvas')).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('keeps its whole state in the URL: a link restores the controls, and a change rewrites the link', async () => {
    const query =
      '?dataset=circles&option=noise%3D0.2&hidden=5%2C3&activation=relu&optimizer=sgd&lr=0.1&seed=7&l2=0.003';
    const w = await openPlayground(query);
    const demo = w.page.locator(SCOPE);
    expect(await demo.getByLabel('dataset').inputValue()).toBe('circles');
    expect(await demo.getByLabel(/^activation/).inputValue()).toBe('relu');
    expect(await demo.getByLabel('layer 2 neurons').inputValue()).toBe('3');
    expect(await demo.getByLabel('seed').inputValue()).toBe('7');
    expect(await demo.getByLabel('regularization').inputValue()).toBe('l2');
    expect(await demo.getByLabel('penalty rate').inputValue()).toBe('0.003');
    expect(recipeFromSearch(new URL(w.page.url()).search)).toEqual(recipeFromSearch(query));

    await demo.getByLabel('optimizer').selectOption('adam');
    await demo.getByRole('button', { name: 'add a hidden layer' }).click();
    const changed = new URL(w.page.url()).search;
    const recipe = recipeFromSearch(changed);
    expect(recipe.optimizer).toBe('adam');
    expect(recipe.model.hidden).toEqual([5, 3, 3]);

    const again = await openPlayground(changed);
    expect(await again.page.locator(SCOPE).getByLabel('layer 3 neurons').inputValue()).toBe('3');
    expect(recipeFromSearch(new URL(again.page.url()).search)).toEqual(recipe);
    await w.page.close();
    await again.page.close();
  });

  it('ends with exactly the numbers of `neuronlab train --json` for the copied command', async () => {
    const w = await openPlayground('?dataset=spiral&hidden=6%2C6&lr=0.03&epochs=60&test-split=0.3');
    await w.page.locator(`${SCOPE} [data-action="toggle"]`).click();
    await w.page.locator(`${SCOPE} [data-testid="final-loss"]`).waitFor({ timeout: 30_000 });
    const command = (await w.page.locator(`${SCOPE} [data-testid="cli-command"]`).textContent()) ?? '';
    const done = cliTrainDone(commandArgs(command));
    // compared as the decimal strings of the float64 values: equal strings mean equal bits
    expect(await w.page.locator(`${SCOPE} [data-testid="final-loss"]`).textContent()).toBe(String(done.loss));
    expect(await w.page.locator(`${SCOPE} [data-testid="final-test-loss"]`).textContent()).toBe(String(done.testLoss));
    await w.page.close();
  });
});

describe('the tutorial chart against the CLI', () => {
  it('learns the same w and b in the browser as `neuronlab train --init-weight 0.5 --init-bias 0.5 --json`', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/neuron/`, { waitUntil: 'networkidle' });
    const demo = w.page.locator('[data-demo="neuron-chart"]');
    await demo.scrollIntoViewIfNeeded();
    await w.page.locator('astro-island:not([ssr]) [data-demo="neuron-chart"]').waitFor();
    await demo.locator('[data-action="toggle"]').click();
    await w.page.waitForFunction(
      () => document.querySelector('[data-demo="neuron-chart"] [data-testid="epoch"]')?.textContent === '10000',
      null,
      {
        timeout: 30_000,
      },
    );
    const done = cliTrainDone(['--init-weight', '0.5', '--init-bias', '0.5']);
    const param = (name: string) => done.params.find((p) => p.name === name)?.values?.[0];
    expect(await demo.locator('[data-testid="w"]').getAttribute('data-exact')).toBe(String(param('w')));
    expect(await demo.locator('[data-testid="b"]').getAttribute('data-exact')).toBe(String(param('b')));
    await w.page.close();
  });
});
