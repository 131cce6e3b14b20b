// Spelling-variant keys and distance for names: the alternation table of HEBREW.md §6, implemented as a
// coarse key (for bucketing: two spellings of one name almost always share it) and a weighted edit
// distance (for deciding: cheap edits are the sanctioned alternations, everything else costs 1).
// Input is a comparison form from normalize/tokenize (׳ for geresh, ־ for maqaf), prefix already
// stripped.
import { GERESH, MAQAF, isHebrewLetterCode, toRegularForm } from './letters';
import { isCommonByWrittenList } from './lexicon';

/** A letter (regular form) and whether a geresh follows it (ח׳ = kh, ע׳/ר׳ = gh, ג׳ = j …). */
export interface Unit {
  readonly letter: string;
  readonly geresh: boolean;
}

/** A name spelling split into its Arabic article (§1.3, rows 16/17) and its letters. */
export interface ParsedName {
  /** 'אל' for אל־ (and joined אל when `joinedArticle`), 'א' for assimilated א־, '' for none. */
  readonly article: '' | 'אל' | 'א';
  readonly units: readonly Unit[];
}

/** Letters the coarse key merges (rows 4–9): bucketing only, the distance decides. */
const COARSE_CLASS: Readonly<Record<string, string>> = {
  ט: 'ת',
  ת: 'ת',
  כ: 'ח',
  ק: 'ח',
  ח: 'ח',
  ה: 'ח',
  ס: 'ס',
  צ: 'ס',
  ש: 'ס',
  ז: 'ס',
  ע: 'ע',
  ג: 'ע',
  א: 'ע',
};

function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHebrewLetterCode(code)) units.push({ letter: toRegularForm(text[i] as string), geresh: false });
    else if (text[i] === GERESH && units.length > 0) {
      const last = units[units.length - 1] as Unit;
      units[units.length - 1] = { letter: last.letter, geresh: true };
    }
  }
  return units;
}

/** The sun letters, before which the Arabic article is assimilated and written א־ (§1.3). */
const SUN_LETTERS = new Set('תדרזסשצטלנ');

/**
 * א־ before a Hebrew word of the written list that starts with a moon letter is no Arabic article: it
 * is the Greek negation prefix (א־מינית, א־פוליטי) or the end of לא־ read after the prefix ל
 * (לא־מחוסנת, "unvaccinated", is not ל + א־מחוסנת). Names after an over-assimilated article are no
 * Hebrew words (א־פאשר), and a Hebrew word after a sun letter is left to the article (א־דין, א־שרק).
 */
export function isHebrewAlefPrefix(norm: string): boolean {
  const rest = norm.slice(2);
  return !SUN_LETTERS.has(toRegularForm(rest.charAt(0))) && isCommonByWrittenList(rest);
}

/**
 * Foreign names whose first letters are אל without being the Arabic article (Allenby, Algeria, the
 * printed-names table's rows with no al- in English; Alexander, Albania): any spelling of them (by its
 * bucketing key, so אלג׳ריה too) is read whole, and אלנבי is no article before נבי (נבי סמואל).
 */
const NAMES_BEGINNING_WITH_AL = ['אלנבי', 'אלג׳יריה', 'אלבנזה', 'אלכסנדר', 'אלכסנדריה', 'אלבניה'];
let namesBeginningWithAlKeys: ReadonlySet<string> | undefined;

function beginsWithAlWithoutArticle(norm: string): boolean {
  namesBeginningWithAlKeys ??= new Set(
    NAMES_BEGINNING_WITH_AL.map((name) => coarseKey({ article: '', units: unitsOf(name) })),
  );
  return namesBeginningWithAlKeys.has(coarseKey({ article: '', units: unitsOf(norm) }));
}

/**
 * Splits off the Arabic article: אל־X, א־X (assimilated before a sun letter, §1.3), and (only with
 * `joinedArticle`, for words already believed to be names) a joined אלX with at least three letters
 * after it or a joined א before a sun letter (אסיסי).
 */
export function parseName(norm: string, joinedArticle = false): ParsedName {
  if (norm.startsWith('אל' + MAQAF) && norm.length > 4)
    return { article: 'אל', units: unitsOf(norm.slice(3)) };
  // Āl, "the house of", before a Gulf dynasty's name (אאל־ת׳אני, Al Thani) is written as the article
  // just as often (אל־ת׳אני): one name.
  if (norm.startsWith('אאל' + MAQAF) && norm.length > 5)
    return { article: 'אל', units: unitsOf(norm.slice(4)) };
  // א־ before a moon letter (א־פאשר for al-Fashir) is an over-applied assimilation (§3 pattern 3: the
  // article is assimilated inconsistently); still the article, unless a Hebrew word follows.
  if (norm.startsWith('א' + MAQAF) && norm.length > 3 && !isHebrewAlefPrefix(norm))
    return { article: 'א', units: unitsOf(norm.slice(2)) };
  if (
    joinedArticle &&
    norm.startsWith('אל') &&
    norm.length >= 5 &&
    !norm.includes(MAQAF) &&
    !beginsWithAlWithoutArticle(norm)
  )
    return { article: 'אל', units: unitsOf(norm.slice(2)) };
  // The assimilated article joined without its maqaf (אסיסי for א־סיסי, al-Sisi): before a sun letter.
  if (
    joinedArticle &&
    norm.startsWith('א') &&
    SUN_LETTERS.has(norm.charAt(1)) &&
    norm.length >= 5 &&
    !norm.includes(MAQAF)
  )
    return { article: 'א', units: unitsOf(norm.slice(1)) };
  return { article: '', units: unitsOf(norm) };
}

/** The vowel letters (matres lectionis) a spelling writes or leaves out (HEBREW.md §2, §6 rows 1, 10). */
export const MATRES: ReadonlySet<string> = new Set(['ו', 'י', 'א']);
/** The vowel letters Hebrew words also write inside themselves, not only names: ו and י. */
export const VAV_YOD: ReadonlySet<string> = new Set(['ו', 'י']);
/** What one doubled ו or י costs (indel): less than any other optional letter. */
const DOUBLED_VOWEL_LETTER = 0.25;
const VOWEL_ENDINGS = new Set(['ה', 'א', 'ת']);

/**
 * Turkish ğ (yumuşak ge) after a vowel is not pronounced; it lengthens the vowel. Hebrew writers render
 * it as ג or leave it out: ארדוגאן / ארדואן (Erdoğan), דוגאן / דואן (Doğan), דבוטאוגלו / דבוטאולו
 * (Davutoğlu). So a ג inside a word between a vowel letter and a vowel letter or ל may be silent. Not in
 * HEBREW.md §6 (whose table is Arabic); the rule is the Turkish alphabet's, pinned in variants.test.ts.
 */
function isSoftG(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  // A word's first letter is a consonant, never the vowel before ğ: י of יגורש ("will be deported",
  // the future's prefix) would make it יורש ("heir").
  if (u.letter !== 'ג' || u.geresh || i < 2 || i === units.length - 1) return false;
  const prev = (units[i - 1] as Unit).letter;
  const next = (units[i + 1] as Unit).letter;
  return MATRES.has(prev) && (MATRES.has(next) || next === 'ל');
}

/**
 * The bucketing key: article dropped; geresh dropped; sound-alike letters merged; ו י א dropped after
 * the first letter (rows 1, 10–12); doubled letters collapsed (rows 11–13); a final ה/א/ת becomes one
 * "vowel ending" mark (rows 2–3). Spellings of one name share it; many different names do too.
 */
export function coarseKey(name: ParsedName): string {
  const { units } = name;
  let key = '';
  let prev = '';
  for (let i = 0; i < units.length; i++) {
    const { letter, geresh } = units[i] as Unit;
    let cls: string;
    if (i === units.length - 1 && i > 0 && VOWEL_ENDINGS.has(letter)) cls = '*';
    else if (i > 0 && MATRES.has(letter)) continue;
    else if (letter === 'ר' && geresh) cls = 'ע';
    else cls = COARSE_CLASS[letter] ?? letter;
    if (cls !== prev) key += cls;
    prev = cls;
  }
  return key;
}

/** The plain letter each geresh letter of row 8 alternates with, as GERESH_SWAP prices it. */
const GERESH_PLAIN: Readonly<Record<string, string>> = { צ: 'ד', ט: 'ז', ד: 'ז', ת: 'ס' };

/**
 * More bucketing keys for a spelling, where the coarse key cannot be invariant because the letter
 * depends on vowel letters that are optional or is itself dropped:
 *   - inner ג left out: a silent Turkish ğ (isSoftG) written or not (ארדוגאן / ארדואן);
 *   - ע read as א: ʿayn and hamza are confused or ʿayn is dropped (בקאעי / בקאאי, סריע / סריא;
 *     row 9, hspell's similar letters ע/א), and the coarse key skips an inner א but keeps ע;
 *   - ר׳ without its geresh: the coarse key files ר׳ (gh) with ע, a plain ר under itself;
 *   - צ׳ ט׳ ד׳ ת׳ as the plain letter they alternate with (row 8: רמצ׳אן / רמדאן);
 *   - ז׳ as ג׳ (§2.1: the zh of Persian and French, the j of English);
 *   - an inner ב left out, for a v written ב or וו (vForVav);
 *   - a final ט as the ת the coarse key files with the vowel endings.
 * Only the keys that differ from the coarse key.
 */
export function alternateKeys(name: ParsedName): string[] {
  const key = coarseKey(name);
  const keys = new Set<string>();
  const addKeyOf = (units: readonly Unit[]) => keys.add(coarseKey({ article: name.article, units }));
  if (name.units.some((u, i) => i > 0 && u.letter === 'ג' && !u.geresh))
    addKeyOf(name.units.filter((u, i) => i === 0 || u.letter !== 'ג' || u.geresh));
  if (name.units.some((u, i) => i > 0 && u.letter === 'ע' && !u.geresh))
    addKeyOf(
      name.units.map((u, i) => (i > 0 && u.letter === 'ע' && !u.geresh ? { letter: 'א', geresh: false } : u)),
    );
  // A ר׳ (gh, row 6) with its geresh left out (row 14) is a plain ר: דור׳מוש / דורמוש.
  if (name.units.some((u) => u.letter === 'ר' && u.geresh))
    addKeyOf(name.units.map((u) => (u.letter === 'ר' ? { letter: 'ר', geresh: false } : u)));
  // A geresh letter written as its plain alternant (row 8): צ׳ as ד (ض: רמצ׳אן / רמדאן), ט׳ as ז
  // (ظ: מחפוט׳ / מחפוז), ד׳ as ז, ת׳ as ס; the coarse key files each pair under two letters.
  if (name.units.some((u) => u.geresh && GERESH_PLAIN[u.letter] !== undefined))
    addKeyOf(
      name.units.map((u) => {
        const plain = u.geresh ? GERESH_PLAIN[u.letter] : undefined;
        return plain === undefined ? u : { letter: plain, geresh: false };
      }),
    );
  // A ז׳ (ʒ) written as the ג׳ (dʒ) of an English spelling, which the coarse key files apart (ס, ע).
  if (name.units.some((u) => u.letter === 'ז' && u.geresh))
    addKeyOf(name.units.map((u) => (u.letter === 'ז' && u.geresh ? { letter: 'ג', geresh: true } : u)));
  // An inner ב left out: a v written ב where another spelling writes וו, which the coarse key drops
  // as a vowel letter (אבנפול / אוונפול).
  const innerBet = (u: Unit, i: number) =>
    i > 0 && i < name.units.length - 1 && u.letter === 'ב' && !u.geresh;
  if (name.units.some(innerBet)) addKeyOf(name.units.filter((u, i) => !innerBet(u, i)));
  // A final ט for the t another spelling writes ת (row 9: אליזבט / אליזבת), which the coarse key files
  // as a vowel ending when it is last.
  const last = name.units[name.units.length - 1];
  if (name.units.length > 1 && last?.letter === 'ט' && !last.geresh)
    addKeyOf([...name.units.slice(0, -1), { letter: 'ת', geresh: false }]);
  keys.delete(key);
  return [...keys];
}

/** Which alternations an optimal alignment used (bit flags). */
export const Alternation = {
  /** ∅ ↔ ו/י, ו ↔ וו, י ↔ יי: also how ordinary Hebrew words vary (ktiv male/haser). */
  Plene: 1,
  /** ∅ ↔ א inside a word (row 1): a transcription variant, not Hebrew spelling. */
  Alef: 2,
  /** Geresh forms or a letter with/without geresh (rows 5–8, 14). */
  Geresh: 4,
  /** Sound-alike letter swap (rows 4–9). */
  Swap: 8,
  /** Article form or presence (row 16). */
  Article: 16,
  /** Word-final ה ↔ א ↔ ת (rows 2–3). */
  Ending: 32,
  /** A doubled ל (row 13, -אללה names). */
  Double: 64,
  /** Anything else (a real letter difference). */
  Other: 128,
  /** Only how the parts are joined differs: maqaf, hyphen or nothing (row 17). */
  Joiner: 256,
  /** A silent Turkish ğ written as ג or left out (ארדוגאן/ארדואן; isSoftG). */
  SoftG: 512,
  /**
   * Word-final ה ↔ ת (row 3, ة in construct): Hebrew feminine nouns do the same (הטמעה / הטמעת, absolute
   * and construct), so it is no evidence of a transcription on its own.
   */
  Construct: 1024,
  /**
   * The same א moved across one consonant in a four-letter spelling (כמאל / כאמל, בקאע / בקעא): also
   * the Arabic fāʿil/faʿāl pair of two names (ראשד/רשאד Rashid/Rashad), so evidence.ts asks for a
   * shared name word before such a pair is one name (עבאס כמאל / עבאס כאמל).
   */
  MovedShort: 2048,
  /**
   * A ו/י alone between spellings of three letters (סיף / סייף, נעם / נועם): Hebrew words differ so
   * (ציר / צייר, דין / דיין), so areVariants rejects such a pair, and only areNameVariants returns it,
   * for evidence.ts to accept beside a shared name word (סיף / סייף אל־אסלאם).
   */
  ShortPlene: 4096,
  /**
   * Spellings of five letters or more a little farther apart than the threshold allows (FAR_ROOM more:
   * אוסמן / עוסמאן, an ע for the א and a long a written): one name only beside a shared name word
   * (אוסמן / עוסמאן דמבלה), so, like ShortPlene, only areNameVariants returns such a pair.
   */
  Far: 8192,
} as const;

/** Alternations that join two spellings only beside a shared name word (evidence.ts). */
export const NEEDS_NAME_WORD = Alternation.ShortPlene | Alternation.Far;

/** How far past the threshold a Far pair may be. */
const FAR_ROOM = 0.5;

/** The fewest letters of the shorter spelling of a Far pair: shorter words are too many to tell. */
const FAR_LETTERS = 5;

/**
 * How far past the threshold a Far pair of four letters may be: one doubled ו or י (DOUBLED_VOWEL_LETTER)
 * on top of the one change four letters allow (חיאת / הייאת תחריר א־שאם).
 */
const SHORT_FAR_ROOM = 0.25;

/** How far past the threshold two spellings may be as a Far pair, by the letters of the shorter. */
export function farRoom(shortest: number): number {
  return shortest >= FAR_LETTERS ? FAR_ROOM : shortest === 4 ? SHORT_FAR_ROOM : 0;
}

/** Alternations that Hebrew spelling itself does not produce: evidence of a transcribed foreign name. */
export const FOREIGN_ALTERNATIONS =
  Alternation.Alef |
  Alternation.Geresh |
  Alternation.Swap |
  Alternation.Article |
  Alternation.Ending |
  Alternation.Double |
  Alternation.SoftG;

const SWAP_COST: Readonly<Record<string, number>> = {
  טת: 0.4,
  כק: 0.4,
  חכ: 0.4,
  הח: 0.5,
  סצ: 0.5,
  סש: 0.7,
  אע: 0.6,
  גע: 0.6,
  זס: 0.7,
  דז: 0.7,
};

/**
 * Geresh letters and the plain letters they alternate with (rows 6, 8): ר׳↔ע׳, ת׳↔ס, ד׳↔ז, ט׳↔ז, צ׳↔ד;
 * and ג׳↔ז׳ (§2.1).
 */
const GERESH_SWAP: Readonly<Record<string, number>> = {
  'ר׳ע׳': 0.2,
  'ר׳ע': 0.3,
  'ר׳ג': 0.4,
  'ע׳ג': 0.3,
  'ת׳ס': 0.4,
  'ד׳ז': 0.4,
  'ט׳ז': 0.4,
  'צ׳ד': 0.4,
  // English j beside the zh of Persian and French (אחמדינג׳אד / אחמדינז׳אד, ג׳נבה / ז׳נבה): §2.1 writes
  // dʒ ג׳ and ʒ ז׳, and a name reaches Hebrew through either language. Both letters carry a geresh,
  // which no Hebrew word does.
  'ג׳ז׳': 0.3,
};

const ENDING_SWAP: Readonly<Record<string, number>> = { אה: 0.3, הת: 0.3, את: 0.4 };

/**
 * The final s or z of Spanish and Portuguese names, which Hebrew writes ס or ז (סנצ׳ס / סנצ׳ז, דיאס /
 * דיאז, Sánchez, Díaz: the Spanish z is said s in the Americas and written z): cheaper than ז/ס inside
 * a word (row 9), which parts Hebrew words (חזר / חסר), so that a four-letter name may show it; not in
 * three letters, where two names differ so (רוס / רוז, Ross / Rose).
 */
const FINAL_S_OR_Z = 0.5;

function pairKey(a: string, b: string): string {
  return a < b ? a + b : b + a;
}

function unitText(u: Unit): string {
  return u.geresh ? u.letter + GERESH : u.letter;
}

interface Step {
  readonly cost: number;
  readonly kind: number;
}

const NO_MATCH: Step = { cost: 2, kind: Alternation.Other };

function substitution(a: Unit, b: Unit, bothLast: boolean, longNames: boolean): Step {
  if (a.letter === b.letter)
    return a.geresh === b.geresh ? { cost: 0, kind: 0 } : { cost: 0.1, kind: Alternation.Geresh };
  // Hamza carried by א or by י (כתאאב/כתאיב, Kata'ib): a transcription choice (row 1 and §1.2).
  if (pairKey(a.letter, b.letter) === 'אי') return { cost: 0.5, kind: Alternation.Alef };
  if (bothLast) {
    const pair = pairKey(a.letter, b.letter);
    const ending = ENDING_SWAP[pair];
    if (ending !== undefined)
      return { cost: ending, kind: pair === 'הת' ? Alternation.Construct : Alternation.Ending };
    if (pair === 'זס' && longNames && !a.geresh && !b.geresh)
      return { cost: FINAL_S_OR_Z, kind: Alternation.Swap };
  }
  const withGeresh = GERESH_SWAP[unitText(a) + unitText(b)] ?? GERESH_SWAP[unitText(b) + unitText(a)];
  if (withGeresh !== undefined) return { cost: withGeresh, kind: Alternation.Swap };
  const swap = SWAP_COST[pairKey(a.letter, b.letter)];
  if (swap !== undefined) return { cost: swap + (a.geresh !== b.geresh ? 0.1 : 0), kind: Alternation.Swap };
  return NO_MATCH;
}

/** Cost of a unit present in one spelling and absent from the other, by where it stands. */
function indel(units: readonly Unit[], i: number): Step {
  const u = units[i] as Unit;
  const last = units.length - 1;
  // A final א after ע: the Arabic -aʿ ending spelt with its vowel (א־שרע / א־שרעא for al-Sharaa, from
  // the English "Sharaa"); row 1's optional א for ā. Hebrew words do not end in עא.
  if (i === last && i > 1 && u.letter === 'א' && !u.geresh && (units[i - 1] as Unit).letter === 'ע')
    return { cost: 0.5, kind: Alternation.Ending };
  // A final ג after נ: the -ng of Chinese and English names written in full or as ן (בייג׳ינג /
  // בייג׳ין, Beijing). In five letters or more: short names so differ are two (יון / יונג).
  if (i === last && i >= 4 && u.letter === 'ג' && !u.geresh && (units[i - 1] as Unit).letter === 'נ')
    return { cost: 0.5, kind: Alternation.Ending };
  // A first א before ע: the hamza of an initial Aʿ- written or left out (אעזאז / עזאז, Azaz; row 1's
  // optional א). Hebrew words that differ so are a first-person future and its root (אעשה/עשה), which
  // are ordinary words; in names of four letters or more only.
  if (i === 0 && u.letter === 'א' && !u.geresh && units.length >= 5 && (units[1] as Unit).letter === 'ע')
    return { cost: 0.5, kind: Alternation.Alef };
  if (i === 0 || i === last) return { cost: 1.2, kind: Alternation.Other }; // prefixes and inflections live at the edges
  const prev = units[i - 1] as Unit;
  const next = units[i + 1] as Unit;
  if (prev.letter === u.letter || next.letter === u.letter) {
    if (u.letter === 'ו' || u.letter === 'י') return { cost: DOUBLED_VOWEL_LETTER, kind: Alternation.Plene };
    // Unpointed Hebrew does not write the shadda; only -אללה names vary this way (row 13): the doubled ל
    // right before a final ה. Hebrew words of a root with two ל (כלל, חלל) do not: כללים/כלים, חללים.
    if (u.letter === 'ל' && i >= last - 2 && (units[last] as Unit).letter === 'ה')
      return { cost: 0.3, kind: Alternation.Double };
  }
  // Costs a little more than the optional א, so three-letter Hebrew words (הוגן/הון) stay apart.
  if (isSoftG(units, i)) return { cost: 0.55, kind: Alternation.SoftG };
  if (MATRES.has(u.letter)) {
    // ו/י just before a final ה/ת/א changes the ending (חמה ≠ חמיה: Hama ≠ Hamieh; -ית, -ות are
    // Hebrew suffixes); an א there is the long ā of a transcription (חיית/חייאת).
    if (u.letter !== 'א' && i === last - 1 && VOWEL_ENDINGS.has((units[last] as Unit).letter))
      return { cost: 1, kind: Alternation.Other };
    return u.letter === 'א' ? { cost: 0.5, kind: Alternation.Alef } : { cost: 0.5, kind: Alternation.Plene };
  }
  return { cost: 1, kind: Alternation.Other };
}

function isInnerMater(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  return i > 0 && i < units.length - 1 && !u.geresh && MATRES.has(u.letter);
}

function sameUnit(a: Unit, b: Unit): boolean {
  return a.letter === b.letter && a.geresh === b.geresh;
}

/**
 * A vowel letter written on the other side of one consonant, where one of the two is א (ח׳אמנאי /
 * חמינאי, Khamenei; חאקן / חקאן, Hakan): row 1's optional א for ā left out in one place while a vowel
 * is written in the next (HEBREW.md §3 pattern 4: optional matres). Costs what one optional letter
 * costs. ו/י moved alone relate Hebrew words (סופר/ספור), so those are left to the plain edits.
 * `a` ends at i (exclusive) with [mater, C] and `b` ends at j with [C, mater], or the mirror.
 */
function movedAlef(a: readonly Unit[], i: number, b: readonly Unit[], j: number): Step | undefined {
  if (i < 2 || j < 2) return undefined;
  if (isInnerMater(a, i - 2) && isInnerMater(b, j - 1) && !MATRES.has((a[i - 1] as Unit).letter))
    return sameUnit(a[i - 1] as Unit, b[j - 2] as Unit) ? moveStep(a, i - 2, b, j - 1) : undefined;
  if (isInnerMater(a, i - 1) && isInnerMater(b, j - 2) && !MATRES.has((a[i - 2] as Unit).letter))
    return sameUnit(a[i - 2] as Unit, b[j - 1] as Unit) ? moveStep(b, j - 2, a, i - 1) : undefined;
  return undefined;
}

/**
 * The same א written on the other side of a doubled ו or י, the consonantal w or y (rows 1, 11, 12:
 * פשאוור / פשוואר, Peshawar; נאווף / נוואף, Nawaf): each spelling leaves out one of the two long a's
 * a full one would write (פשאוואר). In five letters or more, as movable asks. `a` ends at i with
 * [א, X, X] and `b` at j with [X, X, א], or the mirror.
 */
function movedAlefAcrossDouble(a: readonly Unit[], i: number, b: readonly Unit[], j: number): boolean {
  if (i < 3 || j < 3 || a.length < 5 || b.length < 5) return false;
  return alefThenDouble(a, i, b, j) || alefThenDouble(b, j, a, i);
}

/** [א, X, X] ends at `end` in `u` and [X, X, א] at `other` in `v`, X a doubled ו or י. */
function alefThenDouble(u: readonly Unit[], end: number, v: readonly Unit[], other: number): boolean {
  const x = (u[end - 1] as Unit).letter;
  return (
    (x === 'ו' || x === 'י') &&
    isPlainLetter(u[end - 3] as Unit, 'א') &&
    isPlainLetter(u[end - 2] as Unit, x) &&
    isPlainLetter(u[end - 1] as Unit, x) &&
    isPlainLetter(v[other - 3] as Unit, x) &&
    isPlainLetter(v[other - 2] as Unit, x) &&
    isPlainLetter(v[other - 1] as Unit, 'א')
  );
}

const isPlainLetter = (unit: Unit, letter: string) => unit.letter === letter && !unit.geresh;

/** The step a moved vowel letter costs: movable's, or the same א moved in four letters (MovedShort). */
function moveStep(before: readonly Unit[], k: number, after: readonly Unit[], m: number): Step | undefined {
  if (movable(before, k, after, m)) return MOVED_ALEF;
  const sameAlef = (before[k] as Unit).letter === 'א' && (after[m] as Unit).letter === 'א';
  return sameAlef && before.length === 4 && after.length === 4 ? MOVED_SHORT : undefined;
}

/**
 * `before[k]` stands before the shared consonant, `after[m]` after it. The same א moved keeps the vowel
 * (סלמאן/סאלמן). Another vowel letter changes it (ā → i in Khamenei), which Hebrew words do too (לירות /
 * לראות, להורות/להראות) and short names as well (חומס/חמאס): only the long ā of a name's first syllable
 * written or left out (ח׳אמנאי: א right after the first letter). Both only in spellings of five letters
 * or more: in four letters the moved ā is the Arabic fāʿil/faʿāl pattern pair, two different names
 * (ראשד/רשאד Rashid/Rashad, קאסם/קסאם Qasem/Qassam, עאמר/עמאר Amer/Ammar).
 */
function movable(before: readonly Unit[], k: number, after: readonly Unit[], m: number): boolean {
  if (before.length < 5 || after.length < 5) return false;
  const x = (before[k] as Unit).letter;
  const y = (after[m] as Unit).letter;
  if (x === 'א' && y === 'א') return true;
  return x === 'א' && k === 1;
}

/**
 * A v written ב in one spelling and וו in the other, inside the word (HEBREW.md §2, the Academy's
 * rules for other languages: v → ו, doubled inside a word, or ב next to o/u; writers mix the two:
 * אבנפול / אוונפול, טבטוני / טווטוני, צ׳אבס / צ׳אווס): where the step starts in each spelling, when
 * `a` ends at i with ב and `b` at j with וו, or the mirror. Never in a transcription from Arabic
 * (arabicSpelling), which has no v (עבדאללה ≠ עוודאללה).
 */
function vForVav(
  a: readonly Unit[],
  i: number,
  b: readonly Unit[],
  j: number,
): { i: number; j: number } | undefined {
  const bet = (u: readonly Unit[], k: number) => k >= 2 && k < u.length && (u[k - 1] as Unit).letter === 'ב';
  const vav = (u: readonly Unit[], k: number) =>
    k >= 3 && k < u.length && (u[k - 1] as Unit).letter === 'ו' && (u[k - 2] as Unit).letter === 'ו';
  if (bet(a, i) && vav(b, j)) return { i: i - 1, j: j - 2 };
  if (vav(a, i) && bet(b, j)) return { i: i - 2, j: j - 1 };
  return undefined;
}

const V_FOR_VAV: Step = { cost: 0.5, kind: Alternation.Swap };

/** Arabic has no v: a spelling with the article or an ע is a transcription from Arabic (ב is b there). */
function arabicSpelling(name: ParsedName): boolean {
  return name.article !== '' || name.units.some((u) => u.letter === 'ע');
}

const MOVED_ALEF: Step = { cost: 0.5, kind: Alternation.Alef };
const MOVED_SHORT: Step = { cost: 0.5, kind: Alternation.Alef | Alternation.MovedShort };

export interface VariantComparison {
  readonly cost: number;
  /** Alternation flags used by the cheapest alignment. */
  readonly kinds: number;
}

/** Weighted edit distance between two parsed spellings, with the alternations it used. */
export function compareNames(a: ParsedName, b: ParsedName, limit = Infinity): VariantComparison {
  const m = a.units.length;
  const n = b.units.length;
  let articleCost = 0;
  let articleKind = 0;
  if (a.article !== b.article) {
    articleCost = a.article && b.article ? ARTICLE_FORMS : 0.3;
    articleKind = Alternation.Article;
  }
  if (Math.abs(m - n) * 0.25 + articleCost > limit) return { cost: Infinity, kinds: 0 };
  const vPossible = !arabicSpelling(a) && !arabicSpelling(b);
  // Three-letter names that differ in a final ס/ז are two (רוס / רוז, Ross / Rose).
  const longNames = Math.min(m, n) >= 4;
  const cost = new Float64Array((m + 1) * (n + 1));
  const kinds = new Int32Array((m + 1) * (n + 1));
  const at = (i: number, j: number) => i * (n + 1) + j;
  for (let i = 1; i <= m; i++) {
    const s = indel(a.units, i - 1);
    cost[at(i, 0)] = (cost[at(i - 1, 0)] as number) + s.cost;
    kinds[at(i, 0)] = (kinds[at(i - 1, 0)] as number) | s.kind;
  }
  for (let j = 1; j <= n; j++) {
    const s = indel(b.units, j - 1);
    cost[at(0, j)] = (cost[at(0, j - 1)] as number) + s.cost;
    kinds[at(0, j)] = (kinds[at(0, j - 1)] as number) | s.kind;
  }
  for (let i = 1; i <= m; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= n; j++) {
      const sub = substitution(a.units[i - 1] as Unit, b.units[j - 1] as Unit, i === m && j === n, longNames);
      const del = indel(a.units, i - 1);
      const ins = indel(b.units, j - 1);
      let best = (cost[at(i - 1, j - 1)] as number) + sub.cost;
      let kind = (kinds[at(i - 1, j - 1)] as number) | sub.kind;
      const viaDel = (cost[at(i - 1, j)] as number) + del.cost;
      if (viaDel < best) {
        best = viaDel;
        kind = (kinds[at(i - 1, j)] as number) | del.kind;
      }
      const viaIns = (cost[at(i, j - 1)] as number) + ins.cost;
      if (viaIns < best) {
        best = viaIns;
        kind = (kinds[at(i, j - 1)] as number) | ins.kind;
      }
      const v = vPossible ? vForVav(a.units, i, b.units, j) : undefined;
      if (v) {
        const viaV = (cost[at(v.i, v.j)] as number) + V_FOR_VAV.cost;
        if (viaV < best) {
          best = viaV;
          kind = (kinds[at(v.i, v.j)] as number) | V_FOR_VAV.kind;
        }
      }
      if (movedAlefAcrossDouble(a.units, i, b.units, j)) {
        const viaMove = (cost[at(i - 3, j - 3)] as number) + MOVED_ALEF.cost;
        if (viaMove < best) {
          best = viaMove;
          kind = (kinds[at(i - 3, j - 3)] as number) | MOVED_ALEF.kind;
        }
      }
      const move = movedAlef(a.units, i, b.units, j);
      if (move) {
        const viaMove = (cost[at(i - 2, j - 2)] as number) + move.cost;
        if (viaMove < best) {
          best = viaMove;
          kind = (kinds[at(i - 2, j - 2)] as number) | move.kind;
        }
      }
      cost[at(i, j)] = best;
      kinds[at(i, j)] = kind;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin + articleCost > limit) return { cost: Infinity, kinds: 0 };
  }
  return { cost: (cost[at(m, n)] as number) + articleCost, kinds: (kinds[at(m, n)] as number) | articleKind };
}

/**
 * How far two spellings may be apart and still be one name, by the shorter one's length: short names
 * allow one optional letter at most (קטר/קטאר), long ones about two cheap alternations.
 */
export function variantThreshold(a: ParsedName, b: ParsedName): number {
  const len = Math.min(a.units.length, b.units.length);
  if (len <= 2) return 0.15;
  // With the Arabic article on both, which no Hebrew word takes, room for one ʿayn written as hamza
  // (ע/א costs 0.6; areVariants admits nothing else above 0.5 here: ayinOrHamza).
  if (len === 3) return a.article !== '' && b.article !== '' ? AYIN_OR_HAMZA : 0.5;
  // Four letters with the article on both get a longer name's room: the full spelling's י and doubled
  // ו together (אל־חילווה / אלחלוה, §2.2) cost 0.75, more than Hebrew words of four letters may differ.
  if (len === 4) return a.article !== '' && b.article !== '' ? 0.8 : 0.6;
  if (len <= 6) return 0.8;
  return 1.05;
}

/** What the article's two forms cost, א־ for אל־ (§1.3): both are the article. */
const ARTICLE_FORMS = 0.1;

/** What one ע ↔ א swap costs (SWAP_COST), the most a three-letter spelling with the article may differ. */
const AYIN_OR_HAMZA = 0.6;

/**
 * Two spellings of equal length that differ in one letter only, an ע in one where the other has א:
 * ʿayn written as hamza (ביר אל־עבד / ביר אל־אבד). Other swaps that cost as much (ע/ג, ס/צ׳, ה/ח׳)
 * are different sounds of different names.
 */
function ayinOrHamza(a: ParsedName, b: ParsedName): boolean {
  if (a.units.length !== b.units.length) return false;
  let differ = 0;
  for (let i = 0; i < a.units.length; i++) {
    const x = a.units[i] as Unit;
    const y = b.units[i] as Unit;
    if (sameUnit(x, y)) continue;
    if (x.geresh || y.geresh || pairKey(x.letter, y.letter) !== 'אע') return false;
    differ++;
  }
  return differ === 1;
}

/**
 * The first-syllable u of a name written or left out (row 10: אל־עולא / אל־עלא, AlUla; אל־קודס /
 * אל־קדס): the longer spelling is the shorter with a ו right after its first letter.
 */
function firstSyllableVav(a: ParsedName, b: ParsedName): boolean {
  const [short, long] = a.units.length < b.units.length ? [a.units, b.units] : [b.units, a.units];
  if (long.length !== short.length + 1 || (long[1] as Unit).letter !== 'ו' || (long[1] as Unit).geresh)
    return false;
  return long.every((u, i) => i === 1 || sameUnit(u, short[i < 1 ? i : i - 1] as Unit));
}

/**
 * True when `a` and `b` are spellings of one name under the alternation table. A ו or י alone between
 * three-letter spellings is Hebrew morphology (ספר/סיפר, שמר/שומר: binyan and tense patterns), not a
 * spelling variant, so it never joins them; unless both carry the Arabic article, which no Hebrew word
 * takes, and the only difference is one doubled ו/י (consonantal w/y, rows 11–12: אל־עין / אל־עיין,
 * Ras al-Ain) or a ו right after the first letter (the u of the first syllable: אל־עולא / אל־עלא).
 * Another ו/י inserted on its own still separates names (אל־חסן / אל־חסין, Hasan / Husayn).
 */
export function areVariants(a: ParsedName, b: ParsedName): VariantComparison | null {
  const result = areNameVariants(a, b);
  return result && result.kinds & NEEDS_NAME_WORD ? null : result;
}

/** areVariants, and also the pairs it leaves out that context may join, marked ShortPlene or Far. */
export function areNameVariants(a: ParsedName, b: ParsedName): VariantComparison | null {
  const limit = variantThreshold(a, b);
  const shortest = Math.min(a.units.length, b.units.length);
  const room = farRoom(shortest);
  const result = compareNames(a, b, limit + room);
  if (result.cost > limit + room) return null;
  // Only the table's alternations stretch so: a letter of no alternation (לבנון / לבנוני, ה / החות׳ים)
  // is another word.
  if (result.cost > limit)
    return result.kinds & Alternation.Other ||
      // Four letters have room for a ו or י only (חיאת / הייאת), not a second swap (אנשי / אנסי).
      (shortest < FAR_LETTERS && !(result.kinds & Alternation.Plene))
      ? null
      : { cost: result.cost, kinds: result.kinds | Alternation.Far };
  // The article's two forms (א־ / אל־, assimilated or not: §1.3) cost a little on top of the one change
  // a three-letter name may have (א־שרע / אל־שרעא, al-Sharaa).
  const articleForms = a.article !== '' && b.article !== '' && a.article !== b.article ? ARTICLE_FORMS : 0;
  if (shortest === 3 && result.cost > 0.5 + articleForms && !ayinOrHamza(a, b)) return null;
  if (
    result.kinds === Alternation.Plene &&
    shortest <= 3 &&
    !(a.article !== '' && b.article !== '' && (result.cost <= DOUBLED_VOWEL_LETTER || firstSyllableVav(a, b)))
  )
    return shortest === 3 ? { cost: result.cost, kinds: result.kinds | Alternation.ShortPlene } : null;
  return result;
}
