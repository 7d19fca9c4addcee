import { describe, expect, it } from 'vitest';
import { en } from './messages-en.js';
import { ja } from './messages-ja.js';

/** Every leaf of a table as `path: kind` (a function's kind includes its arity). */
function shape(table: unknown, path = ''): string[] {
  if (typeof table === 'function') return [`${path}: function/${table.length}`];
  if (Array.isArray(table))
    return [`${path}: array/${table.length}`, ...table.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (typeof table === 'object' && table !== null) {
    return Object.entries(table).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof table}`];
}

/** Every string of a table, with the strings (or lines) functions give for sample arguments. */
function strings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    const args = Array.from({ length: table.length }, () => 'X');
    if (table.length === 1 && table.name.startsWith('diverged')) {
      return [table({ message: 'm', epoch: '1', lr: '1', limit: null, belowLimit: false })];
    }
    if (table.length === 1 && table.name.startsWith('expected')) {
      return [{ rule: { min: 0 } }, { oneOf: ['a'] }, { phrase: 'p' }].map((e) => table(e));
    }
    // a function may give several lines
    return strings(table(...args));
  }
  if (typeof table === 'object' && table !== null) return Object.values(table).flatMap(strings);
  return [];
}

describe('message tables', () => {
  it('have the same keys, with values of the same kinds, in English and Japanese', () => {
    expect(shape(ja).sort()).toEqual(shape(en).sort());
  });

  it('have no empty words in either language', () => {
    for (const table of [en, ja]) for (const s of strings(table)) expect(s.trim()).not.toBe('');
  });

  it('write weight as 重み in Japanese, never 重量', () => {
    expect(strings(ja).some((s) => s.includes('重み'))).toBe(true);
    expect(strings(ja).some((s) => s.includes('重量'))).toBe(false);
  });

  it('word what a value had to be in Japanese from its parts, and keep an English phrase as it is', () => {
    const e = ja.errors.expected;
    expect(e({ oneOf: ['sgd', 'adam'] })).toBe('sgd, adam のいずれか');
    expect(e({ rule: { min: 0, minExclusive: true } })).toBe('0 より大きい数');
    expect(e({ rule: { integer: true, min: 1, max: 10 } })).toBe('1 から 10 までの整数');
    expect(e({ rule: { integer: true, min: 1, max: 9, maxExclusive: true } })).toBe('1 以上 9 未満の整数');
    expect(e({ rule: { min: 0, minExclusive: true, max: 1 } })).toBe('0 より大きく 1 以下の数');
    expect(e({ rule: { min: 0 } })).toBe('0 以上の数');
    expect(e({ rule: { max: 5, maxExclusive: true } })).toBe('5 未満の数');
    expect(e({ rule: { integer: true } })).toBe('有限の整数');
    expect(e({ phrase: 'key=value' })).toBe('key=value');
  });

  it('word what a value had to be in English exactly as core does', () => {
    expect(en.errors.expected({ rule: { min: 0, minExclusive: true, max: 10 } })).toBe('a number > 0 and <= 10');
    expect(en.errors.expected({ oneOf: ['sgd', 'adam'] })).toBe('one of sgd, adam');
  });
});
