// Words the Hebrew press writes two or three accepted ways, none of them wrong, with their inflected
// forms side by side: טורקיה / תורכיה (Turkey, ט or ת for t, HEBREW.md §6 row 9), פלסטיני / פלסטינאי /
// פלשתיני (the gentilic written -י or -אי, the country with ס or with ש as in the Hebrew פלשת), מוחמד /
// מחמד (Muhammad, the u of the first syllable written or not, row 10), and איראן / אירן, עיראק / עירק,
// אסלאם / איסלאם / איסלם, גאורגיה / גיאורגיה, אמירתי / אמירותי / אמירטי, בדואי / בדווי. A document
// that mixes them spells one word two ways; the way it uses most is kept. They are ordinary words to
// the lexicon, so the name evidence never pairs them (the ט/ת swap also parts real Hebrew words:
// טרם/תרם), which is why they are listed.

import { prefixReadings } from './prefixes';

/**
 * A family: rows of one form per way of writing, '' where that way has no such form; and words after
 * which a form is an ordinary word, not this one (חיית מחמד, "pet").
 */
export interface DualSpelling {
  readonly rows: readonly (readonly string[])[];
  readonly notAfter?: ReadonlySet<string>;
  /**
   * Where a form is this word at all (`start`–`end`: the form in `text`, prefix included): a form that
   * is also another word counts, and is reported, only there (מרץ the month, not מרץ "vigour").
   */
  readonly onlyWhere?: (text: string, start: number, end: number) => boolean;
  /**
   * A Hebrew word, not a name nor a foreign word (מהפכה / מהפיכה, זיכרון / זכרון): written two ways, it
   * is a word's form to the editor, reported under word-forms, not a name's spelling.
   */
  readonly ordinaryWord?: boolean;
}

const families: readonly (readonly (readonly string[])[])[] = [
  [
    ['טורקיה', 'תורכיה'],
    ['טורקי', 'תורכי'],
    ['טורקית', 'תורכית'],
    ['טורקים', 'תורכים'],
    ['טורקיים', 'תורכיים'],
    ['טורקיות', 'תורכיות'],
  ],
  [
    ['תוניסיה', 'טוניסיה'],
    ['תוניס', 'טוניס'],
    ['תוניסאי', 'טוניסאי'],
    ['תוניסאית', 'טוניסאית'],
    ['תוניסאים', 'טוניסאים'],
  ],
  [
    ['פלסטיני', 'פלסטינאי', 'פלשתיני', 'פלשתינאי'],
    ['פלסטינית', 'פלסטינאית', 'פלשתינית', 'פלשתינאית'],
    ['פלסטינים', 'פלסטינאים', 'פלשתינים', 'פלשתינאים'],
    ['פלסטיניות', 'פלסטינאיות', 'פלשתיניות', 'פלשתינאיות'],
    ['פלסטין', '', 'פלשתין', ''],
  ],
  // Iran and Iraq with and without the א of their long a (row 1).
  [
    ['איראן', 'אירן'],
    ['איראני', 'אירני'],
    ['איראנית', 'אירנית'],
    ['איראנים', 'אירנים'],
    ['איראניים', 'אירניים'],
    ['איראניות', 'אירניות'],
  ],
  [
    ['עיראק', 'עירק'],
    ['עיראקי', 'עירקי'],
    ['עיראקית', 'עירקית'],
    ['עיראקים', 'עירקים'],
    ['עיראקיים', 'עירקיים'],
    ['עיראקיות', 'עירקיות'],
  ],
  // Islam with and without the י of its short i (row 10): the Academy's אסלאם, the press's איסלאם as
  // often, in organisations' names too (הג׳יהאד האסלאמי / האיסלאמי). Most of the keys of the batches
  // that write both list it (QA-CHECKS.md, twelfth session). Its long a is left unwritten too
  // (איסלמית in seven articles of the batches, אסלמית in two; row 1). Each row: the ending after אסלאמ
  // and איסלאמ, and after איסל and אסל (מ, final where it ends the word).
  [
    ['', 'ם'],
    ['י', 'מי'],
    ['ית', 'מית'],
    ['ים', 'מים'],
    ['יים', 'מיים'],
    ['יות', 'מיות'],
    ['יסט', 'מיסט'],
    ['יסטי', 'מיסטי'],
    ['יסטים', 'מיסטים'],
    ['יסטית', 'מיסטית'],
  ].map(([ending, bare]) => [
    `אסלאמ${ending}`.replace(/מ$/, 'ם'),
    `איסלאמ${ending}`.replace(/מ$/, 'ם'),
    `איסל${bare}`,
    `אסל${bare}`,
  ]),
  // Georgia with א or with יא for its e (row 1): the Academy's גאורגיה beside the press's older
  // גיאורגיה, both in print and both in the batches on the Caucasus.
  [
    ['גאורגיה', 'גיאורגיה'],
    ['גאורגי', 'גיאורגי'],
    ['גאורגית', 'גיאורגית'],
    ['גאורגים', 'גיאורגים'],
    ['גאורגיים', 'גיאורגיים'],
    ['גאורגיות', 'גיאורגיות'],
  ],
  // Eritrea with and without the י of its i before the final a (row 10's optional vowel letter): the
  // press writes אריתריאה and אריתראה, and the batches on asylum seekers mix them in one article.
  ['ה', 'י', 'ית', 'ים', 'יות', 'יים'].map((ending) => [`אריתריא${ending}`, `אריתרא${ending}`]),
  // Emirati from אמירות (the emirates) with or without its ו, or with ט for its t (rows 9, 10): the
  // press writes all three, and the batches on the Gulf mix them within one article.
  ['', 'ת', 'ם', 'ים', 'ות'].map((ending) => [`אמירתי${ending}`, `אמירותי${ending}`, `אמירטי${ending}`]),
  // The emirates themselves (איחוד האמירויות), their ו of u written or not (row 10). Not אמירות, which
  // is also "sayings".
  [['אמירויות', 'אמיריות']],
  // Bedouin with א or with a doubled ו for the w (rows 1, 11).
  [
    ['בדואי', 'בדווי'],
    ['בדואית', 'בדווית'],
    ['בדואים', 'בדווים'],
    ['בדואיות', 'בדוויות'],
  ],
  // A gentilic in -אי or in -ני (אמריקאי / אמריקני, מרוקאי / מרוקני), both accepted and both in print;
  // no alternation pairs them, as they differ in a letter as well as in the א.
  ...['אמריק', 'אפריק', 'מרוק', 'מקסיק', 'רפובליק'].map((stem) =>
    // The gentilic and its forms: -י, -ית, -ים, -יות, -יים after the אי or the נ.
    ['', 'ת', 'ם', 'ות', 'ים'].map((ending) => [`${stem}אי${ending}`, `${stem}ני${ending}`]),
  ),
  // European with the gentilic -י or -אי (row 1's א of a long a).
  [
    ['אירופי', 'אירופאי'],
    ['אירופית', 'אירופאית'],
    ['אירופים', 'אירופאים'],
    ['אירופיות', 'אירופאיות'],
    ['אירופיים', 'אירופאיים'],
  ],
  // The v of Sweden, Norway, Moscow and Yugoslavia written with ב or with a doubled ו (row 11), and
  // Switzerland with its consonantal י doubled or not (row 12): the Academy's וו and יי beside the
  // press's older spellings, both in print; the commoner in the new batches first (it wins a tie).
  [
    ['שבדיה', 'שוודיה'],
    ['שבדי', 'שוודי'],
    ['שבדית', 'שוודית'],
    ['שבדים', 'שוודים'],
    ['שבדיות', 'שוודיות'],
  ],
  [
    ['נורבגיה', 'נורווגיה'],
    ['נורבגי', 'נורווגי'],
    ['נורבגית', 'נורווגית'],
    ['נורבגים', 'נורווגים'],
    ['נורבגיות', 'נורווגיות'],
  ],
  [
    ['מוסקבה', 'מוסקווה'],
    ['מוסקבאי', 'מוסקוואי'],
    ['מוסקבאית', 'מוסקוואית'],
    ['מוסקבאים', 'מוסקוואים'],
  ],
  [
    ['יוגוסלוויה', 'יוגוסלביה'],
    ['יוגוסלווי', 'יוגוסלבי'],
    ['יוגוסלווית', 'יוגוסלבית'],
    ['יוגוסלווים', 'יוגוסלבים'],
  ],
  [
    ['שווייץ', 'שוויץ'],
    ['שווייצרי', 'שוויצרי'],
    ['שווייצרית', 'שוויצרית'],
    ['שווייצרים', 'שוויצרים'],
    ['שווייצריות', 'שוויצריות'],
  ],
  // Mexico with ק or with the older כ for its x (row 9), both in print.
  [['מקסיקו', 'מכסיקו']],
  // Beijing and Shanghai as the press writes them with and without their final or middle ג (the
  // pinyin ng). Not Paris's פריז / פאריס: פאריס is the club's (פאריס סן ז׳רמן) and the Arab name Faris.
  [['בייג׳ינג', 'בייג׳ין']],
  [['שנחאי', 'שנגחאי']],
  // Ukraine's cities by their Russian and their Ukrainian names (Kiev / Kyiv, Kharkov / Kharkiv: the
  // Ukrainian i for the Russian o), and Belarus with and without the א of its long a (row 1); the press
  // has written both since 2022.
  [['קייב', 'קיוב']],
  [['חרקוב', 'חרקיב']],
  [['בלארוס', 'בלרוס']],
];

/** An adjective's forms (ארכיאולוגי, ארכיאולוגית, ארכיאולוגיים, ארכיאולוגיות). */
const ADJECTIVE = ['י', 'ית', 'יים', 'יות'];
/** A field of study (ארכיאולוגיה), its adjective, the one who practises it and the plural. */
const FIELD_AND_PERSON = ['יה', ...ADJECTIVE, '', 'ים'];

/**
 * Families of Hebrew words, neither names nor foreign words: written two ways, a word's form to the
 * editor (reported under word-forms), and no name rule may trust their forms as a name's.
 */
const hebrewWordFamilies: readonly (readonly (readonly string[])[])[] = [
  // Revolution written as the Academy's מהפכה or in full spelling, מהפיכה (the i of the pattern
  // written with י, HEBREW.md §4), both in print, in names too (משמרות המהפכה / המהפיכה).
  [
    ['מהפכה', 'מהפיכה'],
    ['מהפכת', 'מהפיכת'],
    ['מהפכות', 'מהפיכות'],
  ],
  // Memory in full spelling, the Academy's זיכרון, and the older זכרון that some names keep (זכרון
  // יעקב, which the press also writes זיכרון יעקב).
  [
    ['זיכרון', 'זכרון'],
    ['זיכרונות', 'זכרונות'],
  ],
];

/**
 * Families of words no name rule may trust either, but foreign (loanwords) or the calendar's: the
 * measures' keys count a foreign word written in Hebrew letters with the names, as an editor checking
 * transliterations does, so these stay name-variants findings.
 */
const wordFamilies: readonly (readonly (readonly string[])[])[] = [
  // Loanwords the press writes two ways, both in print: the e before a vowel written א, as the Academy
  // spells it, or יא, as much of the press still does (ארכאולוגיה / ארכיאולוגיה); the long a of a
  // paramedic with or without its א (HEBREW.md §6 row 1); the s or z of music and physics; the k of a
  // text ק or כ (row 9); the i of video and ocean written or not. The press's commoner way first.
  ...(
    [
      ['ארכיאולוג', 'ארכאולוג', FIELD_AND_PERSON],
      ['גיאולוג', 'גאולוג', FIELD_AND_PERSON],
      ['אידיאולוג', 'אידאולוג', FIELD_AND_PERSON],
      ['תיאולוג', 'תאולוג', FIELD_AND_PERSON],
      // The geographer ends in a final ף, so only the plural of the one who practises it is listed.
      ['גיאוגרפ', 'גאוגרפ', ['יה', ...ADJECTIVE, 'ים']],
      ['גיאופוליט', 'גאופוליט', [...ADJECTIVE, 'יקה']],
    ] as const
  ).map(([press, academy, endings]) => endings.map((ending) => [press + ending, academy + ending])),
  [
    ['תיאוריה', 'תאוריה'],
    ['תיאוריות', 'תאוריות'],
    ['תיאורטי', 'תאורטי'],
    ['תיאורטית', 'תאורטית'],
    ['תיאורטיים', 'תאורטיים'],
    ['תיאורטיות', 'תאורטיות'],
  ],
  [
    ['תיאטרון', 'תאטרון'],
    ['תיאטרונים', 'תאטרונים'],
    ['תיאטרלי', 'תאטרלי'],
    ['תיאטרלית', 'תאטרלית'],
    ['תיאטרליים', 'תאטרליים'],
    ['תיאטרליות', 'תאטרליות'],
  ],
  [
    ['מוזיאון', 'מוזאון'],
    ['מוזיאונים', 'מוזאונים'],
  ],
  [
    ['פרמדיק', 'פראמדיק'],
    ['פרמדיקים', 'פראמדיקים'],
    ['פרמדיקית', 'פראמדיקית'],
    ['פרמדיקיות', 'פראמדיקיות'],
  ],
  [
    ['מוזיקה', 'מוסיקה'],
    ['מוזיקלי', 'מוסיקלי'],
    ['מוזיקלית', 'מוסיקלית'],
    ['מוזיקליים', 'מוסיקליים'],
    ['מוזיקליות', 'מוסיקליות'],
    ['מוזיקאי', 'מוסיקאי'],
    ['מוזיקאים', 'מוסיקאים'],
    ['מוזיקאית', 'מוסיקאית'],
    ['מוזיקאיות', 'מוסיקאיות'],
  ],
  [
    ['פיזיקה', 'פיסיקה'],
    ['פיזיקלי', 'פיסיקלי'],
    ['פיזיקלית', 'פיסיקלית'],
    ['פיזיקאי', 'פיסיקאי'],
    ['פיזיקאים', 'פיסיקאים'],
    ['פיזיקאית', 'פיסיקאית'],
  ],
  [
    ['טקסט', 'טכסט'],
    ['טקסטים', 'טכסטים'],
  ],
  [['וידאו', 'וידיאו']],
  [
    ['אוקיינוס', 'אוקיאנוס'],
    ['אוקיינוסים', 'אוקיאנוסים'],
  ],
  // The months Heshvan and Kislev with and without their vowel letter (the Academy's חשוון, the
  // calendar's כסלו beside כסליו), both in print.
  [['חשוון', 'חשון']],
  [['כסלו', 'כסליו']],
];

const MUHAMMAD: readonly (readonly string[])[] = [['מוחמד', 'מחמד']];

/**
 * March as the Academy writes it (מרץ) and as much of the press does (מרס, מארס). מרץ is also "vigour"
 * (עבדו במרץ, ביתר מרץ), so a form counts only as a date: after a day's number or a word of the month's
 * span (15 במרץ, בחודש מרס, בסוף מרץ), or before a year (במרץ 2024).
 */
const MARCH: readonly (readonly string[])[] = [['מרץ', 'מרס', 'מארס']];
const DATE_BEFORE = /(?:\d|חודש|תחילת|סוף|אמצע|שלהי|ראשית)['"׳״]?\s*[-־–]?\s*$/;
const YEAR_AFTER = /^[\s,]*(?:\d{4}|השנה|אשתקד)/;
const asDate = (text: string, start: number, end: number) =>
  DATE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || YEAR_AFTER.test(text.slice(end, end + 10));

/**
 * Egypt as the Academy writes it (מצרים) and in the full spelling much of the press keeps (מצריים).
 * מצריים is also the plural adjective "Egyptian" (גורמים מצריים, כוחות הביטחון המצריים), and מצרים with
 * the article the people (המצרים), so a form counts as the country only: מצרים without the article;
 * מצריים after ב ל מ (במצריים, ממצריים, שבמצריים), after ש alone (שמצריים הייתה), or after a singular
 * noun in construct (נשיא מצריים, משטרת מצריים), which the adjective never follows.
 */
const EGYPT: readonly (readonly string[])[] = [['מצרים', 'מצריים']];
const FULL_EGYPT = 'מצריים';
/**
 * Singular heads of a construct before a country. Not every noun in ת: אנשי צמרת מצריים is "Egyptian
 * top people", the adjective after a plural.
 */
const COUNTRY_HEADS = new Set(
  'נשיא שליט מלך מלכת עם דרך גבול שגריר שגרירות צבא ראש שר ממשלת משטרת בירת אדמת'.split(' '),
);
function asEgypt(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const full = word.endsWith(FULL_EGYPT);
  const prefix = word.slice(0, word.length - (full ? FULL_EGYPT.length : FULL_EGYPT.length - 1));
  if (prefix.includes('ה')) return false;
  if (!full || /[בלמ]/.test(prefix) || prefix === 'ש') return true;
  if (prefix !== '') return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
  return COUNTRY_HEADS.has(before);
}

export const DUAL_SPELLINGS: readonly DualSpelling[] = [
  ...families.map((rows) => ({ rows })),
  ...hebrewWordFamilies.map((rows) => ({ rows, ordinaryWord: true })),
  ...wordFamilies.map((rows) => ({ rows })),
  // Muhammad: the press writes מוחמד, and מחמד as many Arabs in Israel write their name; מחמד is also
  // the Hebrew "delight", as in חיית מחמד ("pet"), which is no name.
  { rows: MUHAMMAD, notAfter: new Set(['חיית', 'חיות', 'בעלי', 'חמד']) },
  { rows: MARCH, onlyWhere: asDate },
  { rows: EGYPT, onlyWhere: asEgypt },
];

/** The forms of the families that are names (countries, peoples, cities, Muhammad). */
export const DUAL_NAME_FORMS: ReadonlySet<string> = new Set(
  [...families, MUHAMMAD].flat(2).filter((form) => form !== ''),
);

/** Form → its family (an index into DUAL_SPELLINGS). */
const FAMILY_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  DUAL_SPELLINGS.forEach(({ rows }, family) =>
    rows.forEach((row) => row.forEach((form) => form !== '' && map.set(form, family))),
  );
  return map;
})();

/** A spelling's family, as it stands or after a prefix (העירקיים is ה + עירקיים). */
function familyOf(stem: string): number | undefined {
  const family = FAMILY_OF.get(stem);
  if (family !== undefined) return family;
  for (const reading of prefixReadings(stem)) {
    const read = FAMILY_OF.get(reading.stem);
    if (read !== undefined) return read;
  }
  return undefined;
}

/**
 * The spellings are all forms of one family (טוניס / תוניס), a prefix allowed: the established-spellings
 * pass reports them, form by form, by the way the document uses most over all the family's forms. Two
 * of its forms a cluster joins are two inflections (העירקיים / העיראקים, "Iraqi" and "Iraqis") or one
 * form written two ways, which that pass reports with the right fix.
 */
export function isDualMix(stems: readonly string[]): boolean {
  let family: number | undefined;
  for (const stem of stems) {
    const of = familyOf(stem);
    if (of === undefined || (family !== undefined && of !== family)) return false;
    family = of;
  }
  return family !== undefined;
}
