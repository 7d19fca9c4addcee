import stringWidth from 'string-width';

/**
 * Text measured the way a terminal draws it: East Asian Wide characters (漢字, かな) take two columns, combining
 * marks none. Every pad, cut and width check of the screen goes through these, never through `.length`.
 */

/** Columns `text` takes on a terminal (escape codes take none). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// What can join characters into one grapheme: combining marks, joiners and other format characters, Hangul jamo,
// CR LF (and, tested apart, surrogate pairs). Text with none of them is one grapheme per UTF-16 unit.
const JOINING = /[\p{M}\p{Cf}\u1100-\u11ff\r]/u;
const SURROGATE = /[\ud800-\udfff]/;

// The screen's text comes from a small alphabet (digits, letters, box and block characters, kana and kanji)
const charWidths = new Map<string, number>();
function charWidth(ch: string): number {
  let width = charWidths.get(ch);
  if (width === undefined) {
    width = stringWidth(ch);
    charWidths.set(ch, width);
  }
  return width;
}

/**
 * The characters of `text` as the terminal draws them: one entry per grapheme, with its width in columns. Every
 * frame of the dashboard splits its lines this way, so text that cannot hold a multi-character grapheme is split
 * without the segmenter, which costs about a hundred times more per line.
 */
export function displayCells(text: string): { text: string; width: number }[] {
  if (!JOINING.test(text) && !SURROGATE.test(text))
    return Array.from(text, (ch) => ({ text: ch, width: charWidth(ch) }));
  return Array.from(graphemes.segment(text), ({ segment }) => ({ text: segment, width: stringWidth(segment) }));
}

/** The longest start of `text` that fits in `width` columns; a wide character that would straddle the edge is left out. */
export function sliceToWidth(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const c of displayCells(text)) {
    if (used + c.width > width) break;
    out += c.text;
    used += c.width;
  }
  return out;
}

/** `text` followed by spaces up to `width` columns (unchanged when it is already as wide). */
export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Spaces, then `text`, up to `width` columns (unchanged when it is already as wide). */
export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** `text` cut to at most `width` columns, ending in `…` when cut; never splits a character. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  return `${sliceToWidth(text, width - 1)}…`;
}

/**
 * `text` cut to `width` columns in the middle (`weig…_kg`), its start and end kept: for names that differ at their
 * ends (a column and its square, `min` and `max` versions). Unchanged when it fits.
 */
export function truncateMiddleToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 2) return truncateToWidth(text, width);
  const cells = [...displayCells(text)];
  let tail = '';
  let used = 0;
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i]!;
    if (used + c.width > Math.floor((width - 1) / 2)) break;
    tail = c.text + tail;
    used += c.width;
  }
  return `${sliceToWidth(text, width - 1 - used)}…${tail}`;
}

/** Pads every column to its widest cell, by display width (a Japanese character takes two columns). */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? '')))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => padEndToWidth(cell, widths[c]!))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * `text` in lines of at most `width` columns: wrapped as wrapLine wraps it (at spaces, and between Japanese
 * characters), then a word still wider than a line broken between characters. Past `maxLines` lines the last one kept
 * ends in `…`.
 */
export function wrapToWidth(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (let line of wrapLine(text, w)) {
    while (displayWidth(line) > w) {
      const head = sliceToWidth(line, w) || line.slice(0, 1);
      lines.push(head);
      line = line.slice(head.length);
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // greedy lines: the kept last one and the next together are wider than a line, so the cut ends in `…`
  kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, w);
  return kept;
}

// a run of spaces, then one wide (Japanese) character, or a run of other characters up to the next space or wide one
const WRAP_CHUNK =
  /\s*(?:[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)/g;
// what may not begin a line (closing marks and brackets, the long vowel mark, small kana): it stays with the chunk
// before it; an opening bracket may not end a line: it takes the chunk after it
const NO_LINE_START = /^[、。，．）」』】〕：！？ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)\]},.:;!?]/;
const NO_LINE_END = /[(（「『【〔[{]$/;

/**
 * One line of text (help, a description) wrapped to `width` columns: broken at spaces, and between two Japanese
 * characters, never before a closing mark such as 、 or 。 or ), a small kana or ー, and never after an opening bracket.
 * A break takes the spaces before it. Text with no Japanese wraps as commander wraps it, at spaces only.
 */
export function wrapLine(text: string, width: number): string[] {
  const chunks: string[] = [];
  for (const chunk of text.match(WRAP_CHUNK) ?? []) {
    if (chunks.length > 0 && (NO_LINE_START.test(chunk) || NO_LINE_END.test(chunks.at(-1)!)))
      chunks[chunks.length - 1] += chunk;
    else chunks.push(chunk);
  }
  if (chunks.length === 0) return [''];
  const lines: string[] = [];
  let line = chunks[0]!;
  for (const chunk of chunks.slice(1)) {
    if (displayWidth(line) + displayWidth(chunk) <= width) line += chunk;
    else {
      lines.push(line);
      line = chunk.trimStart();
    }
  }
  lines.push(line);
  return lines;
}
