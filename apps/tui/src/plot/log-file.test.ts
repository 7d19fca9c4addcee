import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LogFile, type LogRead, NotALogError } from './log-file.js';

const dir = mkdtempSync(join(tmpdir(), 'neuronlab-logfile-'));
let n = 0;
const fresh = (name: string, text: string) => {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, text);
  return path;
};
const values = (r: LogRead) => r.scalars.values;

describe('LogFile', () => {
  it('reads only what was appended since the last read, and holds a line until its newline arrives', () => {
    const path = fresh('metrics.csv', 'epoch,loss\n0,1.0\n1,0.');
    const f = new LogFile(path, 'run');
    expect(values(f.read())).toEqual([1]);
    appendFileSync(path, '5\n2,0.25\n');
    expect(values(f.read())).toEqual([0.5, 0.25]);
    expect(values(f.read())).toEqual([]);
  });

  it('starts over from the top when the file shrinks (truncated and rewritten)', () => {
    const path = fresh('metrics.csv', 'epoch,loss\n0,1.0\n1,0.5\n');
    const f = new LogFile(path, 'run');
    f.read();
    writeFileSync(path, 'epoch,loss\n0,9\n');
    const r = f.read();
    expect(r.reset).toBe(true);
    expect(values(r)).toEqual([9]);
  });

  it('starts over when the path is replaced by another file (a rewrite by rename)', () => {
    const path = fresh('metrics.csv', 'epoch,loss\n0,1.0\n');
    const f = new LogFile(path, 'run');
    f.read();
    const other = `${path}.new`;
    writeFileSync(other, 'epoch,loss\n0,7\n1,6\n');
    renameSync(other, path);
    const r = f.read();
    expect(r.reset).toBe(true);
    expect(values(r)).toEqual([7, 6]);
  });

  it('starts over when the file is rewritten in place and grows, as Lightning does when a new metric appears', () => {
    // Lightning's CSVLogger rewrites metrics.csv under a wider header (columns sorted by name) when a row brings a key
    // it has not written yet, such as the first val_loss: the same file, longer than before
    const path = fresh('metrics.csv', 'epoch,step,train_loss\n0,49,0.9\n0,99,0.8\n');
    const f = new LogFile(path, 'run');
    expect(values(f.read())).toEqual([0.9, 0.8]);
    writeFileSync(path, 'epoch,step,train_loss,val_loss\n0,49,0.9,\n0,99,0.8,\n0,99,,0.85\n1,149,0.7,\n');
    const r = f.read();
    expect(r.reset).toBe(true);
    expect(r.scalars.series).toEqual(['train_loss', 'train_loss', 'val_loss', 'train_loss']);
    expect(values(r)).toEqual([0.9, 0.8, 0.85, 0.7]);
    expect(f.corrupt).toBe(0);
    // appends after it are read as appends
    appendFileSync(path, '1,199,0.6,\n');
    const next = f.read();
    expect([next.reset, values(next)]).toEqual([false, [0.6]]);
  });

  it('starts over when a rewrite keeps the header but changes the lines already read', () => {
    const path = fresh('metrics.csv', 'epoch,loss\n0,1.5\n1,1.25\n');
    const f = new LogFile(path, 'run');
    f.read();
    // a new run of the same job writing the file again from its first epoch, already past where the old one ended
    writeFileSync(path, 'epoch,loss\n0,2.5\n1,2.25\n2,2.125\n');
    const r = f.read();
    expect(r.reset).toBe(true);
    expect(values(r)).toEqual([2.5, 2.25, 2.125]);
  });

  it('counts corrupt lines and parses a last line without newline only when told the log has ended', () => {
    const path = fresh('metrics.csv', 'epoch,loss\n0,1.0\n1,garbage\n2,0.5');
    const f = new LogFile(path, 'run');
    expect(values(f.read())).toEqual([1]);
    expect(f.corrupt).toBe(1);
    expect(values(f.read(undefined, true))).toEqual([0.5]);
    expect(values(f.read(undefined, true))).toEqual([]);
  });

  it('keeps a character whole when a read ends inside its bytes', () => {
    // 'ä' and '損' take two and three bytes in UTF-8; reads of 3 bytes cut through both
    const f = new LogFile(fresh('metrics.csv', 'epoch,verlust_ä,損失\n0,1.5,2.5\n1,0.5,0.25\n'), 'run');
    const series: string[] = [];
    for (let r = f.read(3); ; r = f.read(3)) {
      series.push(...r.scalars.series);
      if (!r.more) break;
    }
    expect(series).toEqual(['verlust_ä', '損失', 'verlust_ä', '損失']);
  });

  it('reads in slices of the given size and says when more is waiting', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${i},${i / 1000}`).join('\n');
    const f = new LogFile(fresh('metrics.csv', `epoch,loss\n${rows}\n`), 'run');
    const first = f.read(100);
    expect(first.more).toBe(true);
    let total = first.scalars.length;
    for (let r = f.read(100); ; r = f.read(100)) {
      total += r.scalars.length;
      if (!r.more) break;
    }
    expect(total).toBe(1000);
  });

  it('reads every record of a TensorBoard file far larger than one read, however its records fall across reads', () => {
    const run = fileURLToPath(new URL('../../test-data/logs/tb/lr-0.1/', import.meta.url));
    const one = readFileSync(join(run, readdirSync(run)[0]!));
    const once = new LogFile(join(run, readdirSync(run)[0]!), 'run').read(undefined, true).scalars.values;
    // a SummaryWriter's file written 40 times over: about 270 KB of whole records, most of them across a read's end
    const f = new LogFile(fresh('events.out.tfevents.1.host', ''), 'run');
    writeFileSync(f.path, Buffer.concat(Array.from({ length: 40 }, () => one)));
    const values: number[] = [];
    for (let r = f.read(undefined, true); ; r = f.read(undefined, true)) {
      values.push(...r.scalars.values);
      if (!r.more) break;
    }
    expect(f.corrupt).toBe(0);
    expect(values).toEqual(Array.from({ length: 40 }, () => once).flat());
  });

  it('refuses a file that is no log, and a CSV named file without a step or epoch column, with NotALogError', () => {
    expect(() => new LogFile(fresh('notes.txt', 'hello world\n'), 'r').read(undefined, true)).toThrow(NotALogError);
    expect(() => new LogFile(fresh('data.csv', 'celsius,fahrenheit\n1,2\n'), 'r').read()).toThrow(
      /is not a CSV with a step or epoch column/,
    );
    expect(() => new LogFile(fresh('events.jsonl', 'epoch,loss\n'), 'r').read()).toThrow(NotALogError);
  });

  it('tells a CSV log without the .csv name by its header', () => {
    const f = new LogFile(fresh('training.log', 'epoch,loss\n0,2\n'), 'r');
    expect(values(f.read())).toEqual([2]);
    expect(f.format).toBe('csv');
  });

  it('refuses a FIFO without blocking on it', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect(() => new LogFile(fifo, 'r').read()).toThrow(
      /^log ".*pipe.csv" is a FIFO \(named pipe\), not a regular file/,
    );
  });
});
