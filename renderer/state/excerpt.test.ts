import { describe, expect, it } from 'vitest';
import { wordsAround } from './excerpt';

describe('words around a finding', () => {
  it.each([
    // [text, start, end, expected, why]
    ['כוחות אנטי-ממשלתיים דוחפים', 10, 11, 'אנטי-ממשלתיים', 'the hyphen joins the two words it sits in'],
    ['אל-אסד', 2, 3, 'אל-אסד', 'at the edges of the paragraph'],
    ['a - b', 2, 3, '-', 'a hyphen between spaces is its own stretch'],
    ['מ' + 'א'.repeat(40) + '-ב', 41, 42, 'א'.repeat(24) + '-ב', 'a very long word is cut at 24 characters'],
  ])('%s [%i,%i) → %s (%s)', (text, start, end, expected) => {
    expect(wordsAround(text, start, end)).toBe(expected);
  });
});
