import { describe, expect, it } from 'vitest';
import { CODE_WORD_CLASS, rehypeCodeWords } from './rehype-code-words.js';

const text = (value: string) => ({ type: 'text', value });
const code = (value: string) => ({ type: 'element', tagName: 'code', children: [text(value)] });
const word = (value: string) => ({
  type: 'element',
  tagName: 'span',
  properties: { className: [CODE_WORD_CLASS] },
  children: [text(value)],
});

function run(tree: object) {
  rehypeCodeWords()(tree as Parameters<ReturnType<typeof rehypeCodeWords>>[0]);
  return tree;
}

describe('rehypeCodeWords', () => {
  it('wraps each hyphenated word of inline code, keeping every character and space', () => {
    const tree = run({
      type: 'root',
      children: [{ type: 'element', tagName: 'p', children: [code('train --log-dir runs  -x 2')] }],
    });
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          children: [
            {
              type: 'element',
              tagName: 'code',
              children: [
                text('train'),
                text(' '),
                word('--log-dir'),
                text(' '),
                text('runs'),
                text('  '),
                word('-x'),
                text(' '),
                text('2'),
              ],
            },
          ],
        },
      ],
    });
  });

  it('leaves code blocks, code without hyphens and words too long for a phone line as they are', () => {
    const block = { type: 'element', tagName: 'pre', children: [code('neuronlab train --log-dir runs')] };
    const long = code('a-very-long-hyphenated-name-that-would-not-fit');
    const plain = code('model.json');
    const tree = run({
      type: 'root',
      children: [structuredClone(block), structuredClone(long), structuredClone(plain)],
    });
    expect(tree).toEqual({ type: 'root', children: [block, long, plain] });
  });
});
