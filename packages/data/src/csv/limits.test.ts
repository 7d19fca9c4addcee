import { describe, expect, it } from 'vitest';
import { CsvError } from './csv-error.js';
import { csvError } from './csv-error.test-util.js';
import { MAX_CELL_CHARS, MAX_CLASSES, MAX_ROW_CHARS } from './limits.js';
import { parseCsv, parseCsvStream } from './parse-csv.js';

// an error line quotes at most an 80-character excerpt; the rest of the message is a few dozen words
const SHORT_MESSAGE = 400;

// These tests parse rows of about a megabyte (the row limit) on purpose; on a busy 2-core machine that takes
// several seconds, more than vitest's 5 s default.
describe('CSV input limits', { timeout: 30_000 }, () => {
  it('refuses a streamed 16 MB one-line input after reading little more than one row, with a short message', async () => {
    const chunk = '7'.repeat(1 << 16);
    let pulled = 0;
    function* sixteenMegabytes() {
      for (let i = 0; i < 256; i++) {
        pulled++;
        yield chunk;
      }
    }
    const error = await parseCsvStream(sixteenMegabytes(), { file: 'one-line.csv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ file: 'one-line.csv', line: 1, column: null });
    expect((error as Error).message).toMatch(/row is longer than 1048576 characters in one-line.csv line 1, got "7+…"/);
    expect((error as Error).message.length).toBeLessThan(SHORT_MESSAGE);
    // the row limit is 16 chunks; one more chunk shows it was passed
    expect(pulled).toBeLessThanOrEqual(MAX_ROW_CHARS / chunk.length + 1);
  });

  it('stops an endless stream of NUL bytes (what /dev/zero gives) at the row limit', async () => {
    let pulled = 0;
    function* zeros() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1 << 16);
      }
    }
    const error = await parseCsvStream(zeros(), { file: 'zero' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/row is longer than .* got "(\\u0000)+…"/);
    expect(pulled).toBeLessThanOrEqual(MAX_ROW_CHARS / (1 << 16) + 1);
  });

  it('counts the row limit on the row that is too long, after good rows, and in parseCsv too', async () => {
    const text = `a,b\n1,2\n3,${'4'.repeat(MAX_ROW_CHARS)}\n`;
    const streamed = await parseCsvStream([text.slice(0, 10), text.slice(10)]).catch((e: unknown) => e);
    // the 1 MiB cell breaks the cell limit first in parseCsv; the stream never gets that far
    expect(streamed).toMatchObject({ line: 3 });
    expect((streamed as Error).message).toMatch(/row is longer than/);
    const wide = `${Array.from({ length: 300_000 }, (_, i) => `c${i}`).join(',')}\n`;
    expect(csvError(() => parseCsv(wide)).message).toMatch(/row is longer than 1048576 characters in <csv> line 1/);
  });

  it('names the column and line of a cell longer than the cell limit, quoting only its start', () => {
    const million = '9'.repeat(1_000_000);
    const e = csvError(() => parseCsv(`a,b\n1,2\n3,${million}\n`, { file: 'digits.csv' }));
    expect([e.line, e.column]).toEqual([3, 'b']);
    expect(e.message).toMatch(
      new RegExp(`cell in column "b" \\(index 1\\) is longer than ${MAX_CELL_CHARS} characters \\(1000000\\)`),
    );
    expect(e.message.length).toBeLessThan(SHORT_MESSAGE);
    expect(e.value.length).toBeLessThanOrEqual(81);
    const header = csvError(() => parseCsv(`${'h'.repeat(MAX_CELL_CHARS + 1)},y\n1,2\n`));
    expect([header.line, header.column]).toEqual([1, 0]);
  });

  it('rejects numbers beyond the float64 range at parse time, with line and column', () => {
    const e = csvError(() => parseCsv('x,y\n1,2\n1e400,3\n', { file: 'big.csv' }));
    expect([e.line, e.column, e.value]).toEqual([3, 'x', '1e400']);
    expect(e.message).toMatch(/number in column "x" \(index 0\) is beyond the float64 range/);
    expect(csvError(() => parseCsv('x,y\n1,-1e309\n')).column).toBe('y');
    // the largest finite double and an underflow to 0 are fine
    expect([...parseCsv('x,y\n1.7976931348623157e308,1e-400\n').x]).toEqual([Number.MAX_VALUE]);
  });

  it(`refuses more than ${MAX_CLASSES} class labels as soon as the next one appears, saying how many`, async () => {
    let rows = 0;
    function* idColumn() {
      yield 'x,id\n';
      for (let i = 0; i < 20_000; i++) {
        rows++;
        yield `${i},user${i}\n`;
      }
    }
    const error = await parseCsvStream(idColumn(), { task: 'multiclass', file: 'ids.csv' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ line: MAX_CLASSES + 2, column: 'id', value: `user${MAX_CLASSES}` });
    expect((error as Error).message).toMatch(
      /column "id" \(index 1\) has more than 1000 distinct class labels \(found 1001 by this line\) in ids.csv line 1002/,
    );
    expect(rows).toBeLessThanOrEqual(MAX_CLASSES + 2);
    const labels = Array.from({ length: MAX_CLASSES }, (_, i) => `${i},c${i}`).join('\n');
    expect(parseCsv(`x,k\n${labels}\n`, { task: 'multiclass' }).outputDim).toBe(MAX_CLASSES);
  });

  it('makes control characters in header names and class labels visible', () => {
    const d = parseCsv('"\u001b[2J\u001b]0;title\u0007x",k\n1,"cat\u001b[31m"\n2,dog\n', { task: 'multiclass' });
    expect(d.featureNames).toEqual(['\\x1b[2J\\x1b]0;title\\x07x']);
    expect(d.targetNames).toEqual(['cat\\x1b[31m', 'dog']);
    const e = csvError(() => parseCsv('a,b\n1,\u001b[2J\u009b\n'));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may reach the message
    expect(e.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(e.message).toMatch(/got "\\u001b\[2J\\x9b"/);
  });
});
