import { describe, expect, it } from 'vitest';
import { isCommonWord, lexiconSize } from './lexicon';

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
});
