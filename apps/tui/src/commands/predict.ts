import { type Phrase, parseNumber, phrase, quote, toClasses } from '@neuronlab/core';
import { type ColumnRef, className, invertNormalizer, isNumericCell } from '@neuronlab/data';
import { checkClassLabels, predictRaw } from '@neuronlab/lab';
import { columns, csvSourceOf } from '../config.js';
import { reportError, usageError, WordedError } from '../errors.js';
import { PHRASES } from '../i18n/errors-en.js';
import { errorWords } from '../i18n/messages.js';
import { en } from '../i18n/messages-en.js';
import { readCsvInput } from '../io/csv-input.js';
import { type LoadedModel, loadModel } from '../io/model-io.js';
import { ChunkedWriter } from '../modes/output.js';

/** Longest input line read from stdin: stdin may never end (`< /dev/zero`), so a line is bounded like a CSV row. */
const MAX_INPUT_LINE = 1 << 20;

/** Input rows to predict, and what to call row i in an error (`input 3`, `stdin line 7`). */
interface InputRows {
  readonly texts: readonly string[];
  readonly name: (i: number) => Phrase;
}

/** The rows given as arguments, named by their place among them. */
function argumentRows(texts: readonly string[]): InputRows {
  return { texts, name: (i) => phrase(PHRASES, 'inputArgument', i + 1) };
}

/** What an input value must be: any finite number, its hint made once (rows are parsed by the million on stdin). */
const NUMBER_RULE = { hint: phrase(PHRASES, 'numbersSuchAs', '36.6') };

/** A row's cells as a CSV, a TSV or a shell's words write them: commas, semicolons, tabs or spaces between. */
function rowCells(text: string): string[] {
  return text.trim().split(/\s*[,;\t]\s*|\s+/);
}

/** Parses input row `i` into `x` at its place: `x` for one input, `x1,x2` for several; each value a finite number. */
function parseRow(rows: InputRows, i: number, inputDim: number, x: Float64Array): void {
  const t = rows.texts[i]!;
  const parts = rowCells(t);
  const name = rows.name(i);
  if (parts.length !== inputDim) throw usageError('predictInputCount', name, inputDim, quote(t));
  parts.forEach((p, j) => {
    x[i * inputDim + j] = parseNumber(name, p, NUMBER_RULE);
  });
}

/**
 * The names of a classifier's classes in output order, or null for a model that predicts values. The output layer
 * says which: a sigmoid gives p(class 1) of a 0/1 target, a softmax one probability per class. A multiclass CSV
 * model's recipe records its labels; a generated set's classes are named as its one-hot columns are.
 */
/** The dataset the model's recipe records (its name and options), or undefined for a file that records none. */
function trainedOn(loaded: LoadedModel): { name?: unknown; options?: Record<string, unknown> } | undefined {
  return (loaded.file.recipe as { dataset?: { name?: unknown; options?: Record<string, unknown> } }).dataset;
}

function classNames(loaded: LoadedModel): readonly string[] | null {
  const { architecture } = loaded.file;
  if (architecture.kind !== 'sequential') return null;
  const output = architecture.layers.at(-1)!;
  if (output.activation === 'sigmoid' && output.units === 1) return ['0', '1'];
  if (output.activation !== 'softmax') return null;
  const recorded = trainedOn(loaded)?.options?.classes;
  if (Array.isArray(recorded) && recorded.length === output.units) {
    try {
      return checkClassLabels('recipe.dataset.options.classes', recorded);
    } catch {
      // a recipe written by hand with unusable labels: the classes still have their generated names
    }
  }
  return Array.from({ length: output.units }, (_, c) => className(c));
}

/** A prediction that is not a finite number: the model cannot answer for this input (exit 1, nothing printed for it). */
class NonFiniteOutputError extends WordedError {
  override name = 'NonFiniteOutputError';
}

/** The output lines for the rows up to the first that has none, and why that one has none (null when all have one). */
interface Answers {
  readonly lines: readonly string[];
  readonly failure: unknown;
}

/**
 * One output line per input row: the class when `classes` names them, else the outputs in the data's units (inputs
 * normalized as in training, the model's outputs mapped back through the target normalization). The answers stop at
 * the first row that is not a valid input or whose output is not finite, so what is printed is always the answers to
 * the rows before the one reported, in order: the same output whether the rows come as arguments, in one batch from
 * stdin or across several.
 */
function answerRows(loaded: LoadedModel, rows: InputRows, classes: readonly string[] | null): Answers {
  const { texts } = rows;
  const inputDim = rawInputs(loaded);
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
  const answers = answerInputs(loaded, raw.subarray(0, n * inputDim), n, classes, rows.name, (i) => quote(texts[i]!));
  return answers.failure === null ? { lines: answers.lines, failure } : answers;
}

/** How many numbers a row of input holds: a model trained on features (x1², sin x1, …) takes the two they are made from. */
function rawInputs(loaded: LoadedModel): number {
  return loaded.features ? 2 : loaded.model.inputDim;
}

/**
 * The output lines for `n` rows of raw inputs, up to the first whose output is not finite (see answerRows); `row(i)`
 * names row i and `shown(i)` quotes it, for the line that reports it.
 */
function answerInputs(
  loaded: LoadedModel,
  raw: Float64Array,
  n: number,
  classes: readonly string[] | null,
  row: (i: number) => Phrase,
  shown: (i: number) => string,
): Answers {
  const out = predictRaw(loaded.model, loaded, raw, n);
  const y = loaded.targets ? invertNormalizer(loaded.targets, out) : out;
  const k = loaded.model.outputDim;
  let failure: unknown = null;
  const bad = y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    n = Math.floor(bad / k);
    const words = (t: typeof en.errors) => t.predictOverflow(y[bad]!, row(n), shown(n));
    failure = new NonFiniteOutputError(words(en.errors), words);
  }
  if (classes !== null) {
    // the class each input falls in, by the rule accuracy counts with (p > 0.5, or the first largest probability)
    const predicted = toClasses(y.subarray(0, n * k), n);
    return { lines: Array.from(predicted, (c) => classes[c]!), failure };
  }
  const lines = Array.from({ length: n }, (_, i) => Array.from(y.subarray(i * k, (i + 1) * k), String).join(','));
  return { lines, failure };
}

/** The model and how its answers are written: class names, or null to print its outputs. */
interface Predictor {
  readonly loaded: LoadedModel;
  readonly classes: readonly string[] | null;
}

/**
 * Writes the answers to `rows` and waits until the reader has taken them (a slow pipe holds the next read back, so
 * memory stays bounded), then throws why the next row has none, if one has none.
 */
async function printAnswers(out: ChunkedWriter, p: Predictor, rows: InputRows): Promise<void> {
  await print(out, answerRows(p.loaded, rows, p.classes));
}

/** Writes `answers`, waits until the reader has taken them, then throws why the next row has none, if one has none. */
async function print(out: ChunkedWriter, { lines, failure }: Answers): Promise<void> {
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
      throw usageError('predictLineTooLong', count + 1, MAX_INPUT_LINE, quote(held));
    }
  }
  if (held.trim() !== '') yield [{ text: held, line: count + 1 }];
}

/**
 * Refuses a first line of stdin that is a CSV file's header (several cells, none of them a number, `cat new.csv | predict`), with
 * the flag that reads such a file: --data finds the model's columns by name.
 */
function refuseHeader(first: StdinLine): void {
  const cells = rowCells(first.text);
  // one word alone may be a typo as well as a one-column header: only a line of several says it is a header
  if (first.line === 1 && cells.length > 1 && cells.every((c) => !isNumericCell(c, ','))) {
    throw usageError('predictHeaderOnStdin', quote(first.text));
  }
}

/**
 * Predicts stdin's lines batch by batch, printing each batch's answers as it is done; returns how many were read.
 * Stops reading when the reader of stdout has gone (`| head -3`), as a filter does.
 */
async function predictStdin(out: ChunkedWriter, p: Predictor): Promise<number> {
  let done = 0;
  for await (const batch of stdinBatches()) {
    if (done === 0) refuseHeader(batch[0]!);
    const name = (i: number) => phrase(PHRASES, 'stdinLine', batch[i]!.line);
    await printAnswers(out, p, { texts: batch.map((r) => r.text), name });
    done += batch.length;
    if (out.closed) break;
  }
  return done;
}

/** Rows of a --data file answered and written at a time: the output of a big file streams out in pieces. */
const CSV_ROWS_PER_WRITE = 4096;

/**
 * The columns of a --data file a model's inputs come from: --x when given, else the columns train read its inputs
 * from: those its recipe names (a CSV run with --x), or every column but the target (named by --y then, else the
 * last) when the file is laid out as the training data was, target and all. Otherwise every column, and the file
 * must hold exactly the model's inputs. `header` is the file's first line.
 */
function inputColumns(loaded: LoadedModel, x: string | undefined, header: readonly string[]): ColumnRef[] | undefined {
  if (x !== undefined) return columns(x);
  const dataset = trainedOn(loaded);
  if (dataset?.name !== 'csv' || !dataset.options) return undefined;
  const trained = csvSourceOf(dataset.options);
  if (trained.x) return trained.x;
  if (header.length !== rawInputs(loaded) + 1) return undefined;
  const target = trained.y === undefined ? header.length - 1 : header.indexOf(trained.y);
  if (target < 0) return undefined;
  return header.map((_, i) => i).filter((i) => i !== target);
}

/**
 * Predicts every row of the CSV file `path` (inputs only: a target column the file holds is left out by the columns
 * chosen), printing the answers in order; returns how many rows were read. Stops when the reader of stdout has gone.
 */
async function predictCsv(out: ChunkedWriter, p: Predictor, path: string, x: string | undefined): Promise<number> {
  const data = await readCsvInput('--data', path, (header) => {
    const picked = inputColumns(p.loaded, x, header);
    return { targets: false, ...(picked ? { x: picked } : {}) };
  });
  const inputDim = rawInputs(p.loaded);
  if (data.inputDim !== inputDim) {
    throw usageError('predictDataColumns', JSON.stringify(path), data.featureNames, inputDim);
  }
  const row = (i: number) => phrase(PHRASES, 'dataRow', JSON.stringify(path), i + 1);
  for (let first = 0; first < data.n && !out.closed; first += CSV_ROWS_PER_WRITE) {
    const n = Math.min(CSV_ROWS_PER_WRITE, data.n - first);
    const raw = data.x.subarray(first * inputDim, (first + n) * inputDim);
    const shown = (i: number) => quote(Array.from(raw.subarray(i * inputDim, (i + 1) * inputDim)).join(','));
    await print(
      out,
      answerInputs(p.loaded, raw, n, p.classes, (i) => row(first + i), shown),
    );
  }
  return data.n;
}

/**
 * `neuronlab predict --model <file> <x…>`: one line per input (from the arguments, stdin, or the rows of --data): a
 * regression model's values, a classifier's class (or with --probabilities its outputs). Exit 2 for bad input (flags,
 * the model file, an input line or cell), 1 when the model gives a non-finite number.
 */
export async function predictCommand(
  values: string[],
  o: { model?: string; probabilities?: boolean; data?: string; x?: string; debug?: boolean },
): Promise<number> {
  try {
    if (!o.model) throw usageError('predictNeedsModel');
    if (o.data !== undefined && values.length > 0) throw usageError('predictDataAndInputs');
    if (o.x !== undefined && o.data === undefined) throw usageError('predictColumnsNeedData');
    const loaded = loadModel(o.model, '--model');
    const classes = classNames(loaded);
    if (o.probabilities && classes === null) {
      throw usageError('predictNotClassifier', quote(o.model));
    }
    const p: Predictor = { loaded, classes: o.probabilities ? null : classes };
    const out = new ChunkedWriter(process.stdout);
    let count = 0;
    if (o.data !== undefined) count = await predictCsv(out, p, o.data, o.x);
    else if (values.length > 0) {
      await printAnswers(out, p, argumentRows(values));
      count = values.length;
    } else if (!process.stdin.isTTY) count = await predictStdin(out, p);
    if (count === 0) throw usageError('predictNoInputs');
    return 0;
  } catch (error) {
    return reportError('neuronlab predict', error, o.debug ?? false, undefined, errorWords(undefined, false));
  }
}
