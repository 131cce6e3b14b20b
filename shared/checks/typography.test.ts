import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../model/finding';
import { typographyCheck, typographyHits, TypographyMarksIndex } from './typography';
import { findMarkUses } from './typography/marks';
import { doubleSpaces } from './typography/spacing';
import { repeatedWords } from './typography/repeated-words';
import { detachedPrefixes } from './typography/detached-prefix';
import { unbalancedBrackets, unbalancedQuotes } from './typography/balance';
import { bidiControls } from './typography/bidi-controls';
import { untranslatedLatin } from './typography/latin-text';

function check(...paragraphs: string[]): Finding[] {
  const context = {
    document: { source: [], target: paragraphs.map((text) => ({ text })) },
    glossary: { entries: [] },
  };
  const index = new TypographyMarksIndex();
  index.reset(context);
  return [...typographyCheck.run(context), ...index.findings()];
}

const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.message.key.replace('findings:typography-', '')} ${f.text}`);

// Each row: a sentence of the kind Hebrew news sites print, what must be reported (key and exact text),
// and why. An empty list is a must-not-flag row.
const table: [string, string[], string][] = [
  [
    'המרחק הוא 5 ק"מ מהעיר',
    ['typed-gershayim "'],
    'ASCII " between letters before the last letter is gershayim (ק״מ)',
  ],
  ['מזכ"ל האו"ם הגיע לדמשק', ['typed-gershayim "', 'typed-gershayim "'], 'two acronyms, two gershayim'],
  ['דובר צה”ל מסר', ['typed-gershayim ”'], 'smart quote typed for gershayim (SANA Hebrew does this)'],
  ['הם שלחו מזל"טים רבים', ['typed-gershayim "'], 'acronym with a plural ending keeps gershayim (מזל״טים)'],
  ["דובר צה''ל מסר", ["typed-gershayim ''"], 'two apostrophes typed for gershayim'],
  ['דובר צה״ל מסר', [], 'the proper mark'],
  ['הצבא מכוון ל"רכבי טרור והתקהלויות"', [], 'a prefix before an opening quotation mark is not an acronym'],
  [
    'עלות של 100 ש"ח בלבד',
    ['typed-gershayim "'],
    'ש״ח: a prefix-looking letter with one letter after is an acronym',
  ],
  ['הוא אמר "אנחנו נלחמים" ויצא', [], 'quotation marks around words'],
  ["מעברי ארידה וג'וסיה", ["typed-geresh '"], "ג' inside a word is a geresh (ג׳וסיה)"],
  ["השייח' הגיע לעיר", ["typed-geresh '"], 'a geresh at the end of a word (שייח׳)'],
  ['ח’אן יונס הופצצה', ['typed-geresh ’'], 'a smart apostrophe typed for geresh'],
  ["גב' כהן ומס' 5", ["typed-geresh '", "typed-geresh '"], 'abbreviation gereshes after any letter'],
  ["הוא כינה זאת 'מחר' בנאומו", [], 'single quotation marks around a word ending in ר'],
  ['ג׳וסיה וח׳אן יונס', [], 'proper geresh'],
  [
    "של ה'רשות הפלסטינית', שיורים",
    [],
    'a quotation opened after the prefix ה closes after ת: a quote mark, not a geresh (ת׳ would be th)',
  ],
  ['כוחות אנטי-ממשלתיים', ['typed-maqaf -'], 'hyphen between Hebrew words is a maqaf'],
  ['חייאת תחריר א-שאם', ['typed-maqaf -'], 'the Arabic article joined with a hyphen'],
  ['הממשלה חזרה ב-2014 לעיר', ['typed-maqaf -'], 'a prefix joined to a year (ב־2014)'],
  ['עקרה כ-280,000 בני אדם', ['typed-maqaf -'], 'a prefix joined to a number'],
  ['בתקופה 2011-2014 נהרגו רבים', [], 'a hyphen between digits is a range, not a maqaf'],
  ['שתי עיירות – רסטן וטלביסה – נכבשו', [], 'a spaced en dash is a dash'],
  ['מטוס F-16 ירט', [], 'a hyphen inside a Latin code'],
  ['פי-3 יותר', [], 'a hyphen after a whole word before a digit is not a prefix maqaf'],
  ['ההתקפה  נמשכה', ['double-space   '], 'two spaces between words'],
  ['  פסקה מוזחת', [], 'leading indentation is not a double space'],
  [
    'התקפנו את מתחם רשות השידור של של הרפובליקה',
    ['repeated-word של של'],
    'a word typed twice in a row (real news)',
  ],
  ['מי שיתעסק עם עם ישראל ישלם', [], 'עם עם: "with the people", no slip'],
  ['ד"ר מוחמד מוחמד מורסי נבחר', ['typed-gershayim "'], 'an Arabic name may repeat a name on purpose'],
  ['עִיסַא אֶל־עַיַּאט', [], 'the letters of pointed words are runs between points, no words of their own'],
  [
    'דובר צה"ל פרסם כי כי אותרה גופה',
    ['repeated-word כי כי', 'typed-gershayim "'],
    'a conjunction typed twice',
  ],
  [
    "מנהיג סוריה אחמד א-שרע אל אל-ג'ולאני נאם",
    ['repeated-word אל אל', 'typed-maqaf -', 'typed-maqaf -', "typed-geresh '"],
    'the article typed apart and again joined to the name (real news)',
  ],
  ['ואפשר סוף סוף לברך', [], 'סוף סוף ("at last"): Hebrew doubles some words on purpose'],
  ['המצב מאוד מאוד מתוח, והם עובדים יום יום', [], 'emphasis and a distributive of time'],
  ['טילי קרקע קרקע שוגרו', [], 'surface-to-surface'],
  ['עדה שטוענת כי היא היא היהדות האמיתית', [], 'the copula stressed: "it is the very" (real news)'],
  [
    'הם חיים חיים טובים בדרך שלהם',
    [],
    'a participle before its own noun: "they live good lives" (real news)',
  ],
  ['מוצרים, בשמים ועוד ועוד.', [], 'more and more (real news)'],
  ['נמתח בין מעבר קרני לים, דרך דרך צלאח א־דין', [], '"via the road" (real news)'],
  ['במשטרה מבינים מבינים שזה אירוע חמור', ['repeated-word מבינים מבינים'], 'a verb typed twice (real news)'],
  [
    'מזכ"ל מזכ"ל הארגון',
    ['typed-gershayim "', 'typed-gershayim "'],
    'a run of letters inside an acronym is no word of its own',
  ],
  ['הוא אל אל־ג׳זירה', ['repeated-word אל אל'], 'the article twice before a maqaf'],
  ['המחלקה לערבית של בי בי סי (רשת השידור)', [], 'BBC spelled out letter by letter (real news)'],
  ['הריסוס בדי די טי נאסר', [], 'DDT spelled out: the repeat before another letter’s name'],
  ['הוא אמר בי בי ולא בך', ['repeated-word בי בי'], 'בי "in me" typed twice, no letter’s name beside it'],
  ['הלכנו אל אל הים', ['repeated-word אל אל'], 'the preposition אל typed twice'],
  ['הוא אמר (בראיון לרויטרס כי', ['unbalanced-bracket ('], 'an unclosed bracket'],
  ['הוא אמר) כי', ['unbalanced-bracket )'], 'a closing bracket without an opening one'],
  ['1) הסעיף הראשון', [], 'a list marker'],
  ['5 ק"מ (3 מייל) מהעיר', ['typed-gershayim "'], 'balanced brackets; the gershayim is not a quote'],
  ['הוא אמר "אנחנו נלחמים ויצא', ['unbalanced-quote "'], 'an opening quote never closed'],
  ['"חומס היא בירת המהפכה, אמר', [], 'a quotation continuing into the next paragraph'],
  [
    'שלחו "טילים ומזל"טים" לסוריה',
    ['typed-gershayim "'],
    'a gershayim inside a quotation keeps the quotes balanced',
  ],
  ['חומס\u200F, העיר', ['bidi-mark \u200F'], 'a right-to-left mark'],
  [
    'הסכום הוא \u202E0001\u202C שקל',
    ['bidi-control \u202E', 'bidi-control \u202C'],
    'an override reorders what readers see',
  ],
  [
    'המורדים דחפו את lightning offensive שלהם דרומה',
    ['latin-phrase lightning offensive'],
    'an untranslated English phrase',
  ],
  [
    'לפי the Syrian Observatory בלונדון',
    ['latin-name the Syrian Observatory'],
    'a multi-word English name, with its article',
  ],
  [
    'תוכנית World Food Programme של האו"ם',
    ['latin-name World Food Programme', 'typed-gershayim "'],
    'an English name left in Latin letters',
  ],
  ['בתוך offensive רחב', ['latin-word offensive'], 'a single lowercase English word'],
  [
    'אוטובוס לעיר Cần Thơ שבדלתת המקונג',
    ['latin-name Cần Thơ'],
    'a name in Latin letters past Latin Extended-B (ầ, ơ) is one run, not cut at the accent (real news)',
  ],
  [
    'המאמן Cafe\u0301 Ölçer ו-Ýmir',
    ['latin-name Cafe\u0301 Ölçer', 'typed-maqaf -'],
    'a combining accent and capitals outside Latin-1 stay inside their words; ו־ before Ý is a prefix maqaf',
  ],
  ['ארגון HTS וסוכנות SANA', [], 'acronyms are normal in Hebrew news'],
  ['לאורך הכביש M5 המקשר', [], 'a road code'],
  [
    'הודיע ב-Telegram כי',
    ['typed-maqaf -'],
    'a single brand name in Latin is normal; the prefix maqaf is reported',
  ],
  ['ראו https://www.reuters.com/world/ לפרטים', [], 'a web address is not text to translate'],
  ['חסן עבד אל-גאני הצהיר', ['typed-maqaf -'], 'hyphen in a transcribed Arabic name'],
  [
    'הוריו עברו לגור ב ירושלים כשהיה ילד',
    ['detached-prefix ב ירושלים'],
    'a prefix letter typed apart (real news)',
  ],
  ['ו הם הלכו הביתה', ['detached-prefix ו הם'], 'the conjunction apart at the start of a paragraph'],
  ['כתבים ב עברית שומרונית', ['detached-prefix ב עברית'], 'a preposition apart from its noun (real news)'],
  ['מ צה"ל נמסר כי', ['detached-prefix מ צה"ל', 'typed-gershayim "'], 'a prefix apart from an acronym'],
  ['על גדות ה נהר הפרת', ['detached-prefix ה נהר'], 'the article typed apart (real news)'],
  ['היא למדה בכיתה ב אצל המורה', [], 'a letter after כיתה is a class label, not a prefix'],
  ['ראו סעיף ה בחוזה', [], 'a letter after סעיף is a clause label'],
  ['האות ו היא אם קריאה', [], 'the letter named as a letter'],
  ['בסוף המאה ה ט נבנה המבצר', [], 'a letter before another lone letter is a numeral'],
  ['הוא רץ 100 מ בשיא עולמי', [], 'a letter after a number is a unit'],
  ['הוא נולד ב-1950 ועבר לחיפה', ['typed-maqaf -'], 'a prefix joined by a hyphen is the maqaf rule’s'],
  [
    "מחלקה ב' נסגרה ויטמין ג' חסר",
    ["typed-geresh '", "typed-geresh '"],
    'a letter with its geresh is a label',
  ],
];

describe('typography: a prefix letter typed apart', () => {
  const fixesOf = (text: string) => check(text).map((f) => f.suggestions.map((s) => s.replacement));
  it('joins the letter to its word', () => {
    expect(fixesOf('הוא נסע ל ירושלים')).toEqual([['לירושלים']]);
  });
  it('drops an article typed before a word that has one', () => {
    expect(fixesOf('על ה הרשות הפלסטינית')).toEqual([['הרשות']]);
  });
  it('offers both the join and the article absorbed after ב כ ל (ב העיר → בעיר, ב הרצליה → בהרצליה)', () => {
    expect(fixesOf('חמושים ב העיר')).toEqual([['בהעיר', 'בעיר']]);
  });
});

describe('typography: must flag / must not flag', () => {
  it.each(table)('%s → %j (%s)', (text, expected) => {
    expect(summary(check(text)).sort()).toEqual([...expected].sort());
  });
});

describe('typography: document-wide style', () => {
  it('keeps look-alikes at info when the document consistently types ASCII', () => {
    const findings = check('דובר צה"ל מסר', 'ק"מ ספורים');
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('warns on look-alikes when the document also uses the Hebrew mark (mixed styles)', () => {
    const findings = check('דובר צה״ל מסר', 'נ"ט ספורים', 'א-שאם');
    const gershayim = findings.find((f) => f.message.key === 'findings:typography-mixed-gershayim');
    expect(gershayim).toMatchObject({
      severity: 'warning',
      paragraph: 1,
      text: '"',
      suggestions: [{ replacement: '״' }],
    });
    // Maqaf is not mixed: only the hyphen is used, so it stays info.
    expect(findings.find((f) => f.text === '-')?.severity).toBe('info');
  });

  it("keeps a finding's fingerprint when the document becomes mixed (an ignore stays attached)", () => {
    const consistent = check('דובר צה"ל מסר', 'נ"ט')[0]!;
    const mixed = check('דובר צה"ל מסר', 'נ״ט')[0]!;
    expect(mixed.severity).toBe('warning');
    expect(mixed.fingerprint).toBe(consistent.fingerprint);
  });

  it('updates the style incrementally when one paragraph changes', () => {
    const target = [{ text: 'דובר צה"ל מסר' }, { text: 'נ"ט' }];
    const index = new TypographyMarksIndex();
    index.reset({ document: { source: [], target }, glossary: { entries: [] } });
    expect(index.findings().every((f) => f.severity === 'info')).toBe(true);
    const edited = [target[0]!, { text: 'נ״ט' }];
    index.update({ document: { source: [], target: edited }, glossary: { entries: [] } }, 1);
    expect(index.findings().map((f) => [f.paragraph, f.severity])).toEqual([[0, 'warning']]);
  });
});

const hebrewish = fc.string({
  unit: fc.constantFrom(
    ...'אבגדהוזחטיכלמנסעפצקרשתםןץ ״׳־"\'-–()[]„”“ \u200E\u200F\u202B\u202C\u2067\u2069\u05B0\u05B8 HTSabc 0123,.😀'.split(
      '',
    ),
  ),
  maxLength: 60,
});
const anyText = fc.oneof(
  hebrewish,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('typography: properties', () => {
  it('the one-pass test of which rules a paragraph needs never skips a rule that would find something', () => {
    const everyRule = (text: string) => {
      const gershayim = new Set(
        findMarkUses(text)
          .filter((u) => u.role === 'gershayim')
          .map((u) => u.start),
      );
      return [
        ...repeatedWords(text),
        ...detachedPrefixes(text),
        ...doubleSpaces(text),
        ...unbalancedBrackets(text),
        ...unbalancedQuotes(text, gershayim),
        ...bidiControls(text),
        ...untranslatedLatin(text),
      ].sort((a, b) => a.start - b.start);
    };
    const text = fc.string({
      unit: fc.constantFrom(
        ...'אבג דה  \u00A0()[]{}"\u201C\u201D\u201E\u05F4\'-\u200E\u200F\u061C\u202B\u2067\u2069aZé×÷ 12'.split(
          '',
        ),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(typographyHits(t)).toEqual(everyRule(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and every range is a non-empty slice of its paragraph', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (paragraphs) => {
        for (const f of check(...paragraphs)) {
          const text = paragraphs[f.paragraph]!;
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying a fix removes its finding', () => {
    fc.assert(
      fc.property(hebrewish, (text) => {
        for (const f of check(text)) {
          const fix = f.suggestions[0];
          if (!fix) continue;
          const fixed = text.slice(0, f.start) + fix.replacement + text.slice(f.end);
          const again = check(fixed).filter((g) => g.message.key === f.message.key && g.start === f.start);
          expect(again).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
