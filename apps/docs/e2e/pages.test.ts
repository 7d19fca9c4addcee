import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite } from './harness.js';

let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('docs site in Chromium', () => {
  for (const path of ['/', '/getting-started/']) {
    it(`loads ${path} without console errors or outside requests`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) outside.push(r.url());
      });
      const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    });
  }
});
