import { EXIT } from './errors.js';
import { buildProgram, CommanderError, commanderErrorLine } from './program.js';

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // the subcommand the user typed, if it is one, so the hint points at its own --help
    const command = program.commands.find((c) => c.name() === argv[2])?.name();
    const line = commanderErrorLine(error, command);
    if (line === null) return EXIT.ok;
    const red = process.stderr.isTTY === true && !process.env.NO_COLOR;
    process.stderr.write(red ? `\u001b[31m${line}\u001b[39m\n` : `${line}\n`);
    return EXIT.usage;
  }
  return code;
}
