import { existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkChoice } from '@neuronlab/core';
import { EXIT, reportError, usageError } from '../errors.js';
import { errorWords, terminalMessages } from '../i18n/messages.js';
import { CREATED_BY, loadModel } from '../io/model-io.js';
import { type OutputFile, writeAll, writeNewDirectory } from '../io/new-directory.js';
import { checkOutputPath, fileKind, type InputFile } from '../io/output-path.js';

/** The formats `neuronlab export` writes. */
const FORMATS = ['onnx', 'tfjs', 'js', 'ts'] as const;
type Format = (typeof FORMATS)[number];

/** Options of `neuronlab export`. */
export interface ExportModelOptions {
  readonly format?: string;
  readonly out?: string;
  readonly float32?: boolean;
  readonly debug?: boolean;
}

/** The file name endings that say the format when --format is left out (a tfjs directory has none). */
const FORMAT_OF_ENDING: Readonly<Record<string, Format>> = {
  '.onnx': 'onnx',
  '.js': 'js',
  '.mjs': 'js',
  '.ts': 'ts',
  '.mts': 'ts',
};

/** --format, or the format the --out file's name ends with (`model.onnx`); a name that says none needs --format. */
function checkFormat(o: ExportModelOptions): Format {
  const ending = o.out === undefined ? '' : extname(o.out).toLowerCase();
  const given = o.format ?? FORMAT_OF_ENDING[ending];
  if (!given) throw usageError('exportNeedsFormat', Object.keys(FORMAT_OF_ENDING), FORMATS);
  const format = checkChoice('--format', given, FORMATS);
  if (o.float32 && format !== 'onnx') throw usageError('exportFloat32', format);
  return format;
}

/**
 * For tfjs, --out is a directory (as TensorFlow.js's own `model.save('file://dir')`): model.json and weights.bin go
 * in it. An existing directory's two files are checked like any output; a missing directory is checked as a new
 * entry in its parent, and appears only with both files in it (see writeNewDirectory).
 */
function checkTfjsDirectory(out: string, inputs: readonly InputFile[]): void {
  if (!existsSync(out)) {
    checkOutputPath('--out', out.replace(/\/+$/, ''), inputs);
    return;
  }
  const stats = statSync(out);
  if (!stats.isDirectory()) {
    throw usageError('exportTfjsDirectory', JSON.stringify(out), fileKind(stats));
  }
  for (const name of ['model.json', 'weights.bin']) checkOutputPath('--out', join(out, name), inputs);
}

/** The files to write. The exporters are loaded here, so no other command pays for loading them (protobuf for ONNX). */
async function outputs(format: Format, model: unknown, out: string, float32: boolean): Promise<OutputFile[]> {
  const { exportJsModule, exportOnnx, exportTfjs } = await import('@neuronlab/core/export');
  if (format === 'onnx') {
    return [
      { path: out, content: exportOnnx(model, { float32, producerVersion: CREATED_BY.replace(/^neuronlab /, '') }) },
    ];
  }
  if (format === 'tfjs') {
    const files = exportTfjs(model, { weightsPath: 'weights.bin' });
    // the weights first: model.json never names a weights file that is not there yet
    return [
      { path: join(out, 'weights.bin'), content: files.weights },
      { path: join(out, 'model.json'), content: files.modelJson },
    ];
  }
  return [{ path: out, content: exportJsModule(model, { typescript: format === 'ts' }) }];
}

/**
 * `neuronlab export <model.json> --format onnx|tfjs|js|ts --out <path>`: the saved model for another runtime. Exit 2
 * for bad input (a flag, the model file, the output path), with nothing written.
 */
export async function exportModelCommand(model: string, o: ExportModelOptions): Promise<number> {
  try {
    const format = checkFormat(o);
    if (!o.out) throw usageError('exportNeedsOut');
    const inputs = [{ flag: '<model.json>', path: model }];
    if (format === 'tfjs') checkTfjsDirectory(o.out, inputs);
    else checkOutputPath('--out', o.out, inputs);
    const loaded = loadModel(model, '<model.json>');
    const files = await outputs(format, loaded.file, o.out, o.float32 === true);
    if (format === 'tfjs' && !existsSync(o.out)) {
      writeNewDirectory(
        o.out,
        files.map((f) => ({ name: basename(f.path), content: f.content })),
        '--out',
      );
    } else writeAll(files, '--out');
    process.stderr.write(
      `${terminalMessages().wrote.exported(
        files.map((f) => f.path),
        format,
      )}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    return reportError('neuronlab export', error, o.debug ?? false, undefined, errorWords(undefined, false));
  }
}
