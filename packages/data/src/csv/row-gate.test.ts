import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvStream } from './parse-csv.js';
import { RowGate } from './row-gate.js';
import { toPapaStream } from './source.js';

const refuse = (start: string): never => {
  throw new Error(`too long: ${start.length}`);
};

/** The texts papaparse receives for `chunks`, in order. */
async function handedOver(chunks: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  const stream = toPapaStream(chunks, new RowGate(',', 1 << 20, refuse), () => false);
  stream.on('data', (t) => texts.push(t as string));
  await new Promise<void>((resolve, reject) => {
    stream.on('end', () => resolve());
    stream.start(reject);
  });
  return texts;
}

const split = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('RowGate', () => {
  it('hands the parser every character once, in whole rows, so no row is scanned again per chunk', async () => {
    // a 500,000-character row in 1,000-character chunks: the parser used to re-scan the row for each of 500 chunks
    const text = `a,b\n${'1'.repeat(500_000)},2\n3,4\n`;
    const texts = await handedOver(split(text, 1000));
    expect(texts.join('')).toBe(text);
    expect(texts.reduce((n, t) => n + t.length, 0)).toBe(text.length);
    for (const t of texts) expect(t.endsWith('\n')).toBe(true);
    expect(texts.length).toBeLessThanOrEqual(3);
  });

  it('never cuts inside a quoted cell, even one holding line breaks, doubled quotes and delimiters', async () => {
    const text = 'x,"note"\n1,"a\nb ""c"", d\r\ne"\n2,"x"\r\n3,plain"quote\n';
    for (let size = 1; size <= text.length; size++) {
      const texts = await handedOver(split(text, size));
      expect(texts.join('')).toBe(text);
      for (const t of texts.slice(0, -1))
        expect(t).toMatch(/(^|\n)(2,"x"\r\n|3,plain"quote\n|1,"a\nb ""c"", d\r\ne"\n|x,"note"\n)$/);
    }
  });

  it('waits for the \\n after a \\r that ends a chunk, and takes a lone \\r as a line break', () => {
    const gate = new RowGate(',', 100, refuse);
    expect(gate.push('a,b\r')).toBe('');
    expect(gate.push('\n1,2\r')).toBe('a,b\r\n');
    expect(gate.push('3,4')).toBe('1,2\r');
    expect(gate.end()).toBe('3,4');
  });

  it('calls its limit when the row in progress passes the maximum', () => {
    const gate = new RowGate(',', 10, refuse);
    expect(gate.push('1,2\n12345')).toBe('1,2\n');
    expect(() => gate.push('678901')).toThrow('too long: 11');
  });

  it('gives the parser the same rows as one string whatever the chunking (quoted line breaks, CRLF, CR)', async () => {
    for (const text of ['a,"b\nc"\n1,"x\r\ny"\n2,z\n', 'a,b\r\n1,2\r\n', 'a,b\r1,2\r3,4']) {
      const whole = parseCsv(text, { task: 'multiclass' });
      for (let size = 1; size <= text.length; size++) {
        const d = await parseCsvStream(split(text, size), { task: 'multiclass' });
        expect([d.featureNames, d.targetNames, [...d.x], [...d.y]]).toEqual([
          whole.featureNames,
          whole.targetNames,
          [...whole.x],
          [...whole.y],
        ]);
      }
    }
  });
});
