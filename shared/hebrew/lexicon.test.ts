import { describe, expect, it } from 'vitest';
import { isCommonWord, lexiconSize } from './lexicon';
import { NEWS_WORDS } from './lexicon-news';
import { normalizeWord } from './normalize';
import { starterGlossary } from '../glossary/starter';

describe('isCommonWord', () => {
  it('has a few thousand words', () => {
    expect(lexiconSize).toBeGreaterThan(3000);
  });
  for (const w of [
    'הממשלה',
    'ולממשלה',
    'ממשלתיים',
    'מדינות',
    'התקפות',
    'שהתחייבה',
    'והתקהלויות',
    'עיראקים',
    'הלבנוני',
    'סיפר',
    'דיבר',
    'שומר',
    'הייתה',
    'הערכות',
    'היערכות',
    'הפיכת',
    'בחשד',
    'החרם',
    'לצמצום',
    'עילת',
  ])
    it(`${w} is ordinary Hebrew (prefixes and inflections removed)`, () =>
      expect(isCommonWord(w)).toBe(true));
  for (const w of ['רסטן', 'ראסטן', 'חייאת', 'חומס', 'טלביסה', 'לבנון', 'נסראללה', 'אל־אסד'])
    it(`${w} is not (a name)`, () => expect(isCommonWord(w)).toBe(false));

  it('inflects a word read with the restored article as a noun only: the article takes no possessive', () => {
    // בסדר is ב + הסדר, the article's ה restored; ברגותי (Barghouti) is not ב + ה + הרגו + תי.
    expect(isCommonWord('בסדר')).toBe(true);
    expect(isCommonWord('ברגותי')).toBe(false);
    expect(isCommonWord('וברגותי')).toBe(false);
  });
});

describe('the words seen in news (lexicon-news.ts)', () => {
  const seen = new Set(NEWS_WORDS.split(/\s+/).filter((w) => w !== ''));

  it('knows the ordinary words real news showed missing, as written or after a prefix', () => {
    for (const w of ['בשורה', 'אמון', 'קרקעי', 'ופרוץ']) expect(isCommonWord(w)).toBe(true);
  });

  it('holds no name of the starter glossary', () => {
    const names = starterGlossary.entries.flatMap((e) =>
      e.terms.flatMap((t) => normalizeWord(t.text).split(/[ ־]/)),
    );
    expect(names.filter((n) => seen.has(n))).toEqual([]);
  });

  it('is never a base for a suffix: a short seen word does not make a name Hebrew', () => {
    // טק and היי are seen words; לטקיה (Latakia) and הייתם (Haitham) are not ל + טק + יה, היי + תם.
    expect(isCommonWord('לטקיה')).toBe(false);
    expect(isCommonWord('היית׳ם')).toBe(false);
  });
});
