import { expect } from 'vitest';
import { displayCells, displayWidth } from '../text-width.js';

/**
 * A screen line as the terminal lays it out: one entry per column, a wide character in its first column and '' in
 * its second, so `columns(line)[c]` is what shows at display column c.
 */
export function columns(line: string): string[] {
  return displayCells(line).flatMap((c) => (c.width === 2 ? [c.text, ''] : c.width === 0 ? [] : [c.text]));
}

/**
 * Every rounded box on a screen, checked column by column: from each `╭` to the next `╮` on its row, every row below
 * down to the `╰` must show `│` at both the left and the right column, and the bottom row `╰` … `╯` at them. Returns
 * what is out of line (empty when every box is aligned), and how many boxes it checked.
 */
export function boxProblems(screen: readonly string[]): { problems: string[]; boxes: number } {
  const grid = screen.map(columns);
  const problems: string[] = [];
  let boxes = 0;
  grid.forEach((row, top) => {
    row.forEach((ch, left) => {
      if (ch !== '╭') return;
      const right = row.indexOf('╮', left + 1);
      if (right < 0) problems.push(`row ${top}: ╭ at column ${left} has no ╮`);
      else {
        boxes++;
        const problem = sidesProblem(grid, top, left, right);
        if (problem !== null) problems.push(problem);
      }
    });
  });
  return { problems, boxes };
}

/** What is wrong with the sides of the box whose top row is `top`, from column `left` to `right`, or null. */
function sidesProblem(grid: readonly string[][], top: number, left: number, right: number): string | null {
  for (let r = top + 1; r < grid.length; r++) {
    const [l, rr] = [grid[r]![left], grid[r]![right]];
    if (l === '╰')
      return rr === '╯' ? null : `row ${r}: box from row ${top} ends with ${JSON.stringify(rr)} at ${right}`;
    if (l !== '│' || rr !== '│') {
      return `row ${r}: box from row ${top} has ${JSON.stringify(l)} at ${left}, ${JSON.stringify(rr)} at ${right}`;
    }
  }
  return `row ${top}: box at column ${left} is never closed`;
}

/**
 * Checks a terminal screen as captured: every line fits `width` columns by display width and every box's borders
 * line up; returns how many boxes there are. The empty lines below what was drawn are left out.
 */
export function expectAligned(screen: string, width: number): number {
  const rows = screen.replace(/\n+$/, '').split('\n');
  for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(width);
  const { problems, boxes } = boxProblems(rows);
  expect(problems, screen).toEqual([]);
  return boxes;
}
