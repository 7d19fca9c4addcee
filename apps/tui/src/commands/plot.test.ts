import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../test-util/run-cli.test-util.js';

// These run the built binary (`pnpm run build` first; turbo's test task depends on build)
const LOGS = fileURLToPath(new URL('../../test-data/logs/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-plot-'));

const run = (args: string[]) => runCli(['plot', ...args], { cwd: dir, env: { NO_COLOR: '1' } });
/** `plot` in a Japanese terminal. */
const runJa = (args: string[]) => runCli(['plot', ...args], { cwd: dir, env: { NO_COLOR: '1', LANG: 'ja_JP.UTF-8' } });

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// each test starts the real binary; a busy 2-core machine needs more than a unit test's 10 s
describe.concurrent('neuronlab plot', { timeout: 60_000 }, () => {
  it('prints the points of a log as JSON lines with run, series, step and value, picked with --series', async () => {
    const r = await run([`${LOGS}lightning/version_0/metrics.csv`, '--json', '--series', 'val_loss']);
    expect(r.code).toBe(0);
    const points = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(points).toEqual([
      { run: 'version_0', series: 'val_loss', step: 3, value: 0.5 },
      { run: 'version_0', series: 'val_loss', step: 7, value: 0.25 },
      { run: 'version_0', series: 'val_loss', step: 11, value: 0.5 / 3 },
    ]);
  });

  it('refuses a --series no log holds, naming the ones they have, after the points and charts of the others', async () => {
    const csv = `${LOGS}lightning/version_0/metrics.csv`;
    const [json, screen] = await Promise.all([
      run([csv, '--json', '--series', 'val_los,val_loss']),
      run([csv, '--series', 'val_los']),
    ]);
    const line =
      'neuronlab plot: --series names val_los, which no log holds; the logs have train_loss, val_loss. Pick from those.\n';
    expect([json.code, json.err]).toEqual([2, line]);
    // the series that is there is printed all the same
    expect(json.out.trim().split('\n')).toHaveLength(3);
    expect([screen.code, screen.err]).toEqual([2, line]);
    expect(screen.out).toContain('no val_los in the logs so far; they have train_loss, val_loss');
  });

  it('stops following when the reader of --json has gone, at the next point it would print', async () => {
    const log = write('gone.csv', 'epoch,loss\n1,0.5\n');
    const child = spawn(process.execPath, [cliPath, 'plot', log, '--json', '--follow'], { cwd: dir });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // `neuronlab plot --json --follow … | head -1`: the reader takes the first point and leaves
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    appendFileSync(log, '2,0.25\n');
    expect(await closed).toBe(0);
  });

  it('adds wallTime when the log has it (TensorBoard)', async () => {
    const r = await run([`${LOGS}tb/lr-0.1`, '--json', '--series', 'loss']);
    const first = JSON.parse(r.out.split('\n')[0]!);
    expect(Object.keys(first)).toEqual(['run', 'series', 'step', 'value', 'wallTime']);
  });

  it('skips corrupt lines and says how many in one line on stderr, exit 0', async () => {
    const path = write('bad.csv', 'epoch,loss\n0,1\n1,??\n2,0.5,7\n3,0.25\n');
    const r = await run([path, '--json']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toBe(`neuronlab plot: skipped 2 corrupt lines or records (${path}: 2).\n`);
  });

  it('says in one line that a file is no training log, and exits 2', async () => {
    const path = write('celsius.csv', 'celsius,fahrenheit\n0,32\n');
    for (const args of [[path], [path, '--json']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^neuronlab plot: ".*celsius.csv" is not a CSV with a step or epoch column\. Give .*\n$/);
      expect(r.out).toBe('');
    }
  });

  it('says in one line that a path does not exist, and exits 2', async () => {
    const r = await run(['no-such-dir', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('neuronlab plot: "no-such-dir" does not exist. Give a log file or a directory of runs.\n');
  });

  it('says in one line that a directory holds no log (none there, or only files that are none), and exits 2', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const notes = mkdtempSync(join(dir, 'notes-'));
    writeFileSync(join(notes, 'metrics.csv'), 'celsius,fahrenheit\n0,32\n');
    for (const where of [empty, notes]) {
      for (const args of [[where], [where, '--json']]) {
        const r = await run(args);
        expect(r.code).toBe(2);
        expect(r.err).toBe(
          `neuronlab plot: no training log in ${JSON.stringify(where)}. Give a directory holding neuronlab runs, CSV logs with a step or epoch column or TensorBoard event files, or add --follow to wait for one.\n`,
        );
        expect(r.out).toBe('');
      }
    }
  });

  it('draws a chart per series with the runs in a legend when stdout is no terminal', async () => {
    const r = await run([`${LOGS}tb`, '--series', 'loss,lr']);
    expect(r.code).toBe(0);
    // run with NO_COLOR: the legend numbers the lines, as each line's end does on the charts
    expect(r.out).toMatch(/1 lr-0\.01 {2}2 lr-0\.1/);
    expect(r.out).toMatch(/│ loss/);
    expect(r.out).toMatch(/│ lr/);
    expect(r.out).not.toMatch(/grad_norm/);
  });

  it('draws its words in Japanese in a Japanese terminal, and in English again with --lang en', async () => {
    const [ja, en] = await Promise.all([runJa([`${LOGS}tb`]), runJa([`${LOGS}tb`, '--lang', 'en'])]);
    expect(ja.code).toBe(0);
    expect(ja.out).toContain('表示していない系列: lr (--series で選択)');
    expect(ja.out).toMatch(/2 ファイル · q 終了\n*$/);
    expect(en.out).toContain('not shown: lr (pick with --series)');
    expect(en.out).toMatch(/2 files · q quit\n*$/);
  });

  it('says what it skipped in Japanese under the screen, and in English under --json', async () => {
    const path = write('bad-ja.csv', 'epoch,loss\n0,1\n1,??\n2,0.5\n');
    const [screen, json] = await Promise.all([runJa([path]), runJa([path, '--json'])]);
    expect(screen.code).toBe(0);
    expect(screen.out).toContain('1 ファイル · 壊れた行・レコード 1 件を読み飛ばし · q 終了');
    expect(screen.err).toBe(`neuronlab plot: 壊れた行またはレコード 1 件を読み飛ばしました (${path}: 1)。\n`);
    expect(json.code).toBe(0);
    expect(json.err).toBe(`neuronlab plot: skipped 1 corrupt line or record (${path}: 1).\n`);
  });

  it('frames its error lines in Japanese in a Japanese terminal, but not under --json', async () => {
    const notes = write('notes-ja.csv', 'celsius,fahrenheit\n0,32\n');
    const [missing, missingJson, notALog, badLang] = await Promise.all([
      runJa(['no-such-dir']),
      runJa(['no-such-dir', '--json']),
      runJa([notes]),
      runJa(['no-such-dir', '--lang', 'fr']),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      'neuronlab plot: "no-such-dir" がありません。ログファイルか、実行のディレクトリを指定してください。\n',
    );
    expect(missingJson.err).toBe(
      'neuronlab plot: "no-such-dir" does not exist. Give a log file or a directory of runs.\n',
    );
    expect(notALog.code).toBe(2);
    expect(notALog.err).toMatch(
      /^neuronlab plot: ".*notes-ja\.csv" は「step か epoch の列を持つ CSV」ではありません。/,
    );
    expect(badLang.code).toBe(2);
    // a bad --lang is worded in the terminal's language: the one the line is about is not a language it can use
    expect(badLang.err).toBe('neuronlab plot: --lang の値が正しくありません: "fr"。許される値: en, ja のいずれか。\n');
  });
});
