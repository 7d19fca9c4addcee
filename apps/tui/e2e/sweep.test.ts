import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModelFile } from '@neuronlab/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, completeLines, killStarted, run, scratch, start } from './hostile-run.js';

afterEach(killStarted);

describe('neuronlab sweep', () => {
  it('gives each trial the events its recipe gives when trained alone, bit for bit, and ranks them at the end', async () => {
    const dir = scratch();
    const r = await run(
      ['sweep', '--json', '--lr', '1e-4,1e-3', '--seed', '1..2', '--epochs', '300', '--jobs', '2', '--log-dir', 'runs'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    const ranking = JSON.parse(lines.at(-1)!);
    expect(ranking.type).toBe('ranking');
    expect(ranking.trials).toHaveLength(4);
    // the tutorial's neuron learns fastest at the larger rate: both lr=1e-3 trials rank above both lr=1e-4 ones
    expect(ranking.trials.slice(0, 2).map((t: { settings: { lr: string } }) => t.settings.lr)).toEqual([
      '1e-3',
      '1e-3',
    ]);
    for (let trial = 1; trial <= 4; trial++) {
      const tag = `{"trial":${trial},`;
      const mine = lines.filter((l) => l.startsWith(tag)).map((l) => `{${l.slice(l.indexOf(',"type"') + 1)}`);
      const name = JSON.parse(lines.find((l) => l.startsWith(tag))!).name as string;
      const record = JSON.parse(readFileSync(join(dir, 'runs', name, 'recipe.json'), 'utf8'));
      const alone = await run(['train', '--json', ...record.args], { cwd: dir });
      expect(alone.code).toBe(0);
      expect(mine.join('\n')).toBe(alone.out.trim());
      expect(readFileSync(join(dir, 'runs', name, 'events.jsonl'), 'utf8')).toBe(alone.out);
    }
  });

  it('refuses a bad value in a list with one line naming the flag, exit 2, and trains nothing', async () => {
    const dir = scratch();
    const r = await run(['sweep', '--lr', '1e-4,-1', '--log-dir', 'runs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('--lr');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a grid of too many trials with one line that names the command once, exit 2, and trains nothing', async () => {
    const dir = scratch();
    const r = await run(['sweep', '--seed', '1..40', '--lr', '1e-5..1e-2:log30', '--log-dir', 'runs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('neuronlab sweep: the grid has 1200 trials, more than 1000. Use fewer values.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes whole lists as one value of --features and --activation, the values separated by ;', async () => {
    const dir = scratch();
    const args = ['sweep', '--dataset', 'spiral', '--features', 'x1,x2;x1,x2,x1^2', '--activation', 'relu,tanh'];
    const dry = await run([...args, '--dry-run', '--log-dir', 'runs'], { cwd: dir });
    expect(dry.code).toBe(0);
    const commands = dry.out.trim().split('\n');
    expect(commands).toHaveLength(2);
    expect(commands[0]).toContain('--features x1,x2 --activation relu,tanh ');
    expect(commands[0]).toMatch(/--run-name trial-1-features-x1\+x2$/);
    expect(commands[1]).toContain("--features 'x1,x2,x1^2' --activation relu,tanh ");
    expect(commands[1]).toMatch(/--run-name trial-2-features-x1\+x2\+x1_2$/);
    // one trial trains the three-feature network
    const r = await run([...args, '--epochs', '2', '--json', '--log-dir', 'runs'], { cwd: dir });
    expect(r.code).toBe(0);
    const start = JSON.parse(r.out.split('\n').find((l) => l.startsWith('{"trial":2,'))!);
    expect(start.params[0]).toMatchObject({ name: 'layers.0.weight', shape: [3, 16] });
    // the runs table tells the two apart by their features
    const table = await run(['runs', 'runs'], { cwd: dir });
    const rows = table.out.trim().split('\n').slice(1);
    expect(rows.map((row) => / features=(\S+) /.exec(row)?.[1])).toEqual(['x1,x2', 'x1,x2,x1^2']);
  });

  it('--dry-run prints one train command per trial, which GNU parallel runs into one directory that runs reads back', async () => {
    // fails loudly (not skipped) where parallel is missing: CI installs it (.ci/run)
    execFileSync('parallel', ['--version'], { stdio: 'ignore' });
    const dir = scratch();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'neuronlab'), `#!/bin/sh\nexec ${process.execPath} ${cli} "$@"\n`);
    chmodSync(join(bin, 'neuronlab'), 0o755);
    const dry = await run(
      ['sweep', '--lr', '1e-4,1e-3', '--optimizer', 'sgd,adam', '--epochs', '50', '--dry-run', '--log-dir', 'shared'],
      {
        cwd: dir,
      },
    );
    expect(dry.code).toBe(0);
    const commands = dry.out.trim().split('\n');
    expect(commands).toHaveLength(4);
    expect(commands.every((c) => c.startsWith('neuronlab train ') && c.includes('--log-dir shared'))).toBe(true);
    // the guide's example, as written there
    execFileSync(
      'sh',
      [
        '-c',
        'neuronlab sweep --lr 1e-4,1e-3 --optimizer sgd,adam --epochs 50 --dry-run --log-dir shared | parallel -j 2 > /dev/null',
      ],
      {
        cwd: dir,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      },
    );
    const table = await run(['runs', 'shared'], { cwd: dir });
    expect(table.code).toBe(0);
    const rows = table.out.trim().split('\n').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => / done /.test(row))).toBe(true);
    const names = readdirSync(join(dir, 'shared')).sort();
    const show = await run(['runs', 'show', names[0]!, '--log-dir', 'shared'], { cwd: dir });
    expect(show.out).toMatch(/^repeat {4}neuronlab train .*--epochs 50/m);
    const compare = await run(['runs', 'compare', names[0]!, names[3]!, '--log-dir', 'shared'], { cwd: dir });
    expect(compare.code).toBe(0);
    // the two differ in rate and optimizer: those are the settings the comparison shows
    expect(compare.out).toMatch(/optimizer=sgd lr=1e-4/);
    expect(compare.out).toMatch(/optimizer=adam lr=0\.001/);
  });

  it('a killed sweep leaves every finished trial complete and every running one readable', async () => {
    const dir = scratch();
    const r = start(['sweep', '--json', '--epochs', '200,10000000', '--jobs', '2', '--log-dir', 'runs'], { cwd: dir });
    await vi.waitUntil(
      () => /"trial":1,[^\n]*"type":"done"/.test(r.output.out) && r.output.out.split('\n').length > 400,
      {
        timeout: 30_000,
        interval: 20,
      },
    );
    r.child.kill('SIGKILL');
    await r.finished;
    const [finished, running] = readdirSync(join(dir, 'runs')).sort();
    const done = completeLines(join(dir, 'runs', finished!, 'events.jsonl'));
    expect(done.at(-1)).toMatchObject({ type: 'done', reason: 'completed', epochs: 200 });
    expect(() => parseModelFile(readFileSync(join(dir, 'runs', finished!, 'model.json'), 'utf8'))).not.toThrow();
    const partial = completeLines(join(dir, 'runs', running!, 'events.jsonl'));
    expect(partial[0]).toMatchObject({ type: 'start', epochs: 10000000 });
    expect(partial.slice(1).every((e) => e.type === 'progress')).toBe(true);
  });

  it('SIGTERM stops a sweep: every trial ends its log with a stop or a finish, exit 143', async () => {
    const dir = scratch();
    const r = start(['sweep', '--json', '--epochs', '10000000', '--seed', '1..3', '--jobs', '2', '--log-dir', 'runs'], {
      cwd: dir,
    });
    await vi.waitUntil(() => r.output.out.split('\n').length > 200, { timeout: 30_000, interval: 20 });
    r.child.kill('SIGTERM');
    const end = await r.finished;
    expect(end.code).toBe(143);
    expect(JSON.parse(end.out.trim().split('\n').at(-1)!).type).toBe('ranking');
    for (const name of readdirSync(join(dir, 'runs'))) {
      const events = completeLines(join(dir, 'runs', name, 'events.jsonl'));
      expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'aborted' });
    }
  });
});

describe('neuronlab runs, runs show and runs compare', () => {
  it('take runs by their directories from anywhere, list the runs here when there is no ./runs, and name in one line what is neither a run nor a known name', async () => {
    const dir = scratch();
    for (const lr of ['1e-4', '1e-3']) {
      const args = [
        'train',
        '--json',
        '--epochs',
        '5',
        '--lr',
        lr,
        '--log-dir',
        'logs/sweep-a',
        '--run-name',
        `lr${lr}`,
      ];
      expect((await run(args, { cwd: dir })).code).toBe(0);
    }
    // there is no ./runs here: the paths alone say where the runs are (a trailing slash, as a shell completes it)
    const show = await run(['runs', 'show', 'logs/sweep-a/lr1e-3/'], { cwd: dir });
    expect(show.code).toBe(0);
    expect(show.out).toMatch(/^run {7}logs\/sweep-a\/lr1e-3$/m);
    expect(show.out).toMatch(/^repeat {4}neuronlab train .*--lr 0\.001/m);
    const compare = await run(['runs', 'compare', 'logs/sweep-a/lr1e-4', 'logs/sweep-a/lr1e-3'], { cwd: dir });
    expect(compare.code).toBe(0);
    expect(compare.out).toMatch(/ lr=1e-4 /);
    expect(compare.out).toMatch(/ lr=0\.001 /);
    expect(compare.out.trim().split('\n').at(-1)).toMatch(
      /^best: trial [12], runs in logs\/sweep-a \(neuronlab runs logs\/sweep-a\)$/,
    );
    // a name from --log-dir and a path of a run elsewhere, together
    const mixed = await run(['runs', 'compare', 'lr1e-4', `${dir}/logs/sweep-a/lr1e-3`, '--log-dir', 'logs/sweep-a'], {
      cwd: dir,
    });
    expect(mixed.code).toBe(0);
    expect(mixed.out.trim().split('\n')).toHaveLength(4);
    // a classifier with a test split: both accuracies, each named, as both losses are
    const moons = ['train', '--json', '--dataset', 'moons', '--test-split', '0.25', '--epochs', '5'];
    expect((await run([...moons, '--log-dir', 'logs', '--run-name', 'moons'], { cwd: dir })).code).toBe(0);
    const classifier = await run(['runs', 'show', 'logs/moons'], { cwd: dir });
    expect(classifier.out).toMatch(/^loss {6}\S+, test \S+$/m);
    expect(classifier.out).toMatch(/^accuracy {2}\d+\.\d%, test \d+\.\d%$/m);
    // no directory named and no ./runs: the runs here, a sweep's directory of trials among them
    expect((await run(['sweep', '--lr', '1e-4,1e-3', '--epochs', '5', '--json'], { cwd: dir })).code).toBe(0);
    const here = await run(['runs'], { cwd: dir });
    expect(here.code).toBe(0);
    const names = here.out
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s+/)[0]);
    expect(names.filter((n) => /^sweep-[\d-]+\/trial-\d-lr1e-[34]$/.test(n!))).toHaveLength(2);
    expect(names).toContain('logs/moons');
    // a log directory is not a run
    const wrong = await run(['runs', 'show', 'logs/sweep-a'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.err.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^neuronlab runs show: no run "logs\/sweep-a": not a run's directory .*no log directory "runs"/,
      ),
    ]);
  });
});
