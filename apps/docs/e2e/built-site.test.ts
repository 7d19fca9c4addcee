import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchedUrls, gzipBytes, htmlFiles, isOutside, pagePath, pageScripts } from '../src/lib/site-output';
import { distDir } from './harness.js';

/**
 * The page budget: each page's own JavaScript, demos aside, at most 300 kB gzip, so a reading page stays quick on a
 * slow connection. Demos load as islands and are measured apart.
 */
const PAGE_JS_BUDGET = 300 * 1024;
/** A page with live demos, everything it loads counted: at most 200 kB gzip. */
const DEMO_PAGE_JS_BUDGET = 200 * 1024;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

// These read the HTML and scripts of the built site (dist/) from disk; no browser is needed.
describe('the built site', () => {
  let files: string[] = [];
  beforeAll(() => {
    if (!existsSync(join(distDir, 'index.html'))) {
      throw new Error(
        `docs e2e: no built site at ${distDir}. Run "pnpm turbo run build --filter=@neuronlab/docs" first.`,
      );
    }
    files = htmlFiles(distDir);
  });

  it('makes no page fetch anything from another host', () => {
    const outside = files.flatMap((f) =>
      fetchedUrls(readFileSync(join(distDir, f), 'utf8'))
        .filter(isOutside)
        .map((u) => `${f}: ${u}`),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('ships at most 300 kB of gzipped JavaScript per page besides its demos', () => {
    const report: Record<string, { pageKB: number; demosKB: number }> = {};
    for (const f of files) {
      const { page, demos } = pageScripts(distDir, readFileSync(join(distDir, f), 'utf8'));
      report[pagePath(f)] = { pageKB: kb(gzipBytes(distDir, page)), demosKB: kb(gzipBytes(distDir, demos)) };
    }
    const written = Object.fromEntries(Object.entries(report).filter(([p]) => !p.startsWith('/api/')));
    console.table(written);
    const over = Object.entries(report).filter(([, r]) => r.pageKB * 1024 > PAGE_JS_BUDGET);
    expect(over).toEqual([]);
    // the demo pages really carry their demos, so the measurement is not vacuous
    expect(report['/neuron/']!.demosKB).toBeGreaterThan(20);
    expect(report['/playground/']!.demosKB).toBeGreaterThan(20);
  });

  it('ships at most 200 kB of gzipped JavaScript on each demo page, its demos included', () => {
    const totals: Record<string, number> = {};
    for (const f of files) {
      const { page, demos } = pageScripts(distDir, readFileSync(join(distDir, f), 'utf8'));
      if (demos.size > 0) totals[pagePath(f)] = kb(gzipBytes(distDir, page) + gzipBytes(distDir, demos));
    }
    console.table(totals);
    expect(Object.keys(totals)).toEqual(expect.arrayContaining(['/neuron/', '/playground/']));
    expect(Object.entries(totals).filter(([, total]) => total * 1024 > DEMO_PAGE_JS_BUDGET)).toEqual([]);
  });

  it('documents every command from the real CLI help and every core export from its doc comments', () => {
    const dashboard = readFileSync(join(distDir, 'guides/dashboard/index.html'), 'utf8');
    for (const usage of [
      'neuronlab train [options]',
      'neuronlab predict',
      'neuronlab datasets',
      'neuronlab gradcheck',
      'neuronlab step',
    ]) {
      expect(dashboard).toContain(usage);
    }
    expect(dashboard).toContain('--lr &lt;rate&gt;');
    for (const page of ['functions/createneuron', 'functions/train', 'classes/trainer', 'functions/gradcheck']) {
      expect(existsSync(join(distDir, 'api/core', page, 'index.html')), page).toBe(true);
    }
  });
});
