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
});

describe('splitCsvLine', () => {
  it('splits outside quotes only, reads a doubled quote as one, and leaves the cells untrimmed', () => {
    expect(splitCsvLine('a,"b,c","d""e"')).toEqual(['a', 'b,c', 'd"e']);
    expect(splitCsvLine(' a ;"x;y";', ';')).toEqual([' a ', 'x;y', '']);
    expect(splitCsvLine('1\t2', '\t')).toEqual(['1', '2']);
  });
});
