import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForComparison, normalizeWord } from './normalize';

// HEBREW.md §5: the recommended normalisation for comparison.
const table: [string, string, string][] = [
  ["ח'אן", 'ח׳אן', "ASCII ' after a Hebrew letter is a geresh"],
  ['ח’אן', 'ח׳אן', 'U+2019 (smart quote) as geresh, as at Mitvim'],
  ['ח‘אן', 'ח׳אן', 'U+2018 as geresh'],
  ['ח`אן', 'ח׳אן', 'backtick as geresh'],
  ['ח´אן', 'ח׳אן', 'acute accent as geresh'],
  ['ח\u059Cאן', 'ח׳אן', 'the accent U+059C mistaken for geresh'],
  ['צה"ל', 'צה״ל', 'ASCII " between letters is gershayim'],
  ['מזכ”ל', 'מזכ״ל', 'U+201D as gershayim, as at SANA'],
  ["צה''ל", 'צה״ל', 'two apostrophes for gershayim'],
  ['א-שאם', 'א־שאם', 'hyphen-minus between letters is a maqaf'],
  ['א–שאם', 'א־שאם', 'en dash between letters'],
  ['א—שאם', 'א־שאם', 'em dash between letters'],
  ['א‐שאם', 'א־שאם', 'U+2010 hyphen'],
  ['רסטן – טלביסה', 'רסטן – טלביסה', 'a spaced dash is punctuation, not maqaf'],
  ['שָׁלוֹם', 'שלום', 'niqqud is dropped'],
  ['שלום\u200F', 'שלום', 'RLM is dropped'],
  ['\u202Bשלום\u202C', 'שלום', 'embeddings are dropped'],
  ['"שלום"', '"שלום"', 'quotation marks around a word stay'],
];

describe('normalizeWord', () => {
  for (const [input, output, reason] of table)
    it(reason, () => {
      expect(normalizeWord(input)).toBe(output);
    });
});

describe('normalizeForComparison', () => {
  it('maps every normalised offset back into the original text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const { text: norm, origin } = normalizeForComparison(text);
        expect(origin.length).toBe(norm.length + 1);
        expect(origin[norm.length]).toBe(text.length);
        for (let i = 1; i < origin.length; i++)
          expect(origin[i] as number).toBeGreaterThan(origin[i - 1] as number);
      }),
    );
  });
});

describe('normalizeWord', () => {
  // Its shortcut (text returned as it is) must agree with the full normalisation on any text.
  const hebrewish = fc.string({
    unit: fc.constantFrom(...'אבחלןש ״׳־-\'"`’.,()\u05B0\u05BC\u200F\u202B12aZ'.split('')),
    maxLength: 12,
  });
  it('equals the full normalisation', () => {
    fc.assert(
      fc.property(fc.oneof(hebrewish, fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(normalizeWord(text)).toBe(normalizeForComparison(text).text);
      }),
    );
  });
});
