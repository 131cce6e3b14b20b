import { describe, expect, it } from 'vitest';
import { isIsmBesideBase } from './ism-suffix';

const table: [string, string, boolean, string][] = [
  ['אמריקנים', 'אמריקניזם', true, 'the people and the -ism derived from them'],
  ['לאומי', 'לאומיזם', true, 'an adjective and its -ism'],
  ['פשיזם', 'פאשיזם', false, 'two spellings of one -ism are compared as any spelling is'],
  ['אמריקנים', 'אמריקאים', false, 'no -ism on either'],
];

describe('isIsmBesideBase', () => {
  it.each(table)('%s / %s → %s (%s)', (a, b, expected) => {
    expect(isIsmBesideBase(a, b)).toBe(expected);
    expect(isIsmBesideBase(b, a)).toBe(expected);
  });
});
