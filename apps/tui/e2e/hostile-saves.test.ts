import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseModelFile } from '@neuronlab/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { killStarted, NOBODY, requireUnprivilegedRunner, run, scratch, start } from './hostile-run.js';

afterEach(killStarted);

/** The kinds of file system entry a save must never replace, made in `dir`; each returns its name. */
const hostileTargets: Record<string, (dir: string) => Promise<string> | string> = {
  'a character device (a copy of /dev/null)': (dir) => {
    execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    return 'null';
  },
  'a character device (a copy of /dev/full)': (dir) => {
    execFileSync('mknod', [join(dir, 'full'), 'c', '1', '7']);
    return 'full';
  },
  'a FIFO': (dir) => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    return 'fifo';
  },
  'a socket': (dir) =>
    new Promise((resolve) => {
      const server = createServer().listen(join(dir, 'sock'), () => {
        // closing the server would remove the socket file; unref keeps it without holding the test open
        server.unref();
        resolve('sock');
      });
    }),
  'a symbolic link to /dev/null': (dir) => {
    symlinkSync('/dev/null', join(dir, 'link'));
    return 'link';
  },
  'a symbolic link to nothing': (dir) => {
    symlinkSync('missing-target', join(dir, 'dangling'));
    return 'dangling';
  },
  'a directory': (dir) => {
    mkdirSync(join(dir, 'sub'));
    return 'sub';
  },
};

/** What lstat says an entry is, to check it was left alone. */
function kind(path: string): string {
  const s = lstatSync(path);
  return s.isCharacterDevice()
    ? 'char'
    : s.isFIFO()
      ? 'fifo'
      : s.isSocket()
        ? 'socket'
        : s.isSymbolicLink()
          ? 'link'
          : s.isDirectory()
            ? 'dir'
            : 'file';
}

/** The case's one error line: no stack, no temporary file name, no rename error. */
function expectOneLine(err: string, pattern: RegExp): void {
  expect(err).toMatch(pattern);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\.tmp|rename| {4}at /);
}

beforeAll(() => requireUnprivilegedRunner());

describe('a save replaces only a regular file, checked before training', () => {
  for (const [name, make] of Object.entries(hostileTargets)) {
    for (const uid of [undefined, NOBODY]) {
      const who = uid === undefined ? 'as root' : 'as an unprivileged user';
      it(`refuses --save onto ${name} ${who} with one line and exit 2, leaving it as it was`, async () => {
        const dir = scratch();
        const target = await make(dir);
        const before = kind(join(dir, target));
        const r = await run(['train', '--epochs', '100000', '--save', target], { cwd: dir, uid });
        expect(r.code).toBe(2);
        expectOneLine(r.err, new RegExp(`--save (must name a file|"${target}" is)`));
        expect(r.out).toBe('');
        expect(kind(join(dir, target))).toBe(before);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      });
    }
    it(`refuses datasets export --out onto ${name} with one line and exit 2`, async () => {
      const dir = scratch();
      const target = await make(dir);
      const before = kind(join(dir, target));
      const r = await run(['datasets', 'export', 'spiral', '--out', target], { cwd: dir });
      expect(r.code).toBe(2);
      expectOneLine(r.err, new RegExp(`--out (must name a file|"${target}" is)`));
      expect(kind(join(dir, target))).toBe(before);
    });
  }

  it('follows a symbolic link to a regular file and keeps the link', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    const r = await run(['train', '--epochs', '10', '--save', 'link.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(kind(join(dir, 'link.json'))).toBe('link');
    expect(parseModelFile(readFileSync(join(dir, 'real.json'), 'utf8')).architecture.kind).toBe('neuron');
  });
});

describe('a save never overwrites what the run reads', () => {
  const cases: [string, (dir: string) => string][] = [
    ['the same name', () => 'd.csv'],
    [
      'a hard link',
      (dir) => {
        linkSync(join(dir, 'd.csv'), join(dir, 'hard.csv'));
        return 'hard.csv';
      },
    ],
    [
      'a symbolic link',
      (dir) => {
        symlinkSync('d.csv', join(dir, 'sym.csv'));
        return 'sym.csv';
      },
    ],
    ['a path spelled differently', () => './sub/../d.csv'],
  ];
  it.each(cases)('refuses --save onto the --data file by %s, exit 2, the data unchanged', async (_, name) => {
    const dir = scratch();
    mkdirSync(join(dir, 'sub'));
    expect((await run(['datasets', 'export', 'celsius', '--out', 'd.csv'], { cwd: dir })).code).toBe(0);
    const data = readFileSync(join(dir, 'd.csv'), 'utf8');
    const r = await run(['train', '--data', 'd.csv', '--save', name(dir)], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLine(r.err, /is the same file as --data "d\.csv".*Choose another --save path/);
    expect(r.out).toBe('');
    expect(readFileSync(join(dir, 'd.csv'), 'utf8')).toBe(data);
  });

  it('refuses --save onto the --init file (also through a hard link), exit 2, the model unchanged', async () => {
    const dir = scratch();
    expect((await run(['train', '--epochs', '10', '--save', 'm.json'], { cwd: dir })).code).toBe(0);
    linkSync(join(dir, 'm.json'), join(dir, 'm2.json'));
    const model = readFileSync(join(dir, 'm.json'), 'utf8');
    for (const save of ['m.json', 'm2.json']) {
      const r = await run(['train', '--init', 'm.json', '--save', save], { cwd: dir });
      expect(r.code).toBe(2);
      expectOneLine(r.err, /is the same file as --init "m\.json".*Choose another --save path/);
    }
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toBe(model);
  });
});

describe('an unusable save path is found before training, in the user’s words', () => {
  it.each([
    ['', /--save needs a file name, got ""/],
    ['m.json/', /--save must name a file, got "m\.json\/" \(ends with \/\)/],
    ['missing-dir/m.json', /--save needs an existing directory/],
  ])('refuses --save %j with one line and exit 2', async (save, pattern) => {
    const dir = scratch();
    const r = await run(['train', '--epochs', '100000', '--save', save], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLine(r.err, pattern);
    expect(r.out).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a directory the user cannot write (run as an unprivileged user) before training', async () => {
    const dir = scratch(); // owned by root, mode 0755
    const r = await run(['train', '--epochs', '100000', '--save', 'm.json'], { cwd: dir, uid: NOBODY });
    expect(r.code).toBe(2);
    expectOneLine(r.err, new RegExp(`--save cannot create files in "${dir}" \\(EACCES\\)`));
    expect(r.out).toBe('');
    const e = await run(['datasets', 'export', 'spiral', '--out', 'd.csv'], { cwd: dir, uid: NOBODY });
    expect(e.code).toBe(2);
    expectOneLine(e.err, /--out cannot create files in/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves as an unprivileged user where that user may write', async () => {
    const dir = scratch();
    execFileSync('chown', [`${NOBODY}:${NOBODY}`, dir]);
    const r = await run(['train', '--epochs', '10', '--save', 'm.json'], { cwd: dir, uid: NOBODY });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'm.json')).uid).toBe(NOBODY);
  });
});

describe('a closed or full stdout', () => {
  it('ends a --json run quietly with exit 0 when the reader closes the pipe, and still saves', async () => {
    const dir = scratch();
    const r = start(['train', '--json', '--epochs', '1000000', '--report-every', '1', '--save', 'm.json'], {
      cwd: dir,
      input: '',
    });
    // wait for the first line
    await vi.waitUntil(() => r.output.out.includes('\n'), { timeout: 30_000, interval: 10 });
    r.child.stdout?.destroy(); // as `| head -1` does once it has its line
    const end = await r.finished;
    expect(end.code).toBe(0);
    expect(end.err).toBe('');
    expect(parseModelFile(readFileSync(join(dir, 'm.json'), 'utf8')).architecture.kind).toBe('neuron');
  });

  it.each([
    ['--json', ['--json']],
    ['plain', []],
  ])('ends a %s run on a full stdout (/dev/full) with one line and exit 1, and still saves', async (_, mode) => {
    const dir = scratch();
    const full = openSync('/dev/full', 'w');
    try {
      const r = await run(['train', ...mode, '--epochs', '2000', '--report-every', '1', '--save', 'm.json'], {
        cwd: dir,
        stdout: full,
      });
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^neuronlab: cannot write to stdout: no space left on device \(ENOSPC\)\.$/m);
      expect(r.err).not.toMatch(/ {4}at /);
      expect(existsSync(join(dir, 'm.json'))).toBe(true);
    } finally {
      closeSync(full);
    }
  });
});

describe('a diverged run saves nothing, in every output mode', () => {
  it.each([
    ['--json', ['--json']],
    ['plain', []],
  ])('%s: exit 1, the diagnosis, and no file', async (name, mode) => {
    const dir = scratch();
    const r = await run(['train', ...mode, '--lr', '1.3e-3', '--save', 'm.json'], { cwd: dir });
    expect(r.code).toBe(1);
    const diagnosis = /train: the loss diverged at epoch \d+/;
    if (name === '--json') expect(JSON.parse(r.out.trim().split('\n').at(-1) ?? '{}').message).toMatch(diagnosis);
    else expect(r.err).toMatch(diagnosis);
    expect(readdirSync(dir)).toEqual([]);
  });
});
