import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderWhat } from './commander-words.js';
import { en } from './i18n/messages-en.js';
import { ja } from './i18n/messages-ja.js';

/** The error commander throws for `args` given to a small program: `train [--lr <rate>]`, `plot <paths...>`. */
function commanderError(args: string[]): CommanderError {
  const program = new Command('neuronlab').exitOverride().configureOutput({ outputError: () => {} });
  program.showSuggestionAfterError(true);
  program.command('train').option('--lr <rate>', 'learning rate').option('--lang <en|ja>', 'language');
  program.command('plot').argument('<paths...>', 'logs');
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error;
  }
  throw new Error(`commander accepted ${args.join(' ')}`);
}

// commander's messages, read back into their parts: a commander that words one differently fails here first
describe('commanderWhat', () => {
  it('reads every message form commander uses back into the same English line', () => {
    expect(commanderWhat(commanderError(['train', '--lrr', '1']), en.errors.commander)).toBe(
      "unknown option '--lrr' (did you mean --lr?)",
    );
    expect(commanderWhat(commanderError(['trian']), en.errors.commander)).toBe(
      "unknown command 'trian' (did you mean train?)",
    );
    expect(commanderWhat(commanderError(['plot']), en.errors.commander)).toBe("missing required argument 'paths'");
    expect(commanderWhat(commanderError(['train', '--lr']), en.errors.commander)).toBe(
      "option '--lr <rate>' argument missing",
    );
    expect(commanderWhat(commanderError(['train', 'extra']), en.errors.commander)).toBe(
      "too many arguments for 'train'. Expected 0 arguments but got 1",
    );
  });

  it('words them in Japanese from their parts', () => {
    expect(commanderWhat(commanderError(['train', '--lrr', '1']), ja.errors.commander)).toBe(
      "不明なオプション '--lrr' です (--lr のことですか?)",
    );
    expect(commanderWhat(commanderError(['train', '--foo']), ja.errors.commander)).toBe(
      "不明なオプション '--foo' です",
    );
    expect(commanderWhat(commanderError(['plot']), ja.errors.commander)).toBe("必須の引数 'paths' がありません");
    expect(commanderWhat(commanderError(['train', 'extra']), ja.errors.commander)).toBe(
      "'train' の引数が多すぎます。0 個のところ 1 個あります",
    );
  });

  it('keeps a message of a form it does not know as commander wrote it, on one line', () => {
    const odd = new CommanderError(1, 'commander.somethingNew', 'error: something new.\n(Did you mean this?)');
    expect(commanderWhat(odd, ja.errors.commander)).toBe('something new (did you mean this?)');
  });
});
