import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DOCS = fileURLToPath(new URL('../content/docs/', import.meta.url));

/** The hand-written English pages (the generated API reference and the translations aside), relative to DOCS. */
function englishPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(DOCS, full);
      if (statSync(full).isDirectory()) {
        if (rel !== 'api' && rel !== 'ja') walk(full);
      } else if (/\.mdx?$/.test(name)) out.push(rel);
    }
  };
  walk(DOCS);
  return out.sort();
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// a sentence may name the same thing twice in one language and once in the other
const distinct = (items: string[]) => [...new Set(items)].sort();

/** What a translation must keep exactly: code blocks and display formulas in order, the inline formulas and code that appear, the heading levels. */
function invariantParts(source: string) {
  let text = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const fences = [...text.matchAll(/^```[\s\S]*?^```/gm)].map((m) => m[0]);
  text = text.replace(/^```[\s\S]*?^```/gm, '');
  // inline code first: it may hold a dollar sign; ``double`` spans may hold a backtick
  // a span may wrap onto the next line, where the translation may not wrap: whitespace is compared collapsed
  const inlineCode = distinct([...text.matchAll(/``[\s\S]+?``|`[^`]+`/g)].map((m) => collapse(m[0])));
  text = text.replace(/``[\s\S]+?``|`[^`]+`/g, '');
  const display = [...text.matchAll(/\$\$[\s\S]*?\$\$/g)].map((m) => collapse(m[0]));
  text = text.replace(/\$\$[\s\S]*?\$\$/g, '');
  const inlineMath = distinct([...text.matchAll(/\$[^$]+\$/g)].map((m) => collapse(m[0])));
  const headings = [...text.matchAll(/^(#{2,6}) /gm)].map((m) => m[1]).join(' ');
  return { fences, display, inlineMath, inlineCode, headings };
}

describe('the Japanese pages', () => {
  const pages = englishPages();

  it('cover every hand-written English page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    const missing = pages.filter((p) => {
      try {
        return !statSync(join(DOCS, 'ja', p)).isFile();
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s: its Japanese page keeps the code, the formulas and the heading structure', (page) => {
    const english = invariantParts(readFileSync(join(DOCS, page), 'utf8'));
    const japanese = invariantParts(readFileSync(join(DOCS, 'ja', page), 'utf8'));
    expect(japanese).toEqual(english);
  });
});
