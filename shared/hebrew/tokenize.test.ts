import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberTokenEnd, readToken, startsToken, tokenize } from './tokenize';

const table: [string, string[], string][] = [
  ["ח'אן יונס", ["ח'אן", 'יונס'], 'internal geresh stays in the word'],
  ["שיח' אחמד", ["שיח'", 'אחמד'], 'a final geresh after ח is part of the word'],
  ["אמר 'שלום'", ['אמר', 'שלום'], 'quote marks around a word are not part of it'],
  ['צה"ל הודיע', ['צה"ל', 'הודיע'], 'gershayim inside an acronym'],
  ['מזל"טים', ['מזל"טים'], 'gershayim before the plural ending'],
  ['ל"רכבי טרור"', ['ל', 'רכבי', 'טרור'], 'a prefix before an opening quote (Academy: prefix outside)'],
  ['הייאת תחריר א-שאם', ['הייאת', 'תחריר', 'א-שאם'], 'the article with maqaf is one token'],
  ['כ-280,000 בני אדם', ['כ-280,000', 'בני', 'אדם'], 'prefix, maqaf and a number with a comma'],
  ['1.5 מיליון', ['1.5', 'מיליון'], 'a decimal number'],
  ['הכביש M5 המקשר', ['הכביש', 'M5', 'המקשר'], 'Latin with digits'],
  ['(HTS)', ['HTS'], 'Latin in brackets'],
  ['שָׁלוֹם עוֹלָם', ['שָׁלוֹם', 'עוֹלָם'], 'niqqud belongs to its word'],
  ['רסטן – טלביסה', ['רסטן', 'טלביסה'], 'a spaced dash separates words'],
  [
    "מבטאים: 'סור באהר' בערבית",
    ['מבטאים', 'סור', 'באהר', 'בערבית'],
    'a quote mark after ר closes the quotation opened before the name: no geresh',
  ],
  [
    "ה'רשות הפלסטינית' הודיעה",
    ['ה', 'רשות', 'הפלסטינית', 'הודיעה'],
    'a quotation opened after the prefix ה closes after ת (ת׳ would be th)',
  ],
  ['לזה ‘סילבסטר’, אומר', ['לזה', 'סילבסטר', 'אומר'], 'typographic single quotes around a word'],
  [
    "'המועצה הצבאית של מנבג'\" אמרו",
    ['המועצה', 'הצבאית', 'של', "מנבג'", 'אמרו'],
    'ג׳ (j) keeps its geresh inside a quotation: Hebrew writes the sound no other way',
  ],
  [
    "הוא פנה ל'מרצ' בבקשה",
    ['הוא', 'פנה', 'ל', 'מרצ', 'בבקשה'],
    "a word quoted alone (ל'מרצ', Meretz): the same mark right after it closes the quotation, even after צ",
  ],
  ['פורסם ב‘מנבג’ היום', ['פורסם', 'ב', 'מנבג', 'היום'], 'typographic quotes around one word after ג'],
  [
    "הוא אמר 'ג'ורג' בוש' בטלוויזיה",
    ['הוא', 'אמר', "ג'ורג'", 'בוש', 'בטלוויזיה'],
    'the quotation goes on past the word (its mark closes after בוש): the mark after ג is the geresh',
  ],
  [
    "ביקר ב'מנבג' ואז ב'חלב'.",
    ['ביקר', 'ב', 'מנבג', 'ואז', 'ב', 'חלב'],
    'two words quoted one after the other: the later closing mark belongs to the quotation opened after it',
  ],
  [
    "הנשיא ג'ורג' בוש הגיע",
    ['הנשיא', "ג'ורג'", 'בוש', 'הגיע'],
    'a geresh inside a word opens no quotation: the final one stays',
  ],
  [
    "ראש העיר. השייח' אמר",
    ['ראש', 'העיר', "השייח'", 'אמר'],
    'no quotation open in the sentence: a final geresh after ח stays',
  ],
];

describe('tokenize', () => {
  for (const [text, words, reason] of table)
    it(reason, () => {
      expect(tokenize(text).map((t) => t.text)).toEqual(words);
    });

  it('gives the comparison form with Hebrew marks', () => {
    expect(tokenize('ח\'אן צה"ל א-שאם').map((t) => t.norm)).toEqual(['ח׳אן', 'צה״ל', 'א־שאם']);
  });

  it('ranges are exact, ordered and non-overlapping on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.text).toBe(text.slice(t.start, t.end));
          last = t.end;
        }
      }),
    );
  });

  it('numberTokenEnd ends a number where readToken does, or leaves the token to it', () => {
    const piece = fc.constantFrom(
      ...'אב 0 1 9 , . , . \'"-־׳״aZ:'.split(''),
      '\u05B8',
      '\u200F',
      '280,000',
      'ב1500',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (let i = 0; i < text.length; i++) {
          if (!startsToken(text.charCodeAt(i))) continue;
          const end = numberTokenEnd(text, i);
          if (end < 0) continue;
          const token = readToken(text, i);
          expect([token.end, token.next, token.kind === 'number' || token.kind === 'mixed']).toEqual([
            end,
            end,
            true,
          ]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
