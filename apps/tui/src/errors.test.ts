import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkChoice, parseNumber } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { errorText } from './errors.js';
import { en } from './i18n/messages-en.js';
import { ja } from './i18n/messages-ja.js';
import { checkInputFile } from './io/input-file.js';
import { loadModel } from './io/model-io.js';

/** The error `f` throws. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const dir = mkdtempSync(join(tmpdir(), 'neuronlab-errors-'));
const badNumber = thrown(() => parseNumber('--lr', 'abc', { min: 0, minExclusive: true, max: 10, hint: 'Try 1e-4.' }));
const badChoice = thrown(() => checkChoice('--optimizer', 'foo', ['sgd', 'adam']));
const notAFile = thrown(() => checkInputFile('--data', dir));
const missing = thrown(() => loadModel(join(dir, 'none.json'), '--init'));

describe('errorText', () => {
  it('words every error exactly as it was thrown with the English table', () => {
    for (const error of [badNumber, badChoice, notAFile, missing]) {
      expect(errorText(error, en.errors)).toBe((error as Error).message);
    }
  });

  it('frames a bad value in Japanese, with the label, the value and the hint as they were given', () => {
    expect(errorText(badNumber, ja.errors)).toBe(
      '--lr の値が正しくありません: "abc"。許される値: 0 より大きく 10 以下の数。Try 1e-4.',
    );
    expect(errorText(badChoice, ja.errors)).toBe(
      '--optimizer の値が正しくありません: "foo"。許される値: sgd, adam のいずれか。',
    );
  });

  it('says in Japanese that a path is not a regular file or cannot be read, quoting the path', () => {
    expect(errorText(notAFile, ja.errors)).toBe(
      `--data ${JSON.stringify(dir)} はディレクトリで、通常のファイルではありません。ファイルを指定してください (FIFO やデバイスは終わらないことがあります)。`,
    );
    expect(errorText(missing, ja.errors)).toBe(
      `--init ${JSON.stringify(join(dir, 'none.json'))} を読めません (ENOENT)。パスを確認してください。`,
    );
  });

  it('leaves a message it has no sentence for as it is', () => {
    expect(errorText(new RangeError('--x and --y need --data <file.csv>.'), ja.errors)).toBe(
      '--x and --y need --data <file.csv>.',
    );
  });
});
