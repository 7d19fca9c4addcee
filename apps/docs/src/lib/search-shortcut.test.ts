import { describe, expect, it } from 'vitest';
import { isTypingInto, opensSearch } from './search-shortcut';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const body = { tagName: 'BODY' };

describe('the search shortcut', () => {
  it('opens on a bare slash and on Ctrl+K or ⌘K, upper or lower case', () => {
    expect(opensSearch(press('/'), body)).toBe(true);
    expect(opensSearch(press('k', { ctrlKey: true }), body)).toBe(true);
    expect(opensSearch(press('k', { metaKey: true }), body)).toBe(true);
    expect(opensSearch(press('K', { ctrlKey: true }), null)).toBe(true);
  });

  it('leaves other keys and chords to the page', () => {
    expect(opensSearch(press('k'), body)).toBe(false);
    expect(opensSearch(press('/', { ctrlKey: true }), body)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, altKey: true }), body)).toBe(false);
    expect(opensSearch(press('Escape'), body)).toBe(false);
  });

  it('does not open while the reader types into a field, but does from a slider, a checkbox or a button', () => {
    for (const field of [
      { tagName: 'INPUT' },
      { tagName: 'input', type: 'search' },
      { tagName: 'INPUT', type: 'number' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(isTypingInto(field), JSON.stringify(field)).toBe(true);
      expect(opensSearch(press('/'), field)).toBe(false);
      expect(opensSearch(press('k', { ctrlKey: true }), field)).toBe(false);
    }
    for (const free of [
      { tagName: 'INPUT', type: 'range' },
      { tagName: 'INPUT', type: 'checkbox' },
      { tagName: 'BUTTON' },
    ]) {
      expect(opensSearch(press('/'), free), JSON.stringify(free)).toBe(true);
    }
  });
});
