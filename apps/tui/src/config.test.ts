import { describe, expect, it } from 'vitest';
import { trainConfig } from './config.js';
import { runCli } from './test-util/run-cli.test-util.js';

describe('train --lang', () => {
  it('takes the language from --lang over the locale, and from the locale without it', () => {
    expect(trainConfig({ lang: 'en' }, { LANG: 'ja_JP.UTF-8' }).locale).toBe('en');
    expect(trainConfig({ lang: 'ja' }, { LC_ALL: 'C' }).locale).toBe('ja');
    expect(trainConfig({}, { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'C' }).locale).toBe('ja');
    expect(trainConfig({}, {}).locale).toBe('en');
  });

  it('keeps --lang out of the recipe flags', () => {
    expect(trainConfig({ lang: 'ja', lr: '0.1' }, {}).flags).toEqual({ lr: '0.1' });
  });

  it('refuses another language in one line with exit 2', async () => {
    const r = await runCli(['train', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('neuronlab train: --lang must be one of en, ja, got "fr".\n');
  });

  it('words a bad flag value in Japanese under a Japanese locale, the value as typed', async () => {
    const r = await runCli(['train', '--lr', 'abc'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^neuronlab train: --lr の値が正しくありません: "abc"。許される値: .+の数。/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('keeps English where a program reads it: under --json, and under --lang en', async () => {
    const json = await runCli(['train', '--json', '--lr', 'abc'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(json.code).toBe(2);
    expect(json.err).toMatch(/^neuronlab train: --lr must be a number/);
    const en = await runCli(['train', '--lang', 'en', '--lr', 'abc'], { env: { LC_ALL: 'ja_JP.UTF-8' } });
    expect(en.err).toMatch(/^neuronlab train: --lr must be a number/);
  });

  it('words the piped summary as the dashboard does: in Japanese under a Japanese locale, in English under --lang en', async () => {
    const ja = { env: { LANG: 'ja_JP.UTF-8' } };
    const [r, en] = await Promise.all([
      runCli(['train', '--epochs', '5'], ja),
      runCli(['train', '--epochs', '5', '--lang', 'en'], ja),
    ]);
    expect([r.code, en.code]).toEqual([0, 0]);
    expect(r.out).toMatch(/^neuronlab: celsius で neuron を 5 エポック学習しました/);
    expect(en.out).toMatch(/^neuronlab: trained neuron on celsius for 5 epochs/);
  });
});

describe('sweep and runs compare --lang', () => {
  it('word a bad flag value in the language --lang names, and in English under --json', async () => {
    const sweep = await runCli(['sweep', '--lang', 'ja', '--lr', '1e-4,abc'], { env: { LANG: 'C' } });
    expect(sweep.code).toBe(2);
    expect(sweep.err).toMatch(/^neuronlab sweep: --lr の値が正しくありません: "abc"。許される値: .+の数。/);
    expect(sweep.err.trim().split('\n')).toHaveLength(1);
    const json = await runCli(['sweep', '--json', '--lr', '1e-4,abc'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(json.code).toBe(2);
    expect(json.err).toMatch(/^neuronlab sweep: --lr must be a number/);
  });

  it('frames a bad --jobs in Japanese under a Japanese locale', async () => {
    const jobs = await runCli(['sweep', '--jobs', '0'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(jobs.code).toBe(2);
    expect(jobs.err).toBe('neuronlab sweep: --jobs の値が正しくありません: "0"。許される値: 1 から 256 までの整数。\n');
  });
});
