import { parseNumber, quote } from '@neuronlab/core';
import { invertNormalizer } from '@neuronlab/data';
import { predictRaw } from '@neuronlab/lab';
import { reportError, UsageError } from '../errors.js';
import { type LoadedModel, loadModel } from '../io/model-io.js';
import { ChunkedWriter } from '../modes/output.js';

/** Longest input line read from stdin: stdin may never end (`< /dev/zero`), so a line is bounded like a CSV row. */
const MAX_INPUT_LINE = 1 << 20;

/** Input rows to predict, and what to call row i in an error (`input 3`, `stdin line 7`). */
interface InputRows {
  readonly texts: readonly string[];
  readonly name: (i: number) => string;
}

/** The rows given as arguments, named by their place among them. */
function argumentRows(texts: readonly string[]): InputRows {
  return { texts, name: (i) => `input ${i + 1}` };
}

/** Parses input row `i` into `x` at its place: `x` for one input, `x1,x2` for several; each value a finite number. */
function parseRow(rows: InputRows, i: number, inputDim: number, x: Float64Array): void {
  const t = rows.texts[i]!;
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
}

/** A prediction that is not a finite number: the model cannot answer for this input (exit 1, nothing printed for it). */
class NonFiniteOutputError extends Error {
  override name = 'NonFiniteOutputError';
}

/** The output lines for the rows up to the first that has none, and why that one has none (null when all have one). */
interface Answers {
  readonly lines: readonly string[];
  readonly failure: unknown;
}

/**
 * One output line per input row, in the data's units: inputs normalized as in training, the model's outputs mapped
 * back through the target normalization. The answers stop at the first row that is not a valid input or whose output
 * is not finite, so what is printed is always the answers to the rows before the one reported, in order: the same
 * output whether the rows come as arguments, in one batch from stdin or across several.
 */
function answerRows(loaded: LoadedModel, rows: InputRows): Answers {
  const { texts } = rows;
  // a model trained on features (x1², sin x1, …) takes the two raw inputs they are made from
  const inputDim = loaded.features ? 2 : loaded.model.inputDim;
  const raw = new Float64Array(texts.length * inputDim);
  let n = 0;
  let failure: unknown = null;
  for (; n < texts.length; n++) {
    try {
      parseRow(rows, n, inputDim, raw);
    } catch (error) {
      failure = error;
      break;
    }
  }
  if (n === 0) return { lines: [], failure };
  const out = predictRaw(loaded.model, loaded, raw.subarray(0, n * inputDim), n);
  const y = loaded.targets ? invertNormalizer(loaded.targets, out) : out;
  const k = loaded.model.outputDim;
  const bad = y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    n = Math.floor(bad / k);
    failure = new NonFiniteOutputError(
      `the model gives ${y[bad]} for ${rows.name(n)} (${quote(texts[n]!)}): its numbers overflow there. ` +
        'Give inputs in the range of the training data.',
    );
  }
  const lines = Array.from({ length: n }, (_, i) => Array.from(y.subarray(i * k, (i + 1) * k), String).join(','));
  return { lines, failure };
}

/**
 * Writes the answers to `rows` and waits until the reader has taken them (a slow pipe holds the next read back, so
 * memory stays bounded), then throws why the next row has none, if one has none.
 */
async function printAnswers(out: ChunkedWriter, loaded: LoadedModel, rows: InputRows): Promise<void> {
  const { lines, failure } = answerRows(loaded, rows);
  if (lines.length > 0) await out.line(lines.join('\n'));
  await out.flush();
  if (failure !== null) throw failure;
}

/** A line of stdin and its 1-based number (blank lines counted, so the number is where the user finds it). */
interface StdinLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Stdin's non-blank lines, handed on as each read completes them: a fast pipe gives big batches, a slow producer
 * (a sensor, `tail -f`) gets each answer as soon as its line arrives. Each line is cut from its chunk once (no re-scan).
 */
async function* stdinBatches(): AsyncGenerator<StdinLine[]> {
  process.stdin.setEncoding('utf8');
  let held = '';
  let count = 0;
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    const batch: StdinLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const line = (held + chunk.slice(start, nl)).replace(/\r$/, '');
      held = '';
      start = nl + 1;
      count++;
      if (line.trim() !== '') batch.push({ text: line, line: count });
    }
    if (batch.length > 0) yield batch;
    held += chunk.slice(start);
    if (held.length > MAX_INPUT_LINE) {
      throw new UsageError(
        `stdin line ${count + 1} is longer than ${MAX_INPUT_LINE} characters, got ${quote(held)}. Give one input per line.`,
      );
    }
  }
  if (held.trim() !== '') yield [{ text: held, line: count + 1 }];
}

/**
 * Predicts stdin's lines batch by batch, printing each batch's answers as it is done; returns how many were read.
 * Stops reading when the reader of stdout has gone (`| head -3`), as a filter does.
 */
async function predictStdin(out: ChunkedWriter, loaded: LoadedModel): Promise<number> {
  let done = 0;
  for await (const batch of stdinBatches()) {
    await printAnswers(out, loaded, { texts: batch.map((r) => r.text), name: (i) => `stdin line ${batch[i]!.line}` });
    done += batch.length;
    if (out.closed) break;
  }
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
    const out = new ChunkedWriter(process.stdout);
    let count = 0;
    if (values.length > 0) {
      await printAnswers(out, loaded, argumentRows(values));
      count = values.length;
    } else if (!process.stdin.isTTY) count = await predictStdin(out, loaded);
    if (count === 0) throw new UsageError('no inputs: give x values as arguments or one per line on stdin.');
    return 0;
  } catch (error) {
    return reportError('neuronlab predict', error, o.debug ?? false);
  }
}
