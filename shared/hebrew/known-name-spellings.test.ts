import { describe, expect, it } from 'vitest';
import { KNOWN_NAME_SPELLINGS } from './known-name-spellings';
import { isCommonWord, isLexiconWord } from './lexicon';
import { normalizeWord } from './normalize';
import { prefixReadings } from './prefixes';
import { DUAL_SPELLINGS } from './dual-spellings';

// A name of the table that is also a Hebrew word would be "fixed" wherever the word stands (LESSONS.md
// 10): the table must hold none, alone or after a prefix. A country may be a word of the lists (the
// hand-written list holds country names), or read as כ and a rare abstract noun no news page writes
// with it (כווית as כ + הווית, "like the being of"): those are named here one by one.
const COUNTRIES = new Set(['אפגניסטן', 'כווית', 'כוויית']);

describe('the table of known name spellings', () => {
  const forms = KNOWN_NAME_SPELLINGS.flat();

  it('holds families of two spellings or more, each spelling once, in comparison form', () => {
    for (const family of KNOWN_NAME_SPELLINGS) expect(family.length).toBeGreaterThanOrEqual(2);
    expect(new Set(forms).size).toBe(forms.length);
    for (const form of forms) expect(normalizeWord(form)).toBe(form);
  });

  it('holds no Hebrew word, alone or after a prefix', () => {
    for (const form of forms.filter((f) => !COUNTRIES.has(f))) {
      expect(isLexiconWord(form), form).toBe(false);
      for (const reading of prefixReadings(form))
        if (reading.prefix !== '')
          expect(isCommonWord(reading.stem), `${form} = ${reading.prefix} + ${reading.stem}`).toBe(false);
    }
  });

  it('shares no spelling with the table of words written two accepted ways', () => {
    const dual = new Set(DUAL_SPELLINGS.flatMap((d) => d.rows.flat()));
    for (const form of forms) expect(dual.has(form), form).toBe(false);
  });
});
