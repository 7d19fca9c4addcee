import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './harness.js';

/** Every page of the built site as a URL path (`/`, `/neuron/`, `/api/core/…/`), 404 excluded. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        out.push(`/${relative(distDir, dir)}/`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** A generated API reference page, in English at /api/ or as its English fallback at /ja/api/. */
function isApiPage(path: string): boolean {
  return /^\/(ja\/)?api\//.test(path);
}

/** The pages written by hand (not the generated API reference), in every language. */
export function writtenPages(): string[] {
  return builtPages().filter((p) => !isApiPage(p));
}
