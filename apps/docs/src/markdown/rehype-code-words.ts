/**
 * Keeps each word of inline code that holds a hyphen on one line, in the prose (this rehype plugin) and in the demos'
 * command lines (codeParts). A browser may break a line after any hyphen, so `--log-dir` at the end of a line showed
 * as `-` and `-log-dir`, and `sweep-<time>` as two names. Each such word goes into a span that does not wrap; the
 * spaces between words still may, and copying the code copies the same text. Words longer than a phone's line allows
 * stay breakable, so no page grows wider than the screen. Code blocks are left alone: they scroll.
 */

/** The parts of a hast node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The longest word kept whole: about half a phone's line of code at the prose's size. */
const LONGEST_WHOLE = 30;

/** The class of a word's span; the site's CSS keeps it on one line. */
export const CODE_WORD_CLASS = 'nl-code-word';

/** A rehype plugin: wraps each hyphenated word of inline code (outside `pre`) in a span that does not wrap. */
export function rehypeCodeWords() {
  return (tree: HastNode) => {
    visit(tree, false);
  };
}

function visit(node: HastNode, inPre: boolean): void {
  if (node.type === 'element' && node.tagName === 'code' && !inPre) {
    node.children = node.children?.flatMap(splitWords);
    return;
  }
  for (const child of node.children ?? []) visit(child, inPre || node.tagName === 'pre');
}

/** `text` cut into its words and the spaces between them, each word marked `whole` when it is kept on one line. */
export function codeParts(text: string): { readonly text: string; readonly whole: boolean }[] {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, whole: part.includes('-') && !/\s/.test(part) && part.length <= LONGEST_WHOLE }));
}

function splitWords(node: HastNode): HastNode[] {
  if (node.type !== 'text' || !node.value?.includes('-')) return [node];
  return codeParts(node.value).map(({ text, whole }) =>
    whole
      ? {
          type: 'element',
          tagName: 'span',
          properties: { className: [CODE_WORD_CLASS] },
          children: [{ type: 'text', value: text }],
        }
      : { type: 'text', value: text },
  );
}
