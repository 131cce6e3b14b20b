import { describe, expect, it } from 'vitest';
import { stemInfo } from './stem-info';

// seenOnly: ordinary only because the news word list has seen the spelling in print (names are printed
// too), not because the written list knows it as Hebrew (judged-clusters.ts lets such a spelling pair
// with an unknown one through an inserted א).
const rows: [string, boolean, boolean | undefined, string][] = [
  ['ניקולס', true, true, 'a foreign first name seen in the news pages'],
  ['פיצוי', true, undefined, 'a Hebrew word of the written list'],
  ['ניקולאס', false, undefined, 'an unknown spelling is no ordinary word at all'],
  ['הספר', true, undefined, 'ה + a word of the written list'],
  ['קריית', true, undefined, 'a Hebrew word ("town of"), in the written list though it heads place names'],
];

describe('stemInfo: common and seenOnly', () => {
  for (const [stem, common, seenOnly, reason] of rows)
    it(`${stem} — ${reason}`, () => {
      const info = stemInfo(stem);
      expect(info.common).toBe(common);
      expect(info.seenOnly).toBe(seenOnly);
    });
});

// Bucketing keys: two spellings of one name must share one, or they are never compared.
const keysOf = (stem: string) => {
  const info = stemInfo(stem);
  return new Set([info.key, info.joinedKey, ...(info.altKeys ?? [])]);
};
const sharedKeyRows: [string, string, string][] = [
  ['אלט׳ואהרי', 'א־זוואהירי', 'a joined article, then ט׳ written as its plain alternant ז (al-Zawahiri)'],
  ['אלארץ׳', 'אל־ארד', 'a joined article, then ץ׳ written as its plain alternant ד (al-Ard)'],
  ['פרבז', 'פרווז', 'a v written ב or וו (Pervez)'],
];

describe('stemInfo: spellings of one name share a bucketing key', () => {
  for (const [a, b, reason] of sharedKeyRows)
    it(`${a} / ${b} — ${reason}`, () => {
      const other = keysOf(b);
      expect([...keysOf(a)].some((k) => other.has(k))).toBe(true);
    });
});
