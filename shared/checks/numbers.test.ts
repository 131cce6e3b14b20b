import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../model/finding';
import { numbersCheck } from './numbers';

function check(source: string, target: string): Finding[] {
  return numbersCheck.run({
    document: { source: [{ text: source }], target: [{ text: target }] },
    glossary: { entries: [] },
  });
}
const show = (f: Finding) =>
  `${f.message.key.replace('findings:numbers-', '')} ${f.text}${f.suggestions[0] ? ` → ${f.suggestions[0].replacement}` : ''}`;

// [English source, Hebrew target, expected, reason]
const table: [string, string, string[], string][] = [
  [
    'The fighting displaced some 280,000 people.',
    'הלחימה עקרה כ-280,000 בני אדם.',
    [],
    'same figure behind the prefix כ-',
  ],
  ['The fighting displaced some 280,000 people.', 'הלחימה עקרה כ-280 אלף בני אדם.', [], '280 אלף is 280,000'],
  [
    'The numbers could rise to 1.5 million.',
    'המספרים עלולים לעלות ל-1.5 מיליון.',
    [],
    '1.5 million = 1.5 מיליון',
  ],
  [
    'The numbers could rise to 1.5 million.',
    'המספרים עלולים לעלות ל-1,500,000.',
    [],
    'written out in digits',
  ],
  [
    'The numbers could rise to 1.5 million.',
    'המספרים עלולים לעלות ל-15 מיליון.',
    ['changed 15 מיליון'],
    'a slipped decimal point',
  ],
  [
    'The fighting displaced some 280,000 people.',
    'הלחימה עקרה כ-28,000 בני אדם.',
    ['changed 28,000 → 280,000'],
    'a dropped zero, fixed to the source figure',
  ],
  ['It came under government control in 2014.', 'היא עברה לשליטת הממשלה ב-2014.', [], 'a year with a prefix'],
  [
    'It came under government control in 2014.',
    'היא עברה לשליטת הממשלה ב-2012.',
    ['changed 2012 → 2014'],
    'a changed year',
  ],
  ['Prices rose 5% in a week.', 'המחירים עלו ב-5% בתוך שבוע.', [], 'percent sign kept'],
  ['Prices rose 5 percent in a week.', 'המחירים עלו ב-5 אחוזים בתוך שבוע.', [], 'percent in words'],
  ['Homs lies 46 km south of Hama.', 'חומס נמצאת 46 ק"מ דרומית לחמה.', [], 'kilometres kept'],
  ['They were 3 miles away.', 'הם היו במרחק 5 ק"מ.', [], 'miles converted to kilometres'],
  ['They were 3 miles away.', 'הם היו במרחק 3 מייל.', [], 'miles kept'],
  [
    'It lies 46 km (29 miles) south of Hama.',
    'היא נמצאת 46 ק"מ דרומית לחמה.',
    [],
    'the bracketed conversion dropped',
  ],
  [
    'It lies 29 miles (46 km) south of Hama.',
    'היא נמצאת 46 ק"מ דרומית לחמה.',
    [],
    'the main figure converted, the bracketed one kept',
  ],
  [
    'It lies 46 km (29 miles) south of Hama.',
    'היא נמצאת 64 ק"מ דרומית לחמה.',
    ['changed 64 → 46'],
    'the main figure still counts',
  ],
  [
    'They were 30 miles away.',
    'הם היו במרחק 5 ק"מ.',
    ['changed 5'],
    'a conversion that does not add up; no fix, the units differ',
  ],
  ['after capturing two towns', 'לאחר שכבשה שתי עיירות', [], 'two = שתי (feminine construct)'],
  ['strikes on two border crossings', 'התקפות על שני מעברי גבול', [], 'two = שני (masculine construct)'],
  ['after two years of siege', 'לאחר שנתיים של מצור', [], 'a dual noun carries the two'],
  [
    'after three years of siege',
    'לאחר שנתיים של מצור',
    ['missing לאחר'],
    'three written as two: reported on the first word, no digits to fix',
  ],
  ['"hundreds" of fighters', '"מאות" לוחמים', [], 'hundreds = מאות'],
  ['Thousands of people have fled', 'אלפי בני אדם נמלטו', [], 'thousands = אלפי'],
  ['Tens of thousands have fled', 'עשרות אלפים נמלטו', [], 'tens of thousands = עשרות אלפים'],
  ['Tens of thousands have fled', 'אלפים נמלטו', ['missing אלפים'], 'an order of magnitude lost'],
  ['at least 100 people killed', 'לפחות 100 בני אדם נהרגו', [], 'a plain count'],
  ['at least 100 people killed', 'לפחות מאה בני אדם נהרגו', [], '100 written as a word'],
  ['a budget of 2 million shekels', 'תקציב של שני מיליון שקלים', [], 'a number word with a scale word'],
  ['Dec. 7 and 10:30', '7 בדצמבר ו-10:30', [], 'dates and times: each figure matched'],
  ['the $5bn deal', 'העסקה בהיקף 5 מיליארד דולר', [], 'bn is billion'],
  ['at least 100 people killed', 'רבים נהרגו', ['missing רבים'], 'a figure dropped from the translation'],
  ['along the M5 highway', 'לאורך הכביש המהיר M5', [], 'a road code is not a number'],
  ['the F-16 jets and COVID-19', 'מטוסי F-16 ו-COVID-19', [], 'codes with digits'],
  ["the country's 2nd city", 'העיר השנייה במדינה', [], 'an ordinal'],
  ['one of the rebels said', 'אחד המורדים אמר', [], '"one" is a pronoun far more often than a count'],
  [
    'the constructor of the toString hasOwnProperty',
    'הבונה',
    [],
    'words named like Object.prototype members are not numbers',
  ],
  [
    'Rebels took the city',
    'המורדים כבשו 3 עיירות',
    [],
    'no source numbers: nothing to compare (extra figures are not reported)',
  ],
];

describe('numbers check: must flag / must not flag', () => {
  it.each(table)('%s | %s → %j (%s)', (source, target, expected) => {
    expect(check(source, target).map(show)).toEqual(expected);
  });

  it('does nothing without a source paragraph', () => {
    expect(
      numbersCheck.run({ document: { source: [], target: [{ text: '5 ק"מ' }] }, glossary: { entries: [] } }),
    ).toEqual([]);
  });

  it('carries the English range', () => {
    const [f] = check('some 280,000 people', 'כ-28,000 איש');
    expect(f?.sourceRange).toEqual({ start: 5, end: 12, text: '280,000' });
    expect(f?.severity).toBe('warning');
  });
});

describe('numbers check: properties', () => {
  const en = fc
    .array(
      fc.oneof(
        fc.constantFrom('two', 'hundreds', '5%', '280,000', '1.5 million', 'km', 'miles', 'M5', 'the'),
        fc.nat(3000).map(String),
      ),
      { maxLength: 8 },
    )
    .map((w) => w.join(' '));
  const he = fc
    .array(
      fc.oneof(
        fc.constantFrom('שתי', 'מאות', 'ב-2014', 'אלף', 'מיליון', 'ק"מ', 'שנתיים', '\u200F', '😀'),
        fc.nat(3000).map(String),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 8 },
    )
    .map((w) => w.join(' '));
  it('never throws; ranges are valid; a fix removes its finding', () => {
    fc.assert(
      fc.property(
        fc.oneof(en, fc.string()),
        fc.oneof(he, fc.string({ unit: 'grapheme' })),
        (source, target) => {
          for (const f of check(source, target)) {
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.text).toBe(target.slice(f.start, f.end));
            const fix = f.suggestions[0];
            if (!fix) continue;
            const fixed = target.slice(0, f.start) + fix.replacement + target.slice(f.end);
            expect(
              check(source, fixed).filter((g) => g.start === f.start && g.message.key === f.message.key),
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
