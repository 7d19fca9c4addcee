import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLogs } from './log-sources.js';

describe('findLogs', () => {
  it('names a run by its directory for a writer’s generic file name, and by the file for a log named on its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'neuronlab-sources-'));
    const csv = 'epoch,loss\n0,1\n';
    writeFileSync(join(root, 'exp-a.csv'), csv);
    writeFileSync(join(root, 'exp-b.csv'), csv);
    mkdirSync(join(root, 'keras'));
    writeFileSync(join(root, 'keras', 'small.csv'), csv);
    writeFileSync(join(root, 'keras', 'large.csv'), csv);
    mkdirSync(join(root, 'lightning', 'version_0'), { recursive: true });
    writeFileSync(join(root, 'lightning', 'version_0', 'metrics.csv'), 'step,loss\n0,1\n');
    // two event files of one run: a job and its restart
    mkdirSync(join(root, 'tb'));
    writeFileSync(join(root, 'tb', 'events.out.tfevents.100.host'), '');
    writeFileSync(join(root, 'tb', 'events.out.tfevents.200.host'), '');
    const runs = findLogs([root]).map((l) => `${l.run} ${l.path.slice(root.length + 1)}`);
    expect(runs).toEqual([
      'exp-a exp-a.csv',
      'exp-b exp-b.csv',
      'keras/large keras/large.csv',
      'keras/small keras/small.csv',
      'lightning/version_0 lightning/version_0/metrics.csv',
      'tb tb/events.out.tfevents.100.host',
      'tb tb/events.out.tfevents.200.host',
    ]);
  });
});
