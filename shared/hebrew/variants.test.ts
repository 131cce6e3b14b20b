import { describe, expect, it } from 'vitest';
import { Alternation, alternateKeys, areNameVariants, areVariants, coarseKey, parseName } from './variants';
import { normalizeWord } from './normalize';

const parse = (w: string) => parseName(normalizeWord(w), true);
const plain = (w: string) => parseName(normalizeWord(w));
// As the checker compares two spellings: as written, and each with a joined article read off.
const variants = (a: string, b: string) =>
  areVariants(plain(a), plain(b)) ??
  areVariants(parse(a), plain(b)) ??
  areVariants(plain(a), parse(b)) ??
  areVariants(parse(a), parse(b));

// HEBREW.md §6, one row per alternation (numbers are the table's rows).
const same: [string, string, number, string][] = [
  ['רסטן', 'ראסטן', Alternation.Alef, '1: ∅ ↔ א'],
  ['קטר', 'קטאר', Alternation.Alef, '1: ∅ ↔ א in a short name'],
  ['חמה', 'חמא', Alternation.Ending, '2: final ה ↔ א'],
  ['הייאה', 'הייאת', Alternation.Construct, '3: ה ↔ ת at the end (its own kind: Hebrew construct too)'],
  ['הייאת', 'חייאת', Alternation.Swap, '4: ה ↔ ח'],
  ["ח'אן", 'חאן', Alternation.Geresh, '5: ח׳ ↔ ח'],
  ['חאן', 'כאן', Alternation.Swap, '5: ח ↔ כ'],
  ["מע'אר", "מר'אר", Alternation.Swap, '6: ע׳ ↔ ר׳'],
  ["ג'יהאד", 'גיהאד', Alternation.Geresh, '7: ג׳ ↔ ג'],
  ["דור'מוש", 'דורמוש', Alternation.Geresh, '14: ר׳ (gh) with its geresh left out, filed under ע and ר'],
  ["עות'מאני", 'עותמאני', Alternation.Geresh, '8: ת׳ ↔ ת'],
  ["רמצ'אן", 'רמדאן', Alternation.Swap, '8: צ׳ ↔ ד (ض, Ramadan), filed under one key by alternateKeys'],
  ["מחפוט'", 'מחפוז', Alternation.Swap, '8: ט׳ ↔ ז (ظ, Mahfouz), filed under one key by alternateKeys'],
  ["ד'הבי", 'זהבי', Alternation.Swap, '8: ד׳ ↔ ז (ذ, Dhahabi), filed under one key by alternateKeys'],
  ["ת'אבת", 'סאבת', Alternation.Swap, '8: ת׳ ↔ ס (ث, Thabit), filed under one key by alternateKeys'],
  [
    "אחמדינג'אד",
    "אחמדינז'אד",
    Alternation.Swap,
    '§2.1: ג׳ (English j) ↔ ז׳ (Persian zh, Ahmadinejad), filed under one key by alternateKeys',
  ],
  [
    'אליזבט',
    'אליזבת',
    Alternation.Swap,
    '9: a final ט ↔ ת (Elizabeth), filed under one key by alternateKeys',
  ],
  ['טבטוני', 'טווטוני', Alternation.Swap, 'a v written ב or וו inside a non-Arabic name (§2, Teutonic)'],
  [
    'אבנפול',
    'אוונפול',
    Alternation.Swap,
    'a v written ב or וו (§2, Evenepoel), filed under one key by alternateKeys',
  ],
  ['טהראן', 'תהראן', Alternation.Swap, '9: ט ↔ ת'],
  ["סנצ'ס", "סנצ'ז", Alternation.Swap, '9: a final ס ↔ ז, the Spanish z (Sánchez), in four letters'],
  ['דיאס', 'דיאז', Alternation.Swap, '9: a final ס ↔ ז (Díaz)'],
  ['בצרה', 'בסרה', Alternation.Swap, '9: ס ↔ צ'],
  ['אידליב', 'אדליב', Alternation.Plene, '10: ∅ ↔ י'],
  ['מוסול', 'מוסל', Alternation.Plene, '10: ∅ ↔ ו'],
  ['קלנסווה', 'קלנסוה', Alternation.Plene, '11: ו ↔ וו'],
  ["שג'אעייה", "שג'אעיה", Alternation.Plene, '12: י ↔ יי'],
  ['חיזבאללה', 'חיזבאלה', Alternation.Double, '13: לל ↔ ל'],
  ['רמאללה', 'רמאלה', Alternation.Double, '13: לל ↔ ל before the final ה (Ramallah)'],
  ['א-שאם', 'אל-שאם', Alternation.Article, '16: א־ ↔ אל־'],
  ['אלשאם', 'שאם', Alternation.Article, '16: joined article ↔ none'],
  ['רסטן', 'רסטנ', 0, '18: final ↔ regular form'],
  ['ארדוגאן', 'ארדואן', Alternation.SoftG, 'Turkish ğ after a vowel: ג or nothing (Erdoğan)'],
  ['דוגאן', 'דואן', Alternation.SoftG, 'Turkish ğ, a four-letter name (Doğan)'],
  ['דבוטאוגלו', 'דבוטאולו', Alternation.SoftG, 'Turkish ğ before l (Davutoğlu)'],
  ['בקאעי', 'בקאאי', Alternation.Swap, '9: ע ↔ א, ʿayn written as hamza (Baghaei)'],
  ['סריע', 'סריא', Alternation.Swap, '9: ע ↔ א at the end, ʿayn dropped (Saree)'],
  [
    "ח'אמנאי",
    'חמינאי',
    Alternation.Alef,
    '1: א left out, a vowel written after the next consonant (Khamenei)',
  ],
  [
    "ח'אמנאי",
    "ח'מאנאי",
    Alternation.Alef,
    '1: the ā written on the other side of a consonant (Khamenei), five letters or more',
  ],
  [
    'פשאוור',
    'פשוואר',
    Alternation.Alef,
    '1, 11: the ā written on the other side of a doubled ו, the w (Peshawar), five letters or more',
  ],
  ['נאווף', 'נוואף', Alternation.Alef, '1, 11: the ā on either side of the doubled ו (Nawaf)'],
  [
    'אל-עין',
    'אל-עיין',
    Alternation.Plene,
    '12: י ↔ יי in three letters, both with the Arabic article (Ras al-Ain)',
  ],
  ['אעזאז', 'עזאז', Alternation.Alef, '1: the א of an initial Aʿ- (hamza before ʿayn) left out (Azaz)'],
  ['א-שרע', 'א-שרעא', Alternation.Ending, '1: a final א after ע, the -aʿ vowel written (al-Sharaa)'],
  ['א-פאשר', 'אל-פאשר', Alternation.Article, '16: א־ over-assimilated before a moon letter (al-Fashir)'],
  [
    'אל-עולא',
    'אל-עלא',
    Alternation.Plene,
    '10: the first-syllable ו in three letters with the article (AlUla)',
  ],
  [
    'אל-קודס',
    'אל-קדס',
    Alternation.Plene,
    '10: the first-syllable ו in three letters with the article (al-Quds)',
  ],
  ['אל-עבד', 'אל-אבד', Alternation.Swap, '9: ע ↔ א in three letters with the article (Bir al-Abd)'],
  [
    "בייג'ינג",
    "בייג'ין",
    Alternation.Ending,
    'a final ג after נ: the -ng of a Chinese name written or not (Beijing)',
  ],
  ['אסיסי', 'א-סיסי', 0, '16: the assimilated article joined without its maqaf (al-Sisi)'],
  ["אאל-ת'אני", "אל-ת'אני", 0, '16: Āl (the house of) before a dynasty written as the article (Al Thani)'],
  [
    'אל-חילווה',
    'אלחלוה',
    Alternation.Plene,
    '10–11: a י and a doubled ו in four letters, the article on both (Ein el-Hilweh)',
  ],
];

const different: [string, string, string][] = [
  ['עבדאללה', 'עוודאללה', 'Arabic has no v: ב is b there, so ב ↔ וו is no alternation (Abdullah, Awadallah)'],
  [
    'יורש',
    'יגורש',
    'a ג after a word’s first letter is no Turkish ğ: the future’s י is a consonant (“heir”, “will be deported”)',
  ],
  ['חומס', 'חמאס', 'Homs/Hamas: two vowel letters in a four-letter name'],
  ['חמה', 'חמיה', 'Hama/Hamieh: ו/י before a final ה is an ending'],
  ['ספר', 'סיפר', 'three letters with a י: Hebrew morphology'],
  ['שמר', 'שומר', 'three letters with a ו: Hebrew morphology'],
  ['היה', 'הייתה', 'different endings'],
  ['רסטן', 'טלביסה', 'unrelated names'],
  ['עיראק', 'עיראקי', 'a gentilic suffix at the end is inflection'],
  ['הוגן', 'הון', 'silent ğ needs four letters: three-letter Hebrew words stay apart'],
  ['ארגון', 'ארון', 'ג after a consonant is a real g (organisation/closet)'],
  ['דגל', 'דל', 'ג not after a vowel letter'],
  ['דאג', 'דא', 'a final ג is pronounced'],
  ['סופר', 'ספור', 'a ו moved across a consonant relates Hebrew words (writer/counted): only א moves'],
  ['מסור', 'מוסר', 'ו on either side of ס: Hebrew patterns, not a transcription'],
  ['שמע', 'שמעה', 'a final ה after ע is Hebrew inflection (heard/she heard); only א marks the vowel'],
  [
    'לירות',
    'לראות',
    'an א after a consonant for a י before it: Hebrew verbs (shoot/see), not a first-syllable ā',
  ],
  ['להורות', 'להראות', "the א of a Hebrew hif'il stem, not right after the first letter"],
  ['חאמס', 'חמוס', 'a moved vowel that changes ā to o or i needs five letters (Homs/Hamas-like pairs)'],
  ['עין', 'עיין', 'three letters, doubled י, no article: Hebrew (eye / he perused)'],
  ['אל-חסן', 'אל-חסין', 'three letters with the article: a single inserted י still makes another name'],
  ['כללים', 'כלים', 'a doubled ל not before a final ה is a Hebrew root with two ל (כלל), not -אללה'],
  ['בכלל', 'בכל', 'בכלל/בכל: Hebrew words, the doubled ל is not before a final ה'],
  ['עבד', 'אבד', 'ע ↔ א in three letters without the article: Hebrew (slave/lost)'],
  ['עלא', 'עולא', 'the first-syllable ו in three letters needs the article on both'],
  ['דבר', 'דובר', 'a ו after the first letter without the article: Hebrew (spoke/spokesman)'],
  ['אל-עלי', 'אל-גלי', 'ע ↔ ג in three letters with the article: another sound (Ali/Ghali)'],
  ["אל-ח'דר", 'אל-הדר', 'ח׳ ↔ ה costs as much as ע ↔ א but is another sound (al-Khidr/al-Hadar)'],
  ['חילווה', 'חלוה', 'a י and a doubled ו in four letters without the article: as far as Hebrew words go'],
  ['א-מינית', 'מינית', 'א־ before a Hebrew word with a moon letter is the negation prefix, not the article'],
  ['יונג', 'יון', 'a final ג after נ in a short name: another name (Jung / Yoon)'],
  ['רוס', 'רוז', 'a final ס ↔ ז in three letters: two names (Ross / Rose)'],
  ['אעשה', 'עשה', 'a first א before ע only in five letters or more: Hebrew first-person futures'],
];

// An ā moved in four letters is the fāʿil/faʿāl pair of two names as often as one name written two
// ways: the distance joins them, marked MovedShort, and the evidence asks for a shared name word.
const movedShort: [string, string, string][] = [
  ['ראשד', 'רשאד', 'Rashid/Rashad, two names'],
  ['קאסם', 'קסאם', 'Qasem (נעים קאסם) and Qassam (גדודי אל-קסאם), two names'],
  ['עאמר', 'עמאר', 'Amer and Ammar, two names'],
  ['כאמל', 'כמאל', 'Kamal written two ways (עבאס כאמל / עבאס כמאל)'],
];

describe('areVariants: a moved א in four letters', () => {
  for (const [a, b, reason] of movedShort)
    it(`${a} ~ ${b} marked MovedShort — ${reason}`, () => {
      expect((variants(a, b)?.kinds ?? 0) & Alternation.MovedShort).toBe(Alternation.MovedShort);
    });
});

describe('areNameVariants: pairs judged beside a name word', () => {
  it('is no variant by the letters alone (ציר / צייר), but a name variant to judge in context', () => {
    for (const [a, b] of [
      ['סיף', 'סייף'],
      ['נעם', 'נועם'],
    ]) {
      expect(areVariants(parseName(a as string), parseName(b as string))).toBeNull();
      const named = areNameVariants(parseName(a as string), parseName(b as string));
      expect(named && named.kinds & Alternation.ShortPlene).toBeTruthy();
    }
  });
  it('marks Far a five-letter pair a little past the threshold by the table’s alternations (אוסמן / עוסמאן)', () => {
    expect(areVariants(parseName('אוסמן'), parseName('עוסמאן'))).toBeNull();
    const named = areNameVariants(parseName('אוסמן'), parseName('עוסמאן'));
    expect(named && named.kinds & Alternation.Far).toBeTruthy();
  });
  it('marks Far a four-letter pair one ו or י past the threshold (חיאת / הייאת), not a second swap (אנשי / אנסי)', () => {
    expect(areVariants(parseName('חיאת'), parseName('הייאת'))).toBeNull();
    const named = areNameVariants(parseName('חיאת'), parseName('הייאת'));
    expect(named && named.kinds & Alternation.Far).toBeTruthy();
    expect(areNameVariants(parseName('אנשי'), parseName('אנסי'))).toBeNull();
  });
  it('gives no Far pair for a letter of no alternation (לבנון / לבנוני)', () => {
    expect(areNameVariants(parseName('לבנון'), parseName('לבנוני'))).toBeNull();
  });
  it('leaves longer pairs as areVariants judges them', () => {
    expect(areNameVariants(parseName('ראסטן'), parseName('רסטן'))).toEqual(
      areVariants(parseName('ראסטן'), parseName('רסטן')),
    );
  });
});

describe('areVariants (HEBREW.md §6)', () => {
  for (const [a, b, kind, reason] of same)
    it(`${a} ~ ${b} — ${reason}`, () => {
      const r = variants(a, b);
      expect(r).not.toBeNull();
      if (kind) expect((r?.kinds ?? 0) & kind).toBe(kind);
      const keys = (w: string) => [coarseKey(plain(w)), coarseKey(parse(w)), ...alternateKeys(parse(w))];
      expect(keys(a).some((k) => keys(b).includes(k))).toBe(true);
    });
  for (const [a, b, reason] of different)
    it(`${a} ≁ ${b} — ${reason}`, () => {
      expect(variants(a, b)).toBeNull();
    });
});
