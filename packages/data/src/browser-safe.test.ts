import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SPECIFIER = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)|^import\s+'([^']+)'/gm;

/** Every bare (package) specifier reachable from `entry` through relative imports. */
function packagesReachedFrom(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const spec = (match[1] ?? match[2] ?? match[3])!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...seen], packages };
}

const builtinsIn = (packages: Set<string>) =>
  [...packages].filter((p) => p.startsWith('node:') || builtinModules.includes(p.split('/')[0]!));

describe('the main entry', () => {
  it('reaches no Node built-in module and no CSV parser, so it runs in browsers and trains without papaparse', () => {
    const { files, packages } = packagesReachedFrom(fileURLToPath(new URL('./index.ts', import.meta.url)));
    expect(files.length).toBeGreaterThan(20);
    expect(builtinsIn(packages)).toEqual([]);
    expect([...packages].sort()).toEqual(['@neuronlab/core']);
  });

  it('is not where the Node entry lives: that one is reached only through @neuronlab/data/node', () => {
    const { files } = packagesReachedFrom(fileURLToPath(new URL('./index.ts', import.meta.url)));
    expect(files.some((f) => f.includes(`${join('src', 'node')}`))).toBe(false);
  });
});

describe('the CSV entry', () => {
  it('reaches no Node built-in module either: a page parses an uploaded CSV with it', () => {
    const { files, packages } = packagesReachedFrom(fileURLToPath(new URL('./csv/index.ts', import.meta.url)));
    expect(files.length).toBeGreaterThan(5);
    expect(builtinsIn(packages)).toEqual([]);
    expect([...packages].sort()).toEqual(['@neuronlab/core', 'papaparse']);
  });
});
