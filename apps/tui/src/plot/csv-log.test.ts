import { describe, expect, it } from 'vitest';
import { CsvLogParser } from './csv-log.js';
import type { ParsedRecord } from './log-point.js';

function parse(...lines: string[]): ParsedRecord[] {
  const p = new CsvLogParser();
  return lines.map((l) => p.line(l));
}

describe('CsvLogParser', () => {
  it('prefers the step column over epoch and leaves both out of the series', () => {
    const [, row] = parse('epoch,step,train_loss,val_loss', '0,49,0.5,');
    expect(row).toEqual([{ series: 'train_loss', step: 49, value: 0.5 }]);
  });

  it('reads NA as missing, nan and inf as numbers, and CRLF line ends', () => {
    const [, row] = parse('epoch,loss,val_loss,lr\r', '2,nan,NA,inf\r');
    expect(row).toEqual([
      { series: 'loss', step: 2, value: Number.NaN },
      { series: 'lr', step: 2, value: Number.POSITIVE_INFINITY },
    ]);
  });

  it('leaves out a column whose first row holds text, and quoted cells with commas keep the row whole', () => {
    const rows = parse('epoch,phase,loss,"note, quoted"', '0,train,1.5,"a, b"', '1,val,0.5,"c"');
    expect(rows[1]).toEqual([{ series: 'loss', step: 0, value: 1.5 }]);
    expect(rows[2]).toEqual([{ series: 'loss', step: 1, value: 0.5 }]);
  });

  it('counts a row with the wrong number of cells, a garbled number or no step as corrupt', () => {
    const rows = parse('epoch,loss', '0,1.0', '1,0.5,9', '2,0.x5', ',0.1', '3,0.25');
    expect(rows.slice(2, 5)).toEqual(['corrupt', 'corrupt', 'corrupt']);
    expect(rows[5]).toEqual([{ series: 'loss', step: 3, value: 0.25 }]);
  });

  it('reads a log whose header is separated by semicolons or tabs (CSVLogger(separator=...)) the same way', () => {
    const comma = parse('epoch,loss,val_loss', '0,1.5,NA', '1,0.5,0.75');
    expect(parse('epoch;loss;val_loss', '0;1.5;NA', '1;0.5;0.75')).toEqual(comma);
    expect(parse('\ufeffepoch\tloss\tval_loss', '0\t1.5\tNA', '1\t0.5\t0.75')).toEqual(comma);
    expect(comma[2]).toHaveLength(2);
  });

  it('is no log without a step or epoch column', () => {
    const p = new CsvLogParser();
    p.line('celsius,fahrenheit');
    expect(p.valid).toBe(false);
  });
});
