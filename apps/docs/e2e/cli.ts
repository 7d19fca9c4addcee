import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DoneEvent, NetworkStep, TrainEvent } from '@neuronlab/core';

/** The built `neuronlab` command of apps/tui. */
const cliPath = fileURLToPath(new URL('../../tui/dist/cli.js', import.meta.url));

/** Runs `neuronlab train <args> --json` and returns its done event; fails loudly when the CLI is not built. */
export function cliTrainDone(args: readonly string[]): DoneEvent {
  if (!existsSync(cliPath)) {
    throw new Error(
      `docs e2e: the CLI is not built at ${cliPath}. Run "pnpm turbo run build --filter=@neuronlab/tui".`,
    );
  }
  const out = execFileSync(process.execPath, [cliPath, 'train', ...args, '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const events = out
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as TrainEvent);
  const done = events.find((e): e is DoneEvent => e.type === 'done');
  if (!done)
    throw new Error(`docs e2e: "neuronlab train ${args.join(' ')} --json" printed no done event:\n${out.slice(-500)}`);
  return done;
}

/** Runs `neuronlab step <args> --json` and returns the step it prints; fails loudly when the CLI is not built. */
export function cliStep(args: readonly string[]): NetworkStep {
  if (!existsSync(cliPath)) {
    throw new Error(
      `docs e2e: the CLI is not built at ${cliPath}. Run "pnpm turbo run build --filter=@neuronlab/tui".`,
    );
  }
  const out = execFileSync(process.execPath, [cliPath, 'step', ...args, '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return (JSON.parse(out) as { step: NetworkStep }).step;
}

/** Splits a command as recipeToCommand writes it (`neuronlab train --lr 0.03 …`) into its flag arguments. */
export function commandArgs(command: string): string[] {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'neuronlab' || words[1] !== 'train')
    throw new Error(`docs e2e: not a train command, got "${command}".`);
  // recipeToCommand quotes a word with shell characters (`'x1^2,x2^2'`) and never one holding a quote itself
  return words
    .slice(2)
    .filter((w) => w !== '--json')
    .map((w) => w.replace(/^'(.*)'$/, '$1'));
}
