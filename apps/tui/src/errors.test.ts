import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkChoice, parseModelFile, parseNumber, phrase } from '@neuronlab/core';
import { parseCsv } from '@neuronlab/data/csv';
import { LAB_PHRASES, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { errorText, usageError } from './errors.js';
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
const hint = phrase(LAB_PHRASES, 'tutorialRate', 1e-4);
const badNumber = thrown(() => parseNumber('--lr', 'abc', { min: 0, minExclusive: true, max: 10, hint }));
const badChoice = thrown(() => checkChoice('--optimizer', 'foo', ['sgd', 'adam']));
const notAFile = thrown(() => checkInputFile('--data', dir));
const missing = thrown(() => loadModel(join(dir, 'none.json'), '--init'));
const onlyFor = thrown(() => recipeFromFlags({ hidden: '8' }));
const badCell = thrown(() => parseCsv('x,y\n1,2\nhello,3\n', { file: 'bad.csv' }));
const notAModel = thrown(() => parseModelFile('{"format":"other"}'));
const flagsClash = usageError('dataAndDataset');

describe('errorText', () => {
  it('words every error exactly as it was thrown with the English table, save the options a CSV fix names', () => {
    for (const error of [badNumber, badChoice, notAFile, missing, onlyFor, notAModel, flagsClash]) {
      expect(errorText(error, en.errors)).toBe((error as Error).message);
    }
    // the reader's options x and y are train's flags --x and --y
    expect((badCell as Error).message).toMatch(/ leave the column out of x and y\.$/);
    expect(errorText(badCell, en.errors)).toBe(
      (badCell as Error).message.replace(/out of x and y\.$/, 'out of --x and --y.'),
    );
  });

  it('frames a bad value in Japanese, with the label and the value as they were given and the hint in Japanese', () => {
    expect(errorText(badNumber, ja.errors)).toBe(
      '--lr の値が正しくありません: "abc"。許される値: 0 より大きく 10 以下の数。チュートリアルの学習率 0.0001 を試してください。',
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

  it('words the sentences packages throw as data in Japanese, from their parts', () => {
    expect(errorText(onlyFor, ja.errors)).toBe(
      '--hidden は --model mlp でしか使えませんが、モデルは --model neuron です。--model mlp を付けるか、--hidden を外してください。',
    );
    expect(errorText(badCell, ja.errors)).toBe(
      'bad.csv の 3 行目: 列 "x" (インデックス 0) のセルが数値ではありません (値: "hello")。セルを直すか、その列を --x と --y から外してください。',
    );
    expect(errorText(notAModel, ja.errors)).toBe(
      'モデルファイルの format は \'neuronlab-model\' でなければなりません (値: "other")。これは neuronlab のモデルファイルではありません。',
    );
  });

  it('words the CLI’s own sentences in the table that reports them', () => {
    expect(errorText(flagsClash, en.errors)).toBe('--data and --dataset cannot be used together. Pick one.');
    expect(errorText(flagsClash, ja.errors)).toBe(
      '--data と --dataset は一緒に使えません。どちらか一方にしてください。',
    );
    expect(errorText(usageError('speedWithJson', '5'), ja.errors)).toBe(
      '--speed 5 はダッシュボードの速度で、すべてのイベントをすぐに出力する --json とは一緒に使えません。外してください。',
    );
  });

  it('leaves a message it has no sentence for as it is', () => {
    expect(errorText(new RangeError('fit: an engine bug.'), ja.errors)).toBe('fit: an engine bug.');
  });
});
