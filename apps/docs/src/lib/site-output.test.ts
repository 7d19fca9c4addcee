import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchedUrls, gzipBytes, htmlFiles, isOutside, pagePath, pageScripts, staticImports } from './site-output';

// The checks of the real built site run in the e2e suite (e2e/built-site.test.ts); these test the helpers on
// small inputs, so they need no build.

/** A tiny site on disk: a page whose own script and whose demo island share one module. */
function tinySite(): string {
  const root = mkdtempSync(join(tmpdir(), 'nl-site-'));
  const files: Record<string, string> = {
    'index.html':
      '<script type="module" src="/_astro/page.js"></script><astro-island component-url="/_astro/demo.js"></astro-island>',
    'guide/index.html': '<h1>guide</h1>',
    '_astro/page.js': 'import{a}from"./shared.js";',
    '_astro/shared.js': 'export const a=1;',
    '_astro/demo.js': 'import"./shared.js";import{d}from"./chart.js";import("./lazy.js")',
    '_astro/chart.js': 'export const d=2;',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

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

  it('lists the HTML files of a site and names each by its URL path', () => {
    const root = tinySite();
    expect(htmlFiles(root)).toEqual(['guide/index.html', 'index.html']);
    expect(htmlFiles(root).map(pagePath)).toEqual(['/guide/', '/']);
  });

  it("splits a page's scripts into its own and its demos', a module both import counting as the page's", () => {
    const root = tinySite();
    const { page, demos } = pageScripts(root, readFileSync(join(root, 'index.html'), 'utf8'));
    expect([...page].sort()).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    // the dynamic import is not loaded until used, so it is not counted
    expect([...demos].sort()).toEqual(['/_astro/chart.js', '/_astro/demo.js']);
    expect(gzipBytes(root, page)).toBeGreaterThan(0);
    expect(gzipBytes(root, [])).toBe(0);
  });
});
