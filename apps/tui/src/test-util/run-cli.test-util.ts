import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// the built binary (`pnpm run build` first; turbo's test task depends on build)
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/**
 * Runs the binary with `args` without blocking; resolves with its exit code and both outputs. It runs in an English
 * locale whatever the developer's is (the CLI's words follow LC_ALL, LC_MESSAGES and LANG), unless `locale` gives
 * other values of those variables.
 */
export function runCli(
  args: readonly string[],
  cwd?: string,
  locale: { LC_ALL?: string; LC_MESSAGES?: string; LANG?: string } = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...locale };
    const child = spawn(process.execPath, [cli, ...args], { env, ...(cwd === undefined ? {} : { cwd }) });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end();
  });
}
