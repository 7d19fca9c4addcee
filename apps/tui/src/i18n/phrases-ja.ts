/**
 * The sentences errors carry as data in Japanese: the packages' phrase books as lab words them, and the CLI's own;
 * the same keys and values as errors-en.ts's PHRASES (checked by the type `Messages`).
 */
import type { CsvOptionWords } from '@neuronlab/data';
import { csvOptionPhrasesJa, ERROR_WORDS_JA } from '@neuronlab/lab';
import type { Messages } from './messages-en.js';

/** The CSV reader's options as `train` takes them, in a Japanese sentence (see CSV_OPTION_WORDS_JA). */
const CSV_FLAGS_JA: CsvOptionWords = { x: '--x', y: '--y', task: (kind) => `--task ${kind} を指定` };

export const phrasesJa: Messages['errors']['phrases'] = {
  ...ERROR_WORDS_JA.phrases,
  ...csvOptionPhrasesJa(CSV_FLAGS_JA),

  // the CLI's own
  speedSuchAs: (example) => `${example} のような数か、max を指定してください。`,
  epochFromTo: (last) => `0 から ${last} までのエポックを指定してください (--epochs)。`,
  rowSuchAs: (example) => `${example} のようなバッチの行を指定してください。`,
  digitsSuchAs: (most, example) => `1 から ${most} まで、たとえば ${example} を指定してください。`,
  numbersSuchAs: (example) => `${example} のような数を渡してください。`,
  rangeCount: (flag) => `${flag} (個数)`,
  inputArgument: (n) => `入力 ${n}`,
  stdinLine: (line) => `標準入力の ${line} 行目`,
  dataRow: (path, row) => `${path} の ${row} 番目の行`,
};
