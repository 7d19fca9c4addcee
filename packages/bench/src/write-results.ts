/**
 * Writes the results JSON: results/latest.json and the copy the docs render (complete full runs), or an untracked
 * .tmp/quick.json or .tmp/partial.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResults } from './report.js';

/** This package's folder (dist/.. or src/..). */
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Saves the results and returns the paths written. Only a complete full run (every case) replaces latest.json and
 * the docs copy, so a partial or quick run never publishes half a table. `packageDir` is for tests.
 */
export function writeResults(results: BenchResults, complete: boolean, packageDir = PACKAGE_DIR): string[] {
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const publish = results.mode === 'full' && complete;
  const paths = publish
    ? [join(packageDir, 'results/latest.json'), join(packageDir, '../../apps/docs/src/data/bench-results.json')]
    : [join(packageDir, `.tmp/${results.mode === 'quick' ? 'quick' : 'partial'}.json`)];
  for (const path of paths) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return paths;
}
