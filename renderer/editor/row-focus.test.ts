import { describe, expect, it } from 'vitest';
import { nextRow } from './row-focus';

describe('keys that move between rows', () => {
  it.each<[string, number, number, number | null, string]>([
    // [key, from, rows, expected, why]
    ['ArrowDown', 3, 17, 4, 'the next row'],
    ['ArrowUp', 3, 17, 2, 'the previous row'],
    ['ArrowDown', 16, 17, 16, 'stays on the last row'],
    ['ArrowUp', 0, 17, 0, 'stays on the first row'],
    ['PageDown', 14, 17, 16, 'a page down, stopping at the last row'],
    ['PageUp', 7, 17, 2, 'a page up'],
    ['Home', 9, 17, 0, 'the first row'],
    ['End', 2, 17, 16, 'the last row'],
    ['Enter', 2, 17, null, 'not a movement key (Enter opens the editor)'],
    ['ArrowLeft', 2, 17, null, 'left and right belong to the text'],
  ])('%s from %i of %i → %s (%s)', (key, from, rows, expected) => {
    expect(nextRow(key, from, rows)).toBe(expected);
  });
});
