import { describe, expect, it } from 'vitest';
import { keyboardNeighbours } from './keyboard';

describe('keyboardNeighbours', () => {
  it.each([
    ['ד', ['ש', 'ג', 'ק', 'ז', 'ס'], 'the S key: A and D beside it, E above, Z and X below'],
    ['ר', ['ק', 'א', 'ג', 'כ'], 'the R key: E and T beside it, D and F below'],
    ['ן', ['ו', 'ם', 'ח', 'ל'], 'the final nun has a key of its own (I), beside U and O'],
    ['ז', ['ס', 'ש', 'ד'], 'the Z key at the row’s start: X beside it, A and S above'],
  ])('%s: %j (%s)', (letter, neighbours) => {
    expect([...keyboardNeighbours(letter)].sort()).toEqual([...neighbours].sort());
  });

  it('gives none for a mark with no letter key of its own', () => {
    expect(keyboardNeighbours('׳')).toEqual([]);
  });
});
