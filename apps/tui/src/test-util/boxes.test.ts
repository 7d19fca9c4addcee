import { describe, expect, it } from 'vitest';
import { boxProblems, columns } from './boxes.test-util.js';

describe('boxProblems', () => {
  it('finds no problem in boxes whose borders line up by display width', () => {
    const screen = ['╭────╮╭──╮', '│損失││ab│', '╰────╯╰──╯'];
    expect(boxProblems(screen)).toEqual({ problems: [], boxes: 2 });
  });

  it('reports a right border one column off, as a wide character counted as one column would leave it', () => {
    const screen = ['╭────╮', '│損失 │', '╰────╯'];
    const { problems } = boxProblems(screen);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('row 1');
  });

  it('lays a line out by columns, a wide character taking two', () => {
    expect(columns('a損b')).toEqual(['a', '損', '', 'b']);
  });
});
