import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResults } from './report.js';
import { writeResults } from './write-results.js';

function results(mode: 'full' | 'quick'): BenchResults {
  return { generatedAt: '2026-01-01T00:00:00.000Z', mode, machine: { cpu: 'test' }, cases: [] };
}

describe('writeResults', () => {
  // a fake repository: <root>/packages/bench is the package folder, the docs copy lands in <root>/apps/docs
  const root = () => mkdtempSync(join(tmpdir(), 'bench-results-'));

  it('publishes a complete full run to latest.json and to the docs data file', () => {
    const r = root();
    const paths = writeResults(results('full'), true, join(r, 'packages/bench'));
    expect(paths).toEqual([
      join(r, 'packages/bench/results/latest.json'),
      join(r, 'apps/docs/src/data/bench-results.json'),
    ]);
    expect(JSON.parse(readFileSync(paths[1]!, 'utf8')).mode).toBe('full');
  });

  it('keeps quick and partial runs out of the published files', () => {
    const r = root();
    expect(writeResults(results('quick'), true, join(r, 'packages/bench'))).toEqual([
      join(r, 'packages/bench/.tmp/quick.json'),
    ]);
    expect(writeResults(results('full'), false, join(r, 'packages/bench'))).toEqual([
      join(r, 'packages/bench/.tmp/partial.json'),
    ]);
  });
});
