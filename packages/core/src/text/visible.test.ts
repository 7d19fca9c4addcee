import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, excerpt, quote, visible } from './visible.js';

describe('visible', () => {
  it('shows escape sequences and other control characters as escapes, leaving other text alone', () => {
    // clear screen, then set the window title: both must arrive as inert text
    expect(visible('\u001b[2J\u001b]0;pwned\u0007name')).toBe('\\x1b[2J\\x1b]0;pwned\\x07name');
    expect(visible('a\tb\r\nc\u007f\u009b')).toBe('a\\x09b\\x0d\\x0ac\\x7f\\x9b');
    expect(visible('°C → °F, naïve')).toBe('°C → °F, naïve');
  });
});

describe('excerpt and quote', () => {
  it('cut long text to the excerpt length with an ellipsis; quote also escapes and makes it visible', () => {
    const long = 'x'.repeat(10_000);
    expect(excerpt(long)).toBe(`${'x'.repeat(EXCERPT_CHARS)}…`);
    expect(excerpt('abcdef', 3)).toBe('abc…');
    expect(quote(long)).toBe(`"${'x'.repeat(EXCERPT_CHARS)}…"`);
    // JSON.stringify escapes C0 controls itself; the C1 CSI (\u009b) needs visible
    expect(quote('say "hi"\u001b\u009b')).toBe('"say \\"hi\\"\\u001b\\x9b"');
  });
});
