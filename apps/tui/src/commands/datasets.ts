import { parseNumber, SEED_RULE } from '@neuronlab/core';
import { DEFAULT_SEED, datasets, generateDataset } from '@neuronlab/data';
import { parseOption } from '@neuronlab/lab';
import { EXIT, reportError, usageError } from '../errors.js';
import { errorWords, terminalMessages } from '../i18n/messages.js';
import { en, type Messages } from '../i18n/messages-en.js';
import { AtomicFile } from '../io/atomic-write.js';
import { checkOutputPath } from '../io/output-path.js';
import { alignColumns, displayWidth, padEndToWidth } from '../text-width.js';

/**
 * The `neuronlab datasets` listing in `w`'s words: each generator with its task, description and options. Names,
 * flags, types and ranges are what the user types, the same in every language.
 */
export function datasetsText(w: Messages = en): string {
  const out: string[] = [];
  // the task column as wide as its widest word (10, `regression`, in English)
  const taskWidth = Math.max(10, ...Object.values(w.header.tasks).map(displayWidth));
  for (const g of Object.values(datasets)) {
    const words = w.datasets.generators[g.name]!;
    out.push(`${g.name.padEnd(14)} ${padEndToWidth(w.header.tasks[g.task], taskWidth)} ${words.description}`);
    // a generator's options in aligned columns: flag, default, allowed range, what it sets
    const rows = Object.entries(g.options).map(([name, spec]) => [
      `--option ${name}=<${spec.type}>`,
      w.datasets.default(String(spec.default)),
      spec.min !== undefined || spec.max !== undefined ? `[${spec.min ?? '…'}, ${spec.max ?? '…'}]` : '',
      words.options[name]!,
    ]);
    for (const line of alignColumns(rows)) out.push(`${''.padEnd(16)}${line}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Writes the CSV chunk by chunk, letting the event loop turn between chunks: a large export takes a while, and a
 * signal heard meanwhile ends the process at once, its temporary file removed on the way out (see atomic-write.ts).
 */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const file = AtomicFile.open(path, '--out');
  try {
    for (const chunk of chunks) {
      file.write(chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
    file.commit();
  } finally {
    file.discard();
  }
}

/** Options of `datasets export`. */
export interface ExportOptions {
  readonly out?: string;
  readonly option?: readonly string[];
  readonly seed?: string;
  readonly debug?: boolean;
}

/** `neuronlab datasets export <name> --out <file.csv>`: writes a generated dataset as CSV, atomically. */
export async function exportCommand(name: string, o: ExportOptions): Promise<number> {
  try {
    if (!o.out) throw usageError('datasetsNeedOut');
    checkOutputPath('--out', o.out);
    if (!Object.hasOwn(datasets, name)) {
      throw usageError('unknownDataset', JSON.stringify(name), Object.keys(datasets));
    }
    const seed = o.seed === undefined ? DEFAULT_SEED : parseNumber('--seed', o.seed, SEED_RULE);
    const ds = generateDataset(name, Object.fromEntries((o.option ?? []).map(parseOption)), seed);
    // imported here: listing the datasets needs no CSV writer
    const { formatCsvChunks } = await import('@neuronlab/data/csv');
    await writeChunks(o.out, formatCsvChunks(ds));
    process.stderr.write(`${terminalMessages().wrote.dataset(String(ds.n), name, o.out)}\n`);
    return EXIT.ok;
  } catch (error) {
    // a bad name, option or path is exit 2; a write that failed part way (a full disk) is exit 1
    return reportError('neuronlab datasets export', error, o.debug ?? false, undefined, errorWords(undefined, false));
  }
}
