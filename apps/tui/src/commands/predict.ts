import { parseNumber, quote } from '@neuronlab/core';
import { invertNormalizer } from '@neuronlab/data';
import { predictRaw } from '@neuronlab/lab';
import { reportError, UsageError } from '../errors.js';
import { type LoadedModel, loadModel } from '../io/model-io.js';

/** Longest input line read from stdin: stdin may never end (`< /dev/zero`), so a line is bounded like a CSV row. */
const MAX_INPUT_LINE = 1 << 20;
/** Input lines predicted and printed together when they come from stdin. */
const BATCH_LINES = 4096;

/** Input rows to predict, and what to call row i in an error (`input 3`, `stdin line 7`). */
interface InputRows {
  readonly texts: readonly string[];
  readonly name: (i: number) => string;
}

/** The rows given as arguments, named by their place among them. */
function argumentRows(texts: readonly string[]): InputRows {
  return { texts, name: (i) => `input ${i + 1}` };
}

/** Parses input rows: `x` for one input, `x1,x2` for several; each value a finite number. */
function parseInputs(rows: InputRows, inputDim: number): Float64Array {
  const x = new Float64Array(rows.texts.length * inputDim);
  rows.texts.forEach((t, i) => {
    const parts = t.split(',');
    if (parts.length !== inputDim) {
      const what = inputDim === 1 ? 'one number' : `${inputDim} numbers separated by commas`;
      const example = inputDim === 1 ? '36.6' : Array(inputDim).fill('0.5').join(',');
      throw new UsageError(
        `${rows.name(i)} must be ${what}, got ${quote(t)}: the model takes ${inputDim} input${inputDim === 1 ? '' : 's'}. Give inputs such as ${example}.`,
      );
    }
    parts.forEach((p, j) => {
      x[i * inputDim + j] = parseNumber(rows.name(i), p, { hint: 'Pass numbers such as 36.6.' });
    });
  });
  return x;
}

/** A prediction that is not a finite number: the model cannot answer for this input (exit 1, nothing printed for it). */
class NonFiniteOutputError extends Error {
  override name = 'NonFiniteOutputError';
}

/**
 * One output line per input row, in the data's units: inputs normalized as in training, the model's outputs mapped
 * back through the target normalization. Never a NaN or an Infinity: that is a NonFiniteOutputError instead.
 */
function predictLines(loaded: LoadedModel, rows: InputRows): string[] {
  const { texts } = rows;
  // a model trained on features (x1², sin x1, …) takes the two raw inputs they are made from
  const raw = parseInputs(rows, loaded.features ? 2 : loaded.model.inputDim);
  const out = predictRaw(loaded.model, loaded, raw, texts.length);
  const y = loaded.targets ? invertNormalizer(loaded.targets, out) : out;
  const k = loaded.model.outputDim;
  const bad = y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    const row = Math.floor(bad / k);
    throw new NonFiniteOutputError(
      `the model gives ${y[bad]} for ${rows.name(row)} (${quote(texts[row]!)}): its numbers overflow there. ` +
        'Give inputs in the range of the training data.',
    );
  }
  return texts.map((_, i) => Array.from(y.subarray(i * k, (i + 1) * k), String).join(','));
}

/** Input lines from stdin with their line numbers, blank lines skipped, each cut from its chunk once (no re-scan). */
async function* stdinLines(): AsyncGenerator<{ text: string; line: number }> {
  process.stdin.setEncoding('utf8');
  let held = '';
  let count = 0;
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const line = (held + chunk.slice(start, nl)).replace(/\r$/, '');
      held = '';
      start = nl + 1;
      count++;
      if (line.trim() !== '') yield { text: line, line: count };
    }
    held += chunk.slice(start);
    if (held.length > MAX_INPUT_LINE) {
      throw new UsageError(
        `stdin line ${count + 1} is longer than ${MAX_INPUT_LINE} characters, got ${quote(held)}. Give one input per line.`,
      );
    }
  }
  if (held.trim() !== '') yield { text: held, line: count + 1 };
}

/** Predicts stdin's lines in batches, printing each batch as it is done; returns how many lines were read. */
async function predictStdin(loaded: LoadedModel): Promise<number> {
  let batch: Array<{ text: string; line: number }> = [];
  let done = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const rows = batch;
    const named = { texts: rows.map((r) => r.text), name: (i: number) => `stdin line ${rows[i]!.line}` };
    process.stdout.write(`${predictLines(loaded, named).join('\n')}\n`);
    done += rows.length;
    batch = [];
  };
  for await (const row of stdinLines()) {
    batch.push(row);
    if (batch.length === BATCH_LINES) flush();
  }
  flush();
  return done;
}

/**
 * `neuronlab predict --model <file> <x…>`: one line of outputs per input (from the arguments, or stdin). Exit 2 for
 * bad input (flags, the model file, an input line), 1 when the model gives a non-finite number.
 */
export async function predictCommand(values: string[], o: { model?: string; debug?: boolean }): Promise<number> {
  try {
    if (!o.model)
      throw new UsageError('--model <file> is required. Save one with "neuronlab train --save model.json".');
    const loaded = loadModel(o.model, '--model');
    let count = 0;
    if (values.length > 0) {
      process.stdout.write(`${predictLines(loaded, argumentRows(values)).join('\n')}\n`);
      count = values.length;
    } else if (!process.stdin.isTTY) count = await predictStdin(loaded);
    if (count === 0) throw new UsageError('no inputs: give x values as arguments or one per line on stdin.');
    return 0;
  } catch (error) {
    return reportError('neuronlab predict', error, o.debug ?? false);
  }
}
