import { parseNumber, quote } from '@neuronlab/core';
import { invertNormalizer } from '@neuronlab/data';
import { predictRaw } from '@neuronlab/lab';
import { reportError, UsageError } from '../errors.js';
import { type LoadedModel, loadModel } from '../io/model-io.js';

/** Longest input line read from stdin: stdin may never end (`< /dev/zero`), so a line is bounded like a CSV row. */
const MAX_INPUT_LINE = 1 << 20;
/** Input lines predicted and printed together when they come from stdin. */
const BATCH_LINES = 4096;

/** Parses input rows: `x` for one input, `x1,x2` for several; each value a finite number. `first` numbers the rows. */
function parseInputs(texts: readonly string[], inputDim: number, first = 1): Float64Array {
  const x = new Float64Array(texts.length * inputDim);
  texts.forEach((t, i) => {
    const parts = t.split(',');
    if (parts.length !== inputDim) {
      throw new UsageError(`input ${first + i} must have ${inputDim} comma-separated value(s), got ${quote(t)}.`);
    }
    parts.forEach((p, j) => {
      x[i * inputDim + j] = parseNumber(`input ${first + i}`, p, { hint: 'Pass numbers such as 36.6.' });
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
function predictLines(loaded: LoadedModel, texts: readonly string[], first = 1): string[] {
  // a model trained on features (x1², sin x1, …) takes the two raw inputs they are made from
  const raw = parseInputs(texts, loaded.features ? 2 : loaded.model.inputDim, first);
  const out = predictRaw(loaded.model, loaded, raw, texts.length);
  const y = loaded.targets ? invertNormalizer(loaded.targets, out) : out;
  const k = loaded.model.outputDim;
  const bad = y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    const row = Math.floor(bad / k);
    throw new NonFiniteOutputError(
      `the model gives ${y[bad]} for input ${first + row} (${quote(texts[row]!)}): its numbers overflow there. ` +
        'Give inputs in the range of the training data.',
    );
  }
  return texts.map((_, i) => Array.from(y.subarray(i * k, (i + 1) * k), String).join(','));
}

/** Input lines from stdin, blank lines skipped, each line cut from its chunk once (no re-scan of a long line). */
async function* stdinLines(): AsyncGenerator<string> {
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
      if (line.trim() !== '') yield line;
    }
    held += chunk.slice(start);
    if (held.length > MAX_INPUT_LINE) {
      throw new UsageError(
        `stdin line ${count + 1} is longer than ${MAX_INPUT_LINE} characters, got ${quote(held)}. Give one input per line.`,
      );
    }
  }
  if (held.trim() !== '') yield held;
}

/** Predicts stdin's lines in batches, printing each batch as it is done; returns how many lines were read. */
async function predictStdin(loaded: LoadedModel): Promise<number> {
  let batch: string[] = [];
  let done = 0;
  const flush = () => {
    if (batch.length === 0) return;
    process.stdout.write(`${predictLines(loaded, batch, done + 1).join('\n')}\n`);
    done += batch.length;
    batch = [];
  };
  for await (const line of stdinLines()) {
    batch.push(line);
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
      process.stdout.write(`${predictLines(loaded, values).join('\n')}\n`);
      count = values.length;
    } else if (!process.stdin.isTTY) count = await predictStdin(loaded);
    if (count === 0) throw new UsageError('no inputs: give x values as arguments or one per line on stdin.');
    return 0;
  } catch (error) {
    return reportError('neuronlab predict', error, o.debug ?? false);
  }
}
