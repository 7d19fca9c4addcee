import { describe, expect, it } from 'vitest';
import { stripAnsi } from './dashboard.js';

describe('stripAnsi', () => {
  it("removes colour and cursor sequences so the dashboard's finished line can be matched", () => {
    const esc = String.fromCharCode(27);
    const raw = `${esc}[32m│${esc}[39m ✓ ${esc}[1mfinished${esc}[22m after 10,000 epochs${esc}[?2026l${esc}]0;title${String.fromCharCode(7)}`;
    expect(stripAnsi(raw)).toBe('│ ✓ finished after 10,000 epochs');
  });
});
