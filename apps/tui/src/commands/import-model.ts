import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { MODEL_FILE_MAX_BYTES, serializeModelFile } from '@neuronlab/core';
import { EXIT, reportError, UsageError, usageError } from '../errors.js';
import { errorWords, terminalMessages } from '../i18n/messages.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { checkInputFile, readInputText } from '../io/input-file.js';
import { CREATED_BY } from '../io/model-io.js';
import { checkOutputPath } from '../io/output-path.js';

/** Options of `neuronlab import`. */
export interface ImportModelOptions {
  readonly out?: string;
  readonly debug?: boolean;
}

/** model.json, parsed; anything unreadable or not JSON is one UsageError line. */
function readModelJson(path: string): unknown {
  let text: string;
  try {
    text = readInputText('<model.json>', path, MODEL_FILE_MAX_BYTES);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw usageError('importUnreadable', JSON.stringify(path), code);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError('importNotJson', JSON.stringify(path), (error as Error).message);
  }
}

/**
 * The weights files model.json names, in manifest order, read from beside it. Only plain relative names are
 * followed, so a model.json cannot make the import read files elsewhere.
 */
function readWeights(modelPath: string, json: unknown): Uint8Array {
  const manifest = (json as { weightsManifest?: unknown }).weightsManifest;
  if (!Array.isArray(manifest)) return new Uint8Array(0); // importTfjs names what is missing
  const chunks: Buffer[] = [];
  for (const group of manifest as { paths?: unknown }[]) {
    for (const name of Array.isArray(group.paths) ? group.paths : []) {
      const rel = normalize(String(name));
      if (isAbsolute(rel) || rel.startsWith('..')) {
        throw usageError('importWeightsOutside', JSON.stringify(name));
      }
      const path = join(dirname(modelPath), rel);
      checkInputFile('weights', path, MODEL_FILE_MAX_BYTES);
      try {
        chunks.push(readFileSync(path));
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'unreadable';
        throw usageError('importWeightsUnreadable', JSON.stringify(path), code);
      }
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * `neuronlab import <tfjs model.json> --out <model.json>`: a TensorFlow.js Layers model of Dense layers as a
 * neuronlab model file. Exit 2 with one line (naming the layer that cannot come in) and nothing written otherwise.
 */
export async function importModelCommand(model: string, o: ImportModelOptions): Promise<number> {
  try {
    if (!o.out) throw usageError('importNeedsOut');
    checkOutputPath('--out', o.out, [{ flag: '<model.json>', path: model }]);
    const json = readModelJson(model);
    // loaded here, so no other command pays for loading the exporters
    const { importTfjs } = await import('@neuronlab/core/export');
    const file = importTfjs(json, readWeights(model, json), { createdBy: CREATED_BY });
    writeFileAtomic(o.out, serializeModelFile(file), '--out');
    const arch = file.architecture.kind === 'sequential' ? file.architecture : null;
    const shape = arch ? [arch.inputDim, ...arch.layers.map((l) => `${l.units} ${l.activation}`)].join(' → ') : '';
    process.stderr.write(`${terminalMessages().wrote.imported(o.out, shape)}\n`);
    return EXIT.ok;
  } catch (error) {
    return reportError('neuronlab import', error, o.debug ?? false, undefined, errorWords(undefined, false));
  }
}
