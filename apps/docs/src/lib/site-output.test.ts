import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fetchedUrls, gzipBytes, htmlFiles, isOutside, pagePath, pageScripts, staticImports } from './site-output';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The budget from the issue: each page's own JavaScript, demos aside, at most 300 kB gzip. */
const PAGE_JS_BUDGET = 300 * 1024;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

describe('site output helpers', () => {
  it('finds static imports in minified and formatted modules', () => {
    expect(
      staticImports('import{a as b}from"./x.js";import"./y.js";export{c}from"../z.js";import("./lazy.js")'),
    ).toEqual(['./x.js', './y.js', '../z.js']);
  });

  it('treats absolute and protocol-relative URLs as outside requests, site paths as local', () => {
    expect(isOutside('https://cdn.example/x.js')).toBe(true);
    expect(isOutside('//fonts.example/a.css')).toBe(true);
    expect(isOutside('/_astro/x.js')).toBe(false);
    expect(fetchedUrls('<link rel="canonical" href="https://a.b/"><script src="/x.js"></script>')).toEqual(['/x.js']);
  });
});

describe('the built site', () => {
  if (!existsSync(join(dist, 'index.html'))) {
    it('exists', () => {
      throw new Error(`docs test: no built site at ${dist}. Run "pnpm run build" in apps/docs first.`);
    });
    return;
  }
  const files = htmlFiles(dist);

  it('makes no page fetch anything from another host', () => {
    const outside = files.flatMap((f) =>
      fetchedUrls(readFileSync(join(dist, f), 'utf8'))
        .filter(isOutside)
        .map((u) => `${f}: ${u}`),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('ships at most 300 kB of gzipped JavaScript per page besides its demos', () => {
    const report: Record<string, { pageKB: number; demosKB: number }> = {};
    for (const f of files) {
      const { page, demos } = pageScripts(dist, readFileSync(join(dist, f), 'utf8'));
      report[pagePath(f)] = { pageKB: kb(gzipBytes(dist, page)), demosKB: kb(gzipBytes(dist, demos)) };
    }
    const written = Object.fromEntries(Object.entries(report).filter(([p]) => !p.startsWith('/api/')));
    console.table(written);
    const over = Object.entries(report).filter(([, r]) => r.pageKB * 1024 > PAGE_JS_BUDGET);
    expect(over).toEqual([]);
    // the demo pages really carry their demos, so the measurement is not vacuous
    expect(report['/neuron/']!.demosKB).toBeGreaterThan(20);
    expect(report['/playground/']!.demosKB).toBeGreaterThan(20);
  });

  it('documents every command from the real CLI help and every core export from its doc comments', () => {
    const dashboard = readFileSync(join(dist, 'guides/dashboard/index.html'), 'utf8');
    for (const usage of [
      'neuronlab train [options]',
      'neuronlab predict',
      'neuronlab datasets',
      'neuronlab gradcheck',
    ]) {
      expect(dashboard).toContain(usage);
    }
    expect(dashboard).toContain('--lr &lt;rate&gt;');
    for (const page of ['functions/createneuron', 'functions/train', 'classes/trainer', 'functions/gradcheck']) {
      expect(existsSync(join(dist, 'api/core', page, 'index.html')), page).toBe(true);
    }
  });
});
