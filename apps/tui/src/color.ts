/**
 * Whether the user asked for no colour: NO_COLOR set and not empty (https://no-color.org). The one place the
 * program reads it: error lines, chart rows and (through chalk, see cli.ts) Ink's coloured text all follow it.
 */
export function noColorRequested(): boolean {
  return Boolean(process.env.NO_COLOR);
}
