import { fail } from './json-checks.js';
import { type JsonValue, MODEL_FILE_MAX_BYTES, type ModelFile } from './model-file.js';
import { utf8Length } from './parse.js';
import { validateModelFile } from './validate.js';

/**
 * Writes a model file as JSON text: one line per top-level field and per parameter block, so a diff of two files
 * stays readable. Validates first (a file this writes always reads back), and writes every number as the shortest
 * decimal that round-trips to the same float64, with negative zero as `-0` (which JSON.stringify would lose).
 */
export function serializeModelFile(file: ModelFile): string {
  const f = validateModelFile(file);
  const params = f.parameters.map((p) => `    ${json({ name: p.name, shape: p.shape, values: p.values })}`);
  const lines = [
    `  "format": ${json(f.format)}`,
    `  "version": ${json(f.version)}`,
    `  "architecture": ${json(f.architecture as JsonValue)}`,
    `  "parameters": [\n${params.join(',\n')}\n  ]`,
    `  "normalization": ${json(f.normalization)}`,
    `  "recipe": ${json(f.recipe)}`,
    `  "createdBy": ${json(f.createdBy)}`,
  ];
  const text = `{\n${lines.join(',\n')}\n}\n`;
  // what is written must read back: a recipe too big for the file's room is refused here, not by the next reader
  if (utf8Length(text, MODEL_FILE_MAX_BYTES) > MODEL_FILE_MAX_BYTES) {
    fail('', 'fileWouldBeTooLarge', `${text.length} characters`, MODEL_FILE_MAX_BYTES);
  }
  return text;
}

/** Compact JSON of a validated value, exact for every finite float64. */
function json(v: JsonValue): string {
  if (typeof v === 'number') return number(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((item: JsonValue) => json(item)).join(', ')}]`;
  const entries = Object.keys(v).map(
    (key) => `${JSON.stringify(key)}: ${json((v as Record<string, JsonValue>)[key]!)}`,
  );
  return `{${entries.join(', ')}}`;
}

// Number → String gives the shortest round-tripping decimal (ECMAScript Number::toString), always valid JSON for
// finite values; only -0 needs help.
function number(v: number): string {
  if (!Number.isFinite(v)) return fail('', 'fileNonFinite', v);
  return Object.is(v, -0) ? '-0' : String(v);
}
