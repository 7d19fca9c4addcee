import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every HTML file of a built site, as paths relative to its root. */
export function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

/** Attribute values in the page that make the browser fetch something: scripts, styles, images, fonts, islands. */
export function fetchedUrls(html: string): string[] {
  const urls: string[] = [];
  const tag = /<(script|link|img|source|iframe|astro-island)\b[^>]*>/gi;
  for (const m of html.matchAll(tag)) {
    for (const a of m[0].matchAll(/\b(src|href|srcset|component-url|renderer-url|before-hydration-url)="([^"]*)"/g)) {
      // <link rel="canonical"|"sitemap"|"alternate"> and <a> are addresses, not requests
      if (m[1]!.toLowerCase() === 'link' && !/rel="(stylesheet|preload|modulepreload|icon|shortcut icon)"/.test(m[0]))
        continue;
      urls.push(a[2]!);
    }
  }
  return urls;
}

/** True when a URL would be fetched from another host than the page's own. */
export function isOutside(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.m?js)["']/g))
    out.push(m[1]!);
  return out;
}

/** The JavaScript a page loads without any interaction, split into the page's own and its demos' (islands). */
export interface PageScripts {
  readonly page: Set<string>;
  readonly demos: Set<string>;
}

function closure(root: string, entries: readonly string[], into: Set<string>): void {
  const stack = [...entries];
  while (stack.length > 0) {
    const url = stack.pop()!;
    if (into.has(url)) continue;
    into.add(url);
    const code = readFileSync(join(root, url), 'utf8');
    for (const dep of staticImports(code)) stack.push(posix.join(posix.dirname(url), dep));
  }
}

/** Walks a page's module scripts and island components through their static imports. */
export function pageScripts(root: string, html: string): PageScripts {
  const pageEntries: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+\.js)"[^>]*>/g)) pageEntries.push(m[1]!);
  for (const m of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const dep of staticImports(m[1]!)) if (dep.startsWith('/')) pageEntries.push(dep);
  }
  const demoEntries: string[] = [];
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const a of m[0].matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="(\/[^"]+)"/g))
      demoEntries.push(a[1]!);
  }
  const page = new Set<string>();
  closure(root, pageEntries, page);
  const all = new Set<string>(page);
  closure(root, demoEntries, all);
  const demos = new Set([...all].filter((u) => !page.has(u)));
  return { page, demos };
}

/** Total gzip size in bytes of the given site files (level 9, as a static host would serve them). */
export function gzipBytes(root: string, urls: Iterable<string>): number {
  let total = 0;
  for (const url of urls) total += gzipSync(readFileSync(join(root, url)), { level: 9 }).length;
  return total;
}

/** The URL path of an HTML file (`neuron/index.html` → `/neuron/`). */
export function pagePath(file: string): string {
  const dir = dirname(file);
  return dir === '.' ? '/' : `/${dir}/`;
}
