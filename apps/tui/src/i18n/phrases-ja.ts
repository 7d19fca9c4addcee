/**
 * The sentences errors carry as data in Japanese: the packages' phrase books as lab words them, and the CLI's own;
 * the same keys and values as errors-en.ts's PHRASES (checked by the type `Messages`).
 */
import { ERROR_WORDS_JA } from '@neuronlab/lab';
import type { Messages } from './messages-en.js';

export const phrasesJa: Messages['errors']['phrases'] = {
  ...ERROR_WORDS_JA.phrases,

  // the CLI's own
  speedSuchAs: (example) => `${example} のような数か、max を指定してください。`,
  epochFromTo: (last) => `0 から ${last} までのエポックを指定してください (--epochs)。`,
  rowSuchAs: (example) => `${example} のようなバッチの行を指定してください。`,
  digitsSuchAs: (most, example) => `1 から ${most} まで、たとえば ${example} を指定してください。`,
  numbersSuchAs: (example) => `${example} のような数を渡してください。`,
  rangeCount: (flag) => `${flag} (個数)`,
  inputArgument: (n) => `入力 ${n}`,
  stdinLine: (line) => `標準入力の ${line} 行目`,
};
