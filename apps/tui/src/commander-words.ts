/**
 * commander's own errors (an unknown flag or command, a missing value, extra arguments) in the words of a message
 * table. commander hands over only an English message and a code; each code's message has one fixed form, whose
 * values (the flag, the name, the counts, its suggestions) are read back here and worded afresh. A form this does not
 * know (a commander upgrade that rewords one) keeps commander's English, made one line.
 */
import type { CommanderError } from 'commander';
import type { Messages } from './i18n/messages-en.js';

type Words = Messages['errors']['commander'];

/** The forms of commander's messages, by code, and how each one's values become its line. */
const FORMS: Readonly<Record<string, { form: RegExp; words: (m: RegExpExecArray, t: Words) => string }>> = {
  'commander.unknownOption': {
    form: /^error: unknown option '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s,
    words: (m, t) => t.unknownOption(m[1]!, suggestions(m[2])),
  },
  'commander.unknownCommand': {
    form: /^error: unknown command '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s,
    words: (m, t) => t.unknownCommand(m[1]!, suggestions(m[2])),
  },
  'commander.missingArgument': {
    form: /^error: missing required argument '(.*)'$/s,
    words: (m, t) => t.missingArgument(m[1]!),
  },
  'commander.optionMissingArgument': {
    form: /^error: option '(.*)' argument missing$/s,
    words: (m, t) => t.optionMissingArgument(m[1]!),
  },
  'commander.excessArguments': {
    form: /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    words: (m, t) => t.excessArguments(m[1] ?? null, Number(m[2]), Number(m[3])),
  },
  // the program's own (program.ts): `--version` with anything after it
  'neuronlab.version': {
    form: /^--version takes nothing else, got (.*)$/s,
    words: (m, t) => t.versionExtra(m[1]!),
  },
};

/** commander's `--lr, --lrr` suggestions as a list. */
function suggestions(list: string | undefined): string[] {
  return list === undefined ? [] : list.split(', ');
}

/** commander's English message as one line, for a form FORMS does not know. */
function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\.?\s*\n\s*\(Did you mean (.*)\?\)\s*$/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\.$/, '');
}

/** What went wrong, in `t`'s words, without the line's end (where to look). */
export function commanderWhat(error: CommanderError, t: Words): string {
  const known = FORMS[error.code];
  const m = known?.form.exec(error.message);
  return known && m ? known.words(m, t) : oneLine(error.message);
}
