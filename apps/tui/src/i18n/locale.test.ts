import { describe, expect, it } from 'vitest';
import { chooseLocale, localeFromEnv, parseLocale } from './locale.js';

describe('localeFromEnv', () => {
  it('reads Japanese from LANG alone', () => {
    expect(localeFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(localeFromEnv({ LANG: 'ja' })).toBe('ja');
  });

  it('speaks English for C, POSIX, other languages and an empty environment', () => {
    for (const LANG of ['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'de_DE.UTF-8'])
      expect(localeFromEnv({ LANG })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
  });

  it('lets LC_ALL win over LC_MESSAGES and LANG', () => {
    expect(localeFromEnv({ LC_ALL: 'C', LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'C', LANG: 'C' })).toBe('ja');
  });

  it('lets LC_MESSAGES win over LANG', () => {
    expect(localeFromEnv({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(localeFromEnv({ LC_MESSAGES: 'POSIX', LANG: 'ja_JP.UTF-8' })).toBe('en');
  });

  it('skips variables that are set but empty', () => {
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(localeFromEnv({ LC_ALL: '', LANG: 'C' })).toBe('en');
  });
});

describe('chooseLocale', () => {
  it('takes --lang over the environment, both ways', () => {
    expect(chooseLocale('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(chooseLocale('ja', { LC_ALL: 'C' })).toBe('ja');
  });

  it('falls back to the environment without --lang', () => {
    expect(chooseLocale(undefined, { LANG: 'ja_JP.UTF-8' })).toBe('ja');
  });

  it('refuses any other --lang value in one line naming the value and the allowed ones', () => {
    expect(() => parseLocale('fr')).toThrow(RangeError);
    expect(() => parseLocale('ja_JP')).toThrow('--lang must be one of en, ja, got "ja_JP".');
    expect(() => chooseLocale('', {})).toThrow('got "".');
  });
});
