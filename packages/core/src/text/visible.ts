// C0 controls, DEL and C1 controls: a terminal acts on these (ESC starts a sequence that can clear the screen or set
// the title), so text from files or the command line must never reach it raw. Tab and line breaks included: an
// error or a label is one line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The longest excerpt of untrusted text an error message quotes, in characters (before the ellipsis). */
export const EXCERPT_CHARS = 80;

/**
 * `text` with every control character shown as a `\xNN` or `\uNNNN` escape instead of acting on the terminal, so
 * text from files and arguments (CSV headers, labels, file names) is safe to print.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** At most `max` characters of `text`, plus `…` when cut (still raw: pass it through `visible` or `quote` to print). */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** An excerpt of untrusted `text` in double quotes, JSON-escaped and made visible: how an error message quotes input. */
export function quote(text: string, max = EXCERPT_CHARS): string {
  return visible(JSON.stringify(excerpt(text, max)));
}
