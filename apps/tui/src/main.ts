import { visible } from '@neuronlab/core';
import type { Command } from 'commander';
import { colorEnabled, EXIT } from './errors.js';
import { chooseLocale, type Locale, localeFromEnv } from './i18n/locale.js';
import { errorWords, messagesFor } from './i18n/messages.js';
import { buildProgram, CommanderError, commanderErrorLine } from './program.js';

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(
    (c) => {
      code = c;
    },
    argv,
    messagesFor(helpLocale(argv.slice(2))).help,
  );
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    const args = argv.slice(2);
    // commander stopped before any option was read: the language is the --lang typed, else the terminal's
    const words = errorWords(typedLang(args), args.includes('--json')).commander;
    const line = commanderErrorLine(error, typedCommand(program, args), words);
    if (line === null) return EXIT.ok;
    // the line quotes what was typed (an unknown flag may carry escape sequences): made visible
    const safe = visible(line);
    process.stderr.write(colorEnabled() ? `\u001b[31m${safe}\u001b[39m\n` : `${safe}\n`);
    return EXIT.usage;
  }
  return code;
}

/** The language of --help: the --lang typed, else the terminal's (also when the --lang typed is no language). */
function helpLocale(args: readonly string[]): Locale {
  try {
    return chooseLocale(typedLang(args), process.env);
  } catch {
    return localeFromEnv(process.env);
  }
}

/** The value typed for --lang (`--lang ja` or `--lang=ja`), if any. */
function typedLang(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === '--lang') return args[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The (sub)command the user typed, as words (`datasets export`), so an error's hint points at that command's own
 * --help; undefined when the first word is no command.
 */
function typedCommand(program: Command, args: readonly string[]): string | undefined {
  const words: string[] = [];
  let command = program;
  for (const arg of args) {
    const sub = command.commands.find((c) => c.name() === arg);
    if (sub === undefined) break;
    words.push(arg);
    command = sub;
  }
  return words.length > 0 ? words.join(' ') : undefined;
}
