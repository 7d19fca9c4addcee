import { describe, expect, it } from 'vitest';
import { blobs } from '../generators/blobs.js';
import { celsius } from '../generators/celsius.js';
import { CSV_DELIMITERS, readFirstLine, splitCsvLine } from './csv-line.js';
import { formatCsv } from './format-csv.js';
import { parseCsv } from './parse-csv.js';

describe('readFirstLine', () => {
  it('finds each delimiter in a table written with it, and the reader then reads the same dataset as from commas', () => {
    for (const data of [celsius(), blobs({ count: 30, classes: 3 }, 4)]) {
      const options = data.task === 'multiclass' ? ({ task: 'multiclass', y: 'label' } as const) : {};
      const comma = parseCsv(formatCsv(data), options);
      for (const d of CSV_DELIMITERS) {
        const text = formatCsv(data, { delimiter: d });
        const first = readFirstLine(text);
        expect(first.delimiter).toBe(d);
        expect(first.cells).toEqual([...comma.featureNames, data.task === 'multiclass' ? 'label' : 'fahrenheit']);
        const read = parseCsv(text, { ...options, delimiter: first.delimiter });
        expect([...read.x]).toEqual([...comma.x]);
        expect([...read.y]).toEqual([...comma.y]);
      }
    }
  });

  it('counts delimiters outside quotes only, unquotes the cells and reads a doubled quote as one', () => {
    // commas inside quoted names, semicolons between them: a spreadsheet's export where the decimal mark is a comma
    expect(readFirstLine('"temp, °C";"temp, °F"\n"1,5";"34,7"\n')).toEqual({
      delimiter: ';',
      cells: ['temp, °C', 'temp, °F'],
    });
    expect(readFirstLine('"say ""hi""",b\n').cells).toEqual(['say "hi"', 'b']);
    // a quoted line break stays in its cell; the line ends at the first break outside quotes
    expect(readFirstLine('"two\nlines"|b\r\n1|2').cells).toEqual(['two\nlines', 'b']);
  });

  it('skips a byte order mark, trims cells as the readers do, and keeps the comma when the line has no delimiter', () => {
    expect(readFirstLine('\ufeffa\t b \tc\n1\t2\t3')).toEqual({ delimiter: '\t', cells: ['a', 'b', 'c'] });
    expect(readFirstLine('fahrenheit\n32\n')).toEqual({ delimiter: ',', cells: ['fahrenheit'] });
    expect(readFirstLine('')).toEqual({ delimiter: ',', cells: [''] });
    // a tie goes to the earlier delimiter of CSV_DELIMITERS
    expect(readFirstLine('a,b;c\n').delimiter).toBe(',');
    expect(readFirstLine('a;b;c,d\n').delimiter).toBe(';');
  });

  it('takes commas between digits beside another delimiter for decimal marks: that delimiter separates the cells', () => {
    // as many commas as semicolons, or more, and the semicolon still wins: every comma is between two digits
    expect(readFirstLine('1,5;-0,25\n')).toEqual({ delimiter: ';', cells: ['1,5', '-0,25'] });
    expect(readFirstLine('1,5;2,5;3\n').delimiter).toBe(';');
    expect(readFirstLine('1,5\t2,5\t3,5\n').delimiter).toBe('\t');
    // a comma that is not between digits separates cells, and a line without semicolons keeps the comma
    expect(readFirstLine('1,5;x,y\n').delimiter).toBe(',');
    expect(readFirstLine('1,2,3\n').delimiter).toBe(',');
  });
});

describe('numbers with a decimal comma', () => {
  /** A table of `rows` written with `delimiter` between cells and `mark` as the decimal mark. */
  const table = (rows: number[][], delimiter: string, mark: string) =>
    `${rows.map((r) => r.map((v) => String(v).replace('.', mark)).join(delimiter)).join('\n')}\n`;
  const rows = [
    [-50.5, 1.25e-7, -58.9],
    [0.125, 3, 32],
    [12.75, -0.5, 1.5e3],
  ];

  it('reads a semicolon (or tab) table with decimal commas as the same numbers as a comma table with points', () => {
    const points = parseCsv(table(rows, ',', '.'));
    expect([...points.x]).toEqual(rows.flatMap((r) => r.slice(0, 2)));
    for (const delimiter of [';', '\t']) {
      const text = table(rows, delimiter, ',');
      const first = readFirstLine(text);
      expect(first.delimiter).toBe(delimiter);
      const read = parseCsv(text, { delimiter: first.delimiter });
      expect([...read.x]).toEqual([...points.x]);
      expect([...read.y]).toEqual([...points.y]);
      // no row of numbers is taken for a header, with a decimal comma or a point
      expect(read.featureNames).toEqual(['column1', 'column2']);
    }
  });

  it('orders numeric class labels by value with either mark, and keeps a comma table’s commas as separators', () => {
    const labels = parseCsv('a;label\n1;10,5\n2;2,25\n3;-1\n', { delimiter: ';', task: 'multiclass' });
    expect(labels.targetNames).toEqual(['-1', '2,25', '10,5']);
    // in a comma table a quoted "1,5" is one cell holding no number: the comma is not a decimal mark there
    expect(() => parseCsv('a,b\n"1,5",2\n')).toThrow('cell in column "a" (index 0) is not a number');
  });
});

describe('splitCsvLine', () => {
  it('splits outside quotes only, reads a doubled quote as one, and leaves the cells untrimmed', () => {
    expect(splitCsvLine('a,"b,c","d""e"')).toEqual(['a', 'b,c', 'd"e']);
    expect(splitCsvLine(' a ;"x;y";', ';')).toEqual([' a ', 'x;y', '']);
    expect(splitCsvLine('1\t2', '\t')).toEqual(['1', '2']);
  });
});
