import { parseNumber } from '@neuronlab/core';
import { applyNormalizer } from '@neuronlab/data';
import { EXIT, reportError, UsageError } from '../errors.js';
import { loadModel } from '../io/model-io.js';

/** Parses input rows: `x` for one input, `x1,x2` for several; each value a finite number. */
export function parseInputs(texts: readonly string[], inputDim: number): Float64Array {
  const x = new Float64Array(texts.length * inputDim);
  texts.forEach((t, i) => {
    const parts = t.split(',');
    if (parts.length !== inputDim) {
      throw new UsageError(`input ${i + 1} must have ${inputDim} comma-separated value(s), got ${JSON.stringify(t)}.`);
    }
    parts.forEach((p, j) => {
      x[i * inputDim + j] = parseNumber(`input ${i + 1}`, p, { hint: 'Pass numbers such as 36.6.' });
    });
  });
  return x;
}

async function readStdin(): Promise<string[]> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** `neuronlab predict --model <file> <x…>`: one line of outputs per input (from the arguments, or stdin). */
export async function predictCommand(values: string[], o: { model?: string; debug?: boolean }): Promise<number> {
  try {
    if (!o.model)
      throw new UsageError('--model <file> is required. Save one with "neuronlab train --save model.json".');
    const loaded = loadModel(o.model, '--model');
    const texts = values.length > 0 ? values : process.stdin.isTTY ? [] : await readStdin();
    if (texts.length === 0) throw new UsageError('no inputs: give x values as arguments or one per line on stdin.');
    const dim = loaded.model.inputDim;
    const raw = parseInputs(texts, dim);
    const x = loaded.normalization ? applyNormalizer(loaded.normalization, raw) : raw;
    const y = loaded.model.predict(x, texts.length);
    const k = loaded.model.outputDim;
    const lines = texts.map((_, i) => Array.from(y.subarray(i * k, (i + 1) * k), String).join(','));
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (error) {
    reportError('neuronlab predict', error, o.debug ?? false);
    return EXIT.usage;
  }
}
