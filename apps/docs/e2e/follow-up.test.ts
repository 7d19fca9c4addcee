import type { NetworkStep } from '@neuronlab/core';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydratedDemo, watchedPage } from './browse.js';
import { cliStep, cliTrainDone } from './cli.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();

/** The exact value behind a number the demo shows (its `data-exact`). */
async function exact(demo: Locator, id: string): Promise<number> {
  return Number(await demo.locator(`[data-testid="${id}"]`).first().getAttribute('data-exact'));
}

/** Every number of the step the demo writes out, next to the same number from the CLI's JSON. */
function expectedNumbers(s: NetworkStep): Record<string, number> {
  const [hidden, output] = s.layers as [NetworkStep['layers'][0], NetworkStep['layers'][0]];
  const flat = (pick: (p: NetworkStep['optimizer']['params'][0]) => readonly number[]) =>
    s.optimizer.params.flatMap(pick);
  const ids: Record<string, number> = {
    C: hidden.input[0]!,
    F: s.target[0]!,
    h1: hidden.a[0]!,
    h2: hidden.a[1]!,
    out: output.a[0]!,
    loss: s.loss,
    dout: output.dz[0]!,
    dc: output.dBias[0]!,
    dv1: output.dWeight[0]!,
    dv2: output.dWeight[1]!,
    dh1: hidden.da![0]!,
    dh2: hidden.da![1]!,
    dw1: hidden.dWeight[0]!,
    dw2: hidden.dWeight[1]!,
    db1: hidden.dBias[0]!,
    db2: hidden.dBias[1]!,
  };
  for (const [i, v] of flat((p) => p.before).entries()) ids[`before-${i}`] = v;
  for (const [i, v] of flat((p) => p.grad).entries()) ids[`grad-${i}`] = v;
  for (const [i, v] of flat((p) => p.after).entries()) ids[`after-${i}`] = v;
  return ids;
}

async function expectStep(demo: Locator, step: NetworkStep): Promise<void> {
  const expected = expectedNumbers(step);
  const shown: Record<string, number> = {};
  for (const id of Object.keys(expected)) shown[id] = await exact(demo, id);
  // the page runs the same engine on the same recipe as the CLI: every number equal to the last bit
  expect(shown).toEqual(expected);
}

describe('the follow-up network on the layers page', () => {
  it('takes the step neuronlab step --model follow-up takes, number for number, and the next one too', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/layers/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'follow-up');
    await expectStep(demo, cliStep(['--model', 'follow-up', '--sample', '92']));
    await demo.locator('[data-action="step"]').click();
    await demo.locator('[data-testid="at"]', { hasText: '1' }).waitFor();
    await expectStep(demo, cliStep(['--model', 'follow-up', '--sample', '92', '--at', '1']));
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('trains to the parameters train reaches and writes the one line they make', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/layers/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'follow-up');
    await demo.locator('[data-action="train"]').click();
    await demo.locator('[data-testid="epoch"]', { hasText: '10,000' }).waitFor({ timeout: 45_000 });
    const done = cliTrainDone(['--model', 'follow-up']);
    const shown = [];
    for (let i = 0; i < 7; i++) shown.push(await exact(demo, `param-${i}`));
    expect(shown).toEqual(done.params.flatMap((p) => p.values ?? []));
    // the composed line is the data's own, 1.8·C + 32, to the precision 10,000 epochs reach (loss ≈ 1e-8)
    expect(await exact(demo, 'slope')).toBeCloseTo(1.8, 4);
    expect(await exact(demo, 'intercept')).toBeCloseTo(32, 3);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('with tanh, takes the CLI’s tanh step and says the output is no longer a line', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/layers/`, { waitUntil: 'networkidle' });
    const demo = await hydratedDemo(w.page, 'follow-up');
    await demo.getByLabel('hidden activation').selectOption('tanh');
    await demo.locator('[data-testid="lesson"]', { hasText: 'no such formula' }).waitFor();
    const step = cliStep(['--model', 'follow-up', '--activation', 'tanh', '--sample', '92']);
    await expectStep(demo, step);
    expect(await exact(demo, 'dz1')).toBe(step.layers[0]!.dz[0]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('keeps "class 1." inside its sentence instead of starting a numbered list', async () => {
    const w = await watchedPage(env.browser, env.url);
    await w.page.goto(`${env.url}/layers/`, { waitUntil: 'networkidle' });
    const paragraph = w.page.locator('main p', { hasText: 'the predicted probability of' });
    expect(await paragraph.textContent()).toMatch(/probability of\s+class 1\. The binary cross-entropy/);
    await w.page.close();
  });
});
