import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Whether importing `entry` in a fresh Node loads papaparse (a CommonJS module: it lands in require's cache). */
async function loadsPapaparse(entry: string): Promise<boolean> {
  const code = `
    import { createRequire } from 'node:module';
    await import(${JSON.stringify(entry)});
    const cache = createRequire(import.meta.url).cache;
    console.log(JSON.stringify(Object.keys(cache).some((path) => path.includes('papaparse'))));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: packageDir });
  return JSON.parse(stdout) as boolean;
}

describe('@neuronlab/data entry points', () => {
  // a training thread imports the main entry; the CSV parser is for whoever reads CSV
  it('load the CSV parser only where CSV is read or written: /csv and /node, not the main entry', async () => {
    const [main, csv, node] = await Promise.all(
      ['@neuronlab/data', '@neuronlab/data/csv', '@neuronlab/data/node'].map(loadsPapaparse),
    );
    expect({ main, csv, node }).toEqual({ main: false, csv: true, node: true });
  });
});
