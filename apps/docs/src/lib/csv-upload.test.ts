import { CsvError } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import {
  csvColumns,
  csvProblem,
  csvRecipe,
  defaultChoice,
  distinctColumns,
  fileColumns,
  readCsvUpload,
} from './csv-upload';
import { PLAYGROUND_DEFAULT } from './playground-state';

const blob = (text: string) => new Blob([text], { type: 'text/csv' });

describe('a CSV dropped into the playground', () => {
  it('names the columns from a header row, or by index when the first row is data', async () => {
    expect(csvColumns('a,"b",label\r')).toEqual({ columns: ['a', 'b', 'label'], named: true, delimiter: ',' });
    expect(csvColumns('0.5,1,0')).toEqual({ columns: ['0', '1', '2'], named: false, delimiter: ',' });
    expect(await fileColumns(blob('u,v,w\n1,2,0\n'))).toEqual({
      columns: ['u', 'v', 'w'],
      named: true,
      delimiter: ',',
    });
    expect(defaultChoice(['u', 'v', 'w'])).toEqual({ x: ['u', 'v'], y: 'w', task: 'binary' });
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
      expect(columns).toEqual({ columns: ['p', 'q', 'c'], named: true, delimiter: d });
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
    const problem = csvProblem(e);
    expect(problem).toMatchObject({ line: 3, column: 'q' });
    expect(problem.detail).toMatch(/^mine\.csv.*"oops"/);
    // the page frames the place in its own words and keeps the reader's message as the detail
    const say = messagesFor('en').playground.csvAt;
    expect(say(String(problem.line), problem.column, problem.detail)).toMatch(/^line 3, column q — mine\.csv.*"oops"/);
    expect(messagesFor('ja').playground.csvAt('3', 'q', problem.detail)).toMatch(/^3 行目、列 q — mine\.csv/);
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
