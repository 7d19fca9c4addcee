#!/usr/bin/env node
// The two quick-start commands: `npm start` and `npm test`.
// Both bootstrap the pinned pnpm (corepack is not relied on), install, build, then start the dashboard or run
// every test. Only Node >= 20.19 and npm are assumed; tmux and Chromium for the end-to-end tests are installed
// with apt-get when possible, otherwise we stop with one line naming what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countReports, reportDirs } from './test-report.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const PNPM_VERSION = '10.34.9';
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function fail(message) {
  process.stderr.write(`neuronlab: ${message}\n`);
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old; neuronlab needs Node >= 20.19.`);
  }
}

/**
 * Returns the command that runs the pinned pnpm. A global pnpm of the right version is used as is; otherwise the
 * pinned version is installed once into .tools/ with npm and put first on PATH, because turbo starts each task
 * with whatever `pnpm` it finds on PATH.
 */
function pnpmCommand() {
  if (pnpmVersion('pnpm') === PNPM_VERSION) return ['pnpm'];
  const toolsDir = join(root, '.tools');
  const binDir = join(toolsDir, 'node_modules', '.bin');
  if (pnpmVersion(join(binDir, 'pnpm')) !== PNPM_VERSION) {
    process.stderr.write(`neuronlab: installing pnpm ${PNPM_VERSION} into .tools/ (corepack is not relied on)\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolsDir, `pnpm@${PNPM_VERSION}`];
    if (run(npm, args) !== 0)
      fail(`npm could not install pnpm@${PNPM_VERSION}; check your connection to the npm registry.`);
  }
  env.PATH = `${binDir}${delimiter}${env.PATH ?? ''}`;
  return [join(binDir, 'pnpm')];
}

function pnpmVersion(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (r.error) fail(`could not run ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

function pnpm(args) {
  const [cmd, ...pre] = pnpmCommand();
  return run(cmd, [...pre, ...args]);
}

function has(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Makes sure tmux and Chromium exist; installs them with apt-get when we are root on Debian/Ubuntu. */
function ensureSystemTools() {
  const missing = [];
  if (!has('tmux', ['-V'])) missing.push('tmux');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && has('apt-get', ['--version'])) {
    process.stderr.write(`neuronlab: installing ${missing.join(' and ')} with apt-get for the end-to-end tests\n`);
    if (run('apt-get', ['update', '-qq']) !== 0 || run('apt-get', ['install', '-y', '-qq', ...missing]) !== 0) {
      fail(`apt-get could not install ${missing.join(', ')}; install them and run npm test again.`);
    }
    return;
  }
  fail(
    `the end-to-end tests need ${missing.join(' and ')}; install them (e.g. "sudo apt-get install -y ${missing.join(' ')}") and run npm test again.`,
  );
}

function install() {
  if (pnpm(['install', '--frozen-lockfile', '--reporter=append-only']) !== 0) fail('pnpm install failed (see above).');
}

function start(extra) {
  install();
  if (pnpm(['exec', 'turbo', 'run', 'build', '--filter=@neuronlab/tui...', '--output-logs=errors-only']) !== 0) {
    fail('the build failed (see above).');
  }
  const args = extra.length > 0 ? extra : ['train'];
  process.exit(run(process.execPath, [join(root, 'apps/tui/dist/cli.js'), ...args]));
}

function test() {
  ensureSystemTools();
  install();
  for (const dir of reportDirs(root)) rmSync(dir, { recursive: true, force: true });
  const status = pnpm([
    'exec',
    'turbo',
    'run',
    'build',
    'typecheck',
    'lint',
    'test',
    'e2e',
    '--continue',
    '--concurrency=2',
  ]);
  const { passed, failed, files } = countReports(root);
  process.stdout.write(`\nneuronlab: ${files} test reports, ${passed} passed, ${failed} failed\n`);
  if (status !== 0 || failed > 0 || passed === 0) process.exit(status || 1);
}

checkNode();
const [, , command, ...rest] = process.argv;
if (command === 'start') start(rest[0] === '--' ? rest.slice(1) : rest);
else if (command === 'test') test();
else fail(`unknown command "${command}"; use "start" or "test".`);
