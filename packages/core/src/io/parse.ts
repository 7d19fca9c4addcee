import { fail } from './json-checks.js';
import { MODEL_FILE_MAX_BYTES, MODEL_FILE_MAX_DEPTH, type ModelFile } from './model-file.js';
import { validateModelFile } from './validate.js';

/** Options of parseModelFile. */
export interface ParseModelFileOptions {
  /** Largest accepted size in UTF-8 bytes. @default MODEL_FILE_MAX_BYTES (about 78 MiB) */
  readonly maxBytes?: number;
}

/**
 * Reads and validates a model file. Size and nesting depth are checked on the raw text before JSON.parse runs, so
 * an oversized or deeply nested file costs one linear scan; then every field is checked and copied. Anything wrong
 * throws a ModelFileError whose `field` names the culprit (`parameters[1].values[3]`).
 */
export function parseModelFile(text: string, options: ParseModelFileOptions = {}): ModelFile {
  if (typeof text !== 'string') return fail('', 'fileNotText', typeof text);
  const maxBytes = options.maxBytes ?? MODEL_FILE_MAX_BYTES;
  checkSize(text, maxBytes);
  checkDepth(text, MODEL_FILE_MAX_DEPTH);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('', 'fileNotJson', (error as Error).message);
  }
  return validateModelFile(value);
}

function checkSize(text: string, maxBytes: number): void {
  if (utf8Length(text, maxBytes) > maxBytes) {
    fail('', 'fileTooLarge', `${text.length} characters`, maxBytes);
  }
}

/**
 * UTF-8 length of `text`, counting only until it passes `limit` (then any number above it): every UTF-16 unit is 1–3
 * bytes (a surrogate pair 4 bytes for 2 units).
 */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** Depth of [ and { outside strings, so JSON.parse and the validator never see deeper input than they expect. */
function checkDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) fail('', 'fileTooDeep', `depth ${depth} at character ${i}`, maxDepth);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}
