import { describe, expect, it } from 'vitest';
import { LOCALES, localeOf } from './locale';
import { messagesFor } from './messages';

/** Every path to a leaf of a message table, with the leaf's kind. */
function leaves(table: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (table !== null && typeof table === 'object') {
    for (const [key, value] of Object.entries(table)) {
      for (const [path, kind] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, kind);
    }
  } else {
    out.set(prefix, typeof table);
  }
  return out;
}

describe('message tables', () => {
  const english = leaves(messagesFor('en'));

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, each of the same kind', (locale) => {
    const other = leaves(messagesFor(locale));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, kind] of english) expect(`${path}: ${other.get(path)}`).toBe(`${path}: ${kind}`);
  });

  it.each([...LOCALES])('%s has no empty string', (locale) => {
    const table = messagesFor(locale);
    const empty = [...leaves(table)].filter(([path, kind]) => {
      if (kind !== 'string') return false;
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);
      return (value as string).trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('reads the locale of a language tag or a path, English otherwise', () => {
    expect([localeOf('ja'), localeOf('ja-JP'), localeOf('/ja/neuron/'), localeOf('en'), localeOf('/neuron/')]).toEqual([
      'ja',
      'ja',
      'ja',
      'en',
      'en',
    ]);
    expect(localeOf(undefined)).toBe('en');
  });
});
