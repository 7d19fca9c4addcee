import { describe, expect, it } from 'vitest';
import { blobs } from '../generators/blobs.js';
import { celsius } from '../generators/celsius.js';
import { spiral } from '../generators/spiral.js';
import { csvError } from './csv-error.test-util.js';
import { formatCsv } from './format-csv.js';
import { parseCsv, parseCsvStream } from './parse-csv.js';

const bytes = (a: Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

describe('parseCsv', () => {
  it('reads a header, takes the last column as target and records a csv recipe', () => {
    const d = parseCsv('celsius,fahrenheit\n-50,-58\n0,32\n10,50\n', { file: 'temps.csv' });
    expect([d.n, d.inputDim, d.outputDim, d.task]).toEqual([3, 1, 1, 'regression']);
    expect([...d.x]).toEqual([-50, 0, 10]);
    expect([...d.y]).toEqual([-58, 32, 50]);
    expect(d.recipe).toEqual({
      generator: 'csv',
      options: { file: 'temps.csv', x: ['celsius'], y: 'fahrenheit', task: 'regression', header: true, delimiter: ',' },
      seed: null,
    });
  });

  it('picks feature and target columns by name or by 0-based index', () => {
    const text = 'a,b,c,d\n1,2,3,4\n5,6,7,8\n';
    const byName = parseCsv(text, { x: ['d', 'a'], y: 'b' });
    expect([...byName.x]).toEqual([4, 1, 8, 5]);
    expect(byName.featureNames).toEqual(['d', 'a']);
    expect([...parseCsv(text, { x: [2], y: 0 }).y]).toEqual([1, 5]);
    expect(parseCsv(text, { y: ['c', 'd'] }).outputDim).toBe(2);
  });

  it('detects a missing header and names the columns column1, column2, …', () => {
    const d = parseCsv('1,2\n3,4\n');
    expect(d.n).toBe(2);
    expect([d.featureNames, d.targetNames]).toEqual([['column1'], ['column2']]);
    expect(parseCsv('1,2\n3,4\n', { header: true }).n).toBe(1);
    expect(csvError(() => parseCsv('a,b\n1,2\n', { header: false })).line).toBe(1);
    // word labels in the last column do not make a header of a multiclass file's first row
    expect(parseCsv('1,cat\n2,dog\n', { task: 'multiclass' }).n).toBe(2);
    expect(parseCsv('cat,1\ndog,2\n', { task: 'multiclass', y: 0 }).n).toBe(2);
    expect(parseCsv('kind,x\ncat,1\n', { task: 'multiclass', y: 0 }).n).toBe(1);
    // naming a column implies a header, even over a numeric first row
    expect(parseCsv('1,2\n3,4\n', { y: '2' }).targetNames).toEqual(['2']);
  });

  it('accepts quoted cells, CRLF line ends, spaces around numbers, a BOM and blank lines', () => {
    const d = parseCsv('\ufeff"x, in m",y\r\n" 1.5 ",2e3\r\n\r\n-.5,"3"\r\n');
    expect(d.featureNames).toEqual(['x, in m']);
    expect([...d.x, ...d.y]).toEqual([1.5, -0.5, 2000, 3]);
  });

  it('reads binary targets and one-hot encodes multiclass labels in sorted order', () => {
    expect([...parseCsv('x,y\n1,1\n2,0\n', { task: 'binary' }).y]).toEqual([1, 0]);
    const m = parseCsv('x,kind\n1,dog\n2,cat\n3,dog\n', { task: 'multiclass' });
    expect(m.targetNames).toEqual(['cat', 'dog']);
    expect([...m.y]).toEqual([0, 1, 1, 0, 0, 1]);
    expect(parseCsv('x,k\n1,10\n2,9\n', { task: 'multiclass' }).targetNames).toEqual(['9', '10']);
    expect(parseCsv('x,k\n1,b\n', { task: 'multiclass', classes: ['b', 'a'] }).targetNames).toEqual(['b', 'a']);
  });

  it('round-trips generated datasets bit for bit through formatCsv', () => {
    for (const d of [celsius({ noise: 3 }), spiral()]) {
      const back = parseCsv(formatCsv(d), { task: d.task });
      expect(bytes(back.x)).toEqual(bytes(d.x));
      expect(bytes(back.y)).toEqual(bytes(d.y));
      expect([back.featureNames, back.targetNames]).toEqual([d.featureNames, d.targetNames]);
    }
    const b = blobs({ classes: 4 });
    const back = parseCsv(formatCsv(b), { task: 'multiclass', y: 'label' });
    expect(bytes(back.y)).toEqual(bytes(b.y));
    expect(back.targetNames).toEqual(b.targetNames);
  });

  it('quotes header names that need it when writing', () => {
    const d = { ...celsius({ count: 1 }), featureNames: ['deg "C", air'] };
    expect(formatCsv(d)).toBe('"deg ""C"", air",fahrenheit\n-50,-58\n');
    expect(parseCsv(formatCsv(d)).featureNames).toEqual(['deg "C", air']);
  });
});

describe('parseCsv errors', () => {
  it('names file, line, column and value for a non-numeric cell', () => {
    const e = csvError(() => parseCsv('a,b\n1,2\nabc,3\n', { file: 'f.csv' }));
    expect([e.file, e.line, e.column, e.value]).toEqual(['f.csv', 3, 'a', 'abc']);
    expect(e.message).toBe(
      'parseCsv: cell in column "a" (index 0) is not a number in f.csv line 3, got "abc". ' +
        'Fix the cell, or leave the column out of x and y.',
    );
    // in the target column a word is most often a class label, so the fix names the task that reads labels
    expect(csvError(() => parseCsv('a,b\n1,2\n3,cat\n', { file: 'f.csv' })).message).toBe(
      'parseCsv: cell in column "b" (index 1) is not a number in f.csv line 3, got "cat". ' +
        "For a column of class labels, use task 'multiclass'.",
    );
    expect(csvError(() => parseCsv('a,b\n1,\n')).value).toBe('');
    expect(csvError(() => parseCsv('a,b\n1,0x10\n')).value).toBe('0x10');
  });

  it('calls an empty cell or a missing-value mark (NA, NaN, null, ?) missing, in a feature or a target column', () => {
    for (const [text, column] of [
      ['a,b\n1,2\n,3\n', '"a" (index 0)'],
      ['a,b\n1,2\n3,NA\n', '"b" (index 1)'],
      ['a,b\n1,2\n3, nan\n', '"b" (index 1)'],
      ['a,b\n1,2\nNULL,3\n', '"a" (index 0)'],
      ['a,b\n1,2\n?,3\n', '"a" (index 0)'],
    ] as const) {
      const e = csvError(() => parseCsv(text, { file: 'f.csv' }));
      expect(e.message).toMatch(
        new RegExp(
          `^parseCsv: cell in column ${column.replace(/[()]/g, '\\$&')} is empty or marks a missing value in f\\.csv line 3, got ".*"\\. Remove the rows with missing values or fill them in: every feature and target cell must hold a number\\.$`,
        ),
      );
    }
    // a word that is no mark stays "not a number"
    expect(csvError(() => parseCsv('a,b\n1,2\nnone-left,3\n')).message).toContain('is not a number');
  });

  it('carries its sentence as data, so a front end can word it without reading the English', () => {
    const e = csvError(() => parseCsv('a,b\n1,2\nabc,3\n', { file: 'f.csv' }));
    expect(e.phrase).toEqual({
      key: 'csvNotNumber',
      values: ['parseCsv', 'f.csv', 3, '"abc"', 'a', 0],
      text: e.message,
    });
    expect(csvError(() => parseCsv('a,b,c\n1,2\n')).phrase).toMatchObject({
      key: 'csvRagged',
      values: ['parseCsv', '<csv>', 2, '"1,2"', 2, 3],
    });
  });

  it('counts physical lines, including blank lines and line breaks inside quoted cells', () => {
    expect(csvError(() => parseCsv('a,b\n\n1,2\n3,x\n')).line).toBe(4);
    // the header spans lines 1–2, so the bad row is on line 4 (3 if quoted breaks were not counted)
    expect(csvError(() => parseCsv('"a\nlong",b\n1,2\n3,x\n')).line).toBe(4);
  });

  it('reports a ragged row with its cells', () => {
    const e = csvError(() => parseCsv('a,b\n1,2\n3\n', { file: 'r.csv' }));
    expect([e.line, e.column, e.value]).toEqual([3, 1, '3']);
    expect(e.message).toMatch(/row has 1 cell but the table has 2 columns in r.csv line 3, got "3"/);
    expect(csvError(() => parseCsv('a,b\n1,2,3\n')).message).toMatch(/row has 3 cells/);
  });

  it('reports an empty file and a header without rows', () => {
    const empty = csvError(() => parseCsv('', { file: 'e.csv' }));
    expect([empty.file, empty.line, empty.value]).toEqual(['e.csv', 1, '']);
    expect(empty.message).toMatch(/the input is empty in e.csv line 1/);
    expect(csvError(() => parseCsv('\n\n')).message).toMatch(/the input is empty/);
    expect(csvError(() => parseCsv('a,b\n')).message).toMatch(/no data rows after the header in <csv> line 1/);
  });

  it('reports a missing column, listing the columns there are', () => {
    const e = csvError(() => parseCsv('a,b\n1,2\n', { file: 'm.csv', y: 'kelvin' }));
    expect([e.line, e.column, e.value]).toEqual([1, 'kelvin', 'kelvin']);
    expect(e.message).toMatch(
      /column "kelvin" is not in the table in m.csv line 1, got "kelvin". The columns are 0: a, 1: b/,
    );
    expect(csvError(() => parseCsv('a,b\n1,2\n', { x: [5] })).column).toBe(5);
  });

  it('reports an unterminated quote, a bad binary target, an unknown class and a column used twice', () => {
    expect(csvError(() => parseCsv('a,b\n"1,2\n3,4\n')).message).toMatch(/Quoted field unterminated in <csv> line 2/);
    expect(csvError(() => parseCsv('a,b\n1,2\n', { task: 'binary' })).message).toMatch(/must be 0 or 1/);
    expect(csvError(() => parseCsv('a,b\n1,c\n', { task: 'multiclass', classes: ['x', 'y'] })).value).toBe('c');
    expect(csvError(() => parseCsv('a,b\n1,2\n', { x: ['a', 'b'], y: 'b' })).column).toBe('b');
  });

  it('rejects options of the wrong kind with a TypeError', () => {
    expect(() => parseCsv('a\n1\n', { task: 'ranking' as 'binary' })).toThrow(TypeError);
    expect(() => parseCsv('a\n1\n', { delimiter: '"' })).toThrow(/delimiter must be one character/);
    expect(() => parseCsv('a,b\n1,0\n', { task: 'binary', y: ['a', 'b'] })).toThrow(
      /y must name one column for binary/,
    );
  });
});

describe('parseCsv with targets: false (inputs to predict on)', () => {
  it('reads every column as a feature, or the columns x names in its order, and no target', () => {
    const all = parseCsv('rooms,area\n2,65.5\n5,131\n', { file: 'new.csv', targets: false });
    expect([all.n, all.inputDim, all.outputDim, all.y.length]).toEqual([2, 2, 0, 0]);
    expect([...all.x]).toEqual([2, 65.5, 5, 131]);
    expect([all.featureNames, all.targetNames]).toEqual([['rooms', 'area'], []]);
    expect(all.recipe.options).toEqual({
      file: 'new.csv',
      x: ['rooms', 'area'],
      targets: false,
      header: true,
      delimiter: ',',
    });
    // columns picked by name, in the order asked, the others (a target the file happens to hold) left alone
    const picked = parseCsv('area,price,rooms\n65.5,120,2\n131,cat,5\n', { x: ['rooms', 'area'], targets: false });
    expect([...picked.x]).toEqual([2, 65.5, 5, 131]);
    // a file without a header, as with targets
    expect([...parseCsv('1,2\n3,4\n', { targets: false }).x]).toEqual([1, 2, 3, 4]);
  });

  it('still refuses a cell that is not a number, and refuses y or classes beside it', () => {
    expect(csvError(() => parseCsv('a,b\n1,x\n', { targets: false })).column).toBe('b');
    expect(() => parseCsv('a,b\n1,2\n', { targets: false, y: 'b' })).toThrow(/y and classes name targets/);
    expect(() => parseCsv('a,b\n1,2\n', { targets: 'no' as unknown as boolean })).toThrow(TypeError);
  });
});

describe('parseCsvStream', () => {
  const text = 'x,"label"\n1,0\n2.5,1\n"3",0\n';
  const expected = parseCsv(text, { task: 'binary' });

  it('gives the same dataset whatever the chunk boundaries, for strings and for UTF-8 bytes', async () => {
    const utf8 = new TextEncoder().encode(`\ufeffé${text.slice(1)}`);
    for (let size = 1; size <= text.length; size += 3) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      const d = await parseCsvStream(chunks, { task: 'binary' });
      expect([...d.x, ...d.y]).toEqual([...expected.x, ...expected.y]);
      const byteChunks = Array.from({ length: Math.ceil(utf8.length / size) }, (_, i) =>
        utf8.slice(i * size, (i + 1) * size),
      );
      expect((await parseCsvStream(byteChunks, { task: 'binary' })).featureNames).toEqual(['é']);
    }
  });

  it('detects CRLF line ends even when the first chunks hold no complete line break', async () => {
    const crlf = 'a,b\r\n1,2\r\n3,x\r\n';
    const error = await parseCsvStream([...crlf], { file: 'w.csv' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ line: 3, column: 'b', value: 'x' });
    expect((await parseCsvStream(['a,b\r', '\n1,2\r', '\n'])).y).toEqual(new Float64Array([2]));
  });

  it('reads a WHATWG ReadableStream and an async iterable', async () => {
    const stream = new ReadableStream<string>({
      start(controller) {
        controller.enqueue(text.slice(0, 7));
        controller.enqueue(text.slice(7));
        controller.close();
      },
    });
    expect((await parseCsvStream(stream, { task: 'binary' })).y).toEqual(expected.y);
    async function* lines() {
      for (const line of text.split(/(?<=\n)/)) yield line;
    }
    expect((await parseCsvStream(lines(), { task: 'binary' })).x).toEqual(expected.x);
  });

  it('stops pulling chunks at the first bad row and rejects with its CsvError', async () => {
    let pulled = 0;
    function* chunks() {
      yield 'a,b\n1,2\n';
      pulled++;
      yield '3,oops\n';
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield '5,6\n';
      }
    }
    await expect(parseCsvStream(chunks(), { file: 's.csv' })).rejects.toThrow(/got "oops"/);
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('rejects with the source’s own error when the source fails', async () => {
    async function* failing() {
      yield 'a,b\n';
      throw new Error('disk gone');
    }
    await expect(parseCsvStream(failing())).rejects.toThrow('disk gone');
  });

  it('reports an empty stream like an empty file', async () => {
    await expect(parseCsvStream([], { file: 'none.csv' })).rejects.toThrow(/the input is empty in none.csv line 1/);
  });
});
