import { readFileSync } from 'node:fs';
import { parseModelFile } from '@neuronlab/core';
import { exportJsModule, exportOnnx } from '@neuronlab/core/export';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchedPage } from './browse.js';
import { siteInChromium } from './harness.js';

const env = siteInChromium();
const SCOPE = '[data-demo="playground"]';

/** Clicks a download button and returns the downloaded file's name and bytes. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${SCOPE} [data-testid="export-buttons"]`).getByRole('button', { name: label }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('the playground’s download buttons', () => {
  it('download the trained model as a model file, ONNX and JavaScript, the exporters loaded only on click', async () => {
    const w = await watchedPage(env.browser, env.url);
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await w.page.goto(`${env.url}/playground/?dataset=moons&hidden=4&epochs=20`, { waitUntil: 'networkidle' });
    await w.page.locator(`${SCOPE} [data-action="toggle"]`).click();
    await w.page.locator(`${SCOPE} [data-testid="export-buttons"]`).waitFor({ timeout: 30_000 });
    expect(scripts.filter((u) => u.includes('export-entry'))).toEqual([]);

    const model = await download(w.page, 'neuronlab model');
    expect(model.name).toBe('model.json');
    const file = parseModelFile(model.bytes.toString('utf8'));
    expect(file.architecture).toMatchObject({ kind: 'sequential', inputDim: 2 });

    // the browser's exports are byte for byte what the exporters (proven against ONNX Runtime and Node) make in Node
    const onnx = await download(w.page, 'ONNX');
    expect(onnx.name).toBe('model.onnx');
    expect(new Uint8Array(onnx.bytes)).toEqual(new Uint8Array(exportOnnx(file)));
    expect(scripts.some((u) => u.includes('export-entry'))).toBe(true);
    const js = await download(w.page, 'JavaScript function');
    expect(js.name).toBe('model.js');
    expect(js.bytes.toString('utf8')).toBe(exportJsModule(file));
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.page.close();
  });
});
