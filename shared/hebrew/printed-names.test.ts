import { describe, expect, it } from 'vitest';
import { PRINTED_NAMES } from './printed-names';
import { DUAL_SPELLINGS } from './dual-spellings';
import { isCommonWord, isLexiconWord } from './lexicon';
import { normalizeWord } from './normalize';
import { prefixReadings } from './prefixes';

// A spelling of this list joins a word no list knows as one name (known-name-forms.ts): a Hebrew word in it
// would pair with Hebrew words wherever they stand (LESSONS.md 10).
describe('the list of printed names', () => {
  const spellings = PRINTED_NAMES.flatMap((row) => row.slice(1));

  it('names each row in English and holds each spelling once, one word in comparison form', () => {
    for (const row of PRINTED_NAMES) expect(row.length, row[0]).toBeGreaterThanOrEqual(2);
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const form of spellings) {
      expect(normalizeWord(form)).toBe(form);
      expect(form).not.toMatch(/\s/);
    }
  });

  it('holds no Hebrew word, alone or after a prefix', () => {
    for (const form of spellings) {
      expect(isLexiconWord(form) || isCommonWord(form), form).toBe(false);
      // A restored article reads a noun only (lexicon.ts): ברגותי is no ב + ה + הרגו + תי.
      for (const reading of prefixReadings(form))
        if (reading.prefix !== '' && !reading.articleRestored)
          expect(isCommonWord(reading.stem), `${form} = ${reading.prefix} + ${reading.stem}`).toBe(false);
    }
  });

  it('shares no spelling with the table of words written two accepted ways', () => {
    const dual = new Set(DUAL_SPELLINGS.flatMap((d) => d.rows.flat()));
    for (const form of spellings) expect(dual.has(form), form).toBe(false);
  });
});
