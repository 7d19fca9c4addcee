import { CsvError } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { errorWordsFor } from '../i18n/error-words';
import {
  csvColumns,
  csvProblem,
  csvRecipe,
  defaultChoice,
  distinctColumns,
  fileColumns,
  guessTask,
  readCsvUpload,
  sampleLabels,
} from './csv-upload';
import { PLAYGROUND_DEFAULT } from './playground-state';

const blob = (text: string) => new Blob([text], { type: 'text/csv' });

describe('a CSV dropped into the playground', () => {
  it('names the columns from a header row, or by index when the first row is data', async () => {
    expect(csvColumns('a,"b",label\r')).toEqual({
      columns: ['a', 'b', 'label'],
      named: true,
      delimiter: ',',
      sample: [],
    });
    expect(csvColumns('0.5,1,0')).toEqual({
      columns: ['0', '1', '2'],
      named: false,
      delimiter: ',',
      sample: [['0.5', '1', '0']],
    });
    const columns = await fileColumns(blob('u,v,w\n1,2,0\n'));
    expect(columns).toEqual({ columns: ['u', 'v', 'w'], named: true, delimiter: ',', sample: [['1', '2', '0']] });
    expect(defaultChoice(columns)).toEqual({ x: ['u', 'v'], y: 'w', task: 'binary' });
  });

  it('offers two classes for a class column of 0 and 1, and labels for anything else', async () => {
    const file = (labels: readonly string[], d = ',') =>
      fileColumns(blob(`a${d}b${d}kind\n${labels.map((l, i) => [i, i % 3, l].join(d)).join('\n')}\n`));
    const binary = await file(['0', '1', '1', '0.0', ' 1 ']);
    expect(defaultChoice(binary).task).toBe('binary');
    expect(defaultChoice(await file(['0', '1', '2'])).task).toBe('multiclass');
    expect(defaultChoice(await file(['cat', 'dog'])).task).toBe('multiclass');
    expect(defaultChoice(await file(['1,0', '0,0'], ';')).task).toBe('binary');
    // another column chosen as the class: the guess follows it
    expect(guessTask(binary, 'a')).toBe('multiclass');
    expect(guessTask(binary, 'kind')).toBe('binary');
    // and the labels the start of the file shows, so the page can refuse more classes than the map has colours
    expect([sampleLabels(binary, 'kind'), sampleLabels(binary, 'a'), sampleLabels(binary, 'b')]).toEqual([3, 5, 3]);
  });

  it('guesses from whole lines only when the file is longer than its start', () => {
    // the start of a long file ends inside a row: its last cell, cut short, is not counted
    const start = 'x,y,c\n1,2,0\n3,4,1\n5,6,dog';
    expect(defaultChoice(csvColumns(start, false)).task).toBe('binary');
    expect(defaultChoice(csvColumns(start, true)).task).toBe('multiclass');
  });

  it('reads the chosen columns with the CLI reader, streamed from the file', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${i % 7},${i % 5},${i % 2}`).join('\n');
    const d = await readCsvUpload(
      blob(`p,q,c\n${rows}\n`),
      'mine.csv',
      { x: ['p', 'q'], y: 'c', task: 'binary' },
      { named: true, delimiter: ',' },
    );
    expect([d.n, d.inputDim, d.task]).toEqual([1000, 2, 'binary']);
    expect(Array.from(d.x.subarray(0, 4))).toEqual([0, 0, 1, 1]);
  });

  it('reads a file a spreadsheet wrote with semicolons (a comma as the decimal mark) as it reads one with commas', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i % 7, i % 5, i % 2]);
    const choice = { x: ['p', 'q'], y: 'c', task: 'binary' } as const;
    const read = async (d: string) => {
      const file = blob(`"p";"q";"c"\r\n${rows.map((r) => r.join(d)).join('\r\n')}\r\n`.replaceAll(';', d));
      const columns = await fileColumns(file);
      expect(columns).toMatchObject({ columns: ['p', 'q', 'c'], named: true, delimiter: d });
      return readCsvUpload(file, 'mine.csv', choice, columns);
    };
    const [comma, semicolon, tab] = await Promise.all([read(','), read(';'), read('\t')]);
    expect(semicolon.n).toBe(50);
    for (const d of [semicolon, tab]) {
      expect(Array.from(d.x)).toEqual(Array.from(comma.x));
      expect(Array.from(d.y)).toEqual(Array.from(comma.y));
    }
  });

  it('reports a bad cell with its line and column, as the CLI does', async () => {
    const read = readCsvUpload(
      blob('p,q,c\n1,2,0\n3,oops,1\n'),
      'mine.csv',
      { x: ['p', 'q'], y: 'c', task: 'binary' },
      { named: true, delimiter: ',' },
    );
    const e = await read.catch((err: unknown) => err);
    expect(e).toBeInstanceOf(CsvError);
    expect(e).toMatchObject({ line: 3, column: 'q' });
    // the page words the sentence in its language, without the reader's function name the CLI shows, and names the
    // columns by its own controls, not by the reader's options x and y
    const en = csvProblem(e, errorWordsFor('en').phrases);
    expect(en).toBe(
      'Cell in column "q" (index 1) is not a number in mine.csv line 3, got "oops". Fix the cell, or leave the column out of the feature 1 and feature 2 columns and the class column.',
    );
    expect((e as Error).message).toMatch(/^parseCsvStream: cell in column "q"/);
    expect(csvProblem(e, errorWordsFor('ja').phrases)).toBe(
      'mine.csv の 3 行目: 列 "q" (インデックス 1) のセルが数値ではありません (値: "oops")。セルを直すか、その列を特徴量 1・特徴量 2の列とクラスの列から外してください。',
    );
    expect(csvProblem(new RangeError('not CSV'), errorWordsFor('ja').phrases)).toBe('not CSV');
  });

  it('points a word in a two-class column at the page’s own choice of several classes, in either language', async () => {
    const read = readCsvUpload(
      blob('p,q,c\n1,2,0\n3,4,cat\n'),
      'pets.csv',
      { x: ['p', 'q'], y: 'c', task: 'binary' },
      { named: true, delimiter: ',' },
    );
    const e = await read.catch((err: unknown) => err);
    expect(csvProblem(e, errorWordsFor('en').phrases)).toMatch(
      /got "cat"\. For a column of class labels, use classes “several classes \(labels\)”\.$/,
    );
    expect(csvProblem(e, errorWordsFor('ja').phrases)).toMatch(
      /クラスラベルの列なら、クラスを「多クラス \(ラベル\)」にしてください。$/,
    );
  });

  it('refuses a class column that is also a feature', async () => {
    expect(distinctColumns({ x: ['p', 'q'], y: 'q', task: 'binary' })).toBe(false);
    expect(distinctColumns({ x: ['p', 'q'], y: 'c', task: 'binary' })).toBe(true);
    await expect(
      readCsvUpload(
        blob('p,q\n1,0\n'),
        'mine.csv',
        { x: ['p', 'q'], y: 'q', task: 'binary' },
        { named: true, delimiter: ',' },
      ),
    ).rejects.toThrow(/must be three different columns/);
  });

  it("keeps the playground's settings and switches the data and loss to the file's", () => {
    const r = csvRecipe(PLAYGROUND_DEFAULT, 'mine.csv', { x: ['p', 'q'], y: 'c', task: 'multiclass' });
    expect(r.dataset).toEqual({ name: 'csv', options: { file: 'mine.csv', task: 'multiclass', x: 'p,q', y: 'c' } });
    expect(r.loss).toBe('softmax-cross-entropy');
    expect([r.model.hidden, r.lr, r.testSplit]).toEqual([
      PLAYGROUND_DEFAULT.model.hidden,
      PLAYGROUND_DEFAULT.lr,
      PLAYGROUND_DEFAULT.testSplit,
    ]);
  });
});
