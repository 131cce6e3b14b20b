// Words that introduce a name in news Hebrew. NAME_CUES (places and natural features: נחל, מעיין,
// עין "spring"; organisations, titles, facilities)
// count as evidence that the next word is a name (evidence.ts). Place cues (placeCue: the nouns that
// name a place right after them, העיר חמה, בעיר עקבה, and more weakly the prepositions of place, סביב
// חמה) are the only evidence that lets a word that is also ordinary Hebrew (חמה "hot", עקבה "her
// heel") be read as a name.
import { isHebrewLetterCode } from '../../hebrew/letters';
import { prefixReadings } from '../../hebrew/prefixes';
import { rememberedPerKey } from '../../memo/remembered';

export const NAME_CUES: ReadonlySet<string> = new Set(
  'העיר העיירה הכפר מחנה נחל הנחל ואדי מעיין המעיין עין אגם האגם שכונת השכונה אזור באזור האזור נמל הנמל נהר הנהר הר מחוז נפת חבל גשר מעבר מעברי ארגון הארגון תנועת חזית גדודי מבצע נשיא הנשיא ראש שר שרת השר מזכ״ל מנהיג המנהיג דובר דוברת בכיר מפקד המפקד סוכנות הידיעות רשת ערוץ השייח׳ שייח׳ שיח׳ אבו אום בן בנו בת ד״ר מר גברת מתקן המתקן אתר האתר כור הכור בסיס הבסיס כיכר מסגד המסגד נמל התעופה מרחב המרחב'.split(
    ' ',
  ),
);

/**
 * First words of place and person names that are also Hebrew words (אבו "his father", כפר "village"):
 * a maqaf compound that starts with one is a name (אבו־גוש, כפר־סבא), whatever its other part
 * (stem-info.ts).
 */
export const COMPOUND_NAME_HEADS: ReadonlySet<string> = new Set(
  'אבו אום כפר עין ראס דיר ואדי ביר תל חאן'.split(' '),
);

/**
 * Words that begin many different Arabic place names (ג׳בל "mountain", ביר "well", ראס "cape", שייח׳):
 * two spellings of one of them in two different names (ג׳בל מוכבר, ג׳אבל in Hebron; שייח׳ זוויד, שארם
 * א־שייח׳) are how each place is written, not one name spelt two ways (evidence.ts).
 */
export const PLACE_NAME_HEADS: ReadonlySet<string> = new Set(
  'ג׳בל ג׳באל שייח׳ שיח׳ ביר עין ראס דיר ואדי תל חאן ח׳אן בית כפר בני סידי מרג׳ ח׳רבת'.split(' '),
);

/** Words whose answers are remembered (shared/memo/remembered.ts). */
const MEMO_LIMIT = 100_000;

/**
 * A name cue, also behind prefixes when it has four letters or more (ובמתקן נתנז, בכיכר א-תחריר):
 * shorter cues (בן, מר, שר) would match ordinary words read as prefix + cue (שבת, כשר).
 */
export const isNameCue: (word: string) => boolean = rememberedPerKey(MEMO_LIMIT, (word) =>
  prefixReadings(word).some((r) => NAME_CUES.has(r.stem) && (r.prefix === '' || r.stem.length >= 4)),
);

/**
 * Place nouns, with and without the article, as they stand before a place name; הפליטים of "מחנה
 * הפליטים" (the refugee camp) too, which stands between מחנה and the camp's name (מחנה הפליטים בלטה),
 * and the capital (בבירה מנמה, בירת עומאן).
 */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'העיר עיר העיירה עיירה הכפר כפר מחנה הפליטים שכונת מחוז נפת נמל הבירה בירה בירת'.split(' '),
);

/**
 * Prepositions of place (סביב חמה, בין חמה לחומס, צפונית לעקבה): weaker, as ordinary words follow
 * them too, so they only back a spelling whose variant stands after a place noun.
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'סביב ליד לעבר מול בקרבת סמוך בסמוך בין ממזרח ממערב מצפון מדרום מזרחית מערבית צפונית דרומית'.split(' '),
);

/** How strongly a word says that the next one names a place. */
export const PlaceCue = { None: 0, Preposition: 1, Noun: 2 } as const;
export type PlaceCue = (typeof PlaceCue)[keyof typeof PlaceCue];

/** A place noun, possibly with prefixes (בעיר, מהעיר, ובמחנה), or a preposition of place. */
export const placeCue: (word: string) => PlaceCue = rememberedPerKey(MEMO_LIMIT, (word) =>
  prefixReadings(word).some((r) => PLACE_NOUNS.has(r.stem))
    ? PlaceCue.Noun
    : PLACE_PREPOSITIONS.has(word)
      ? PlaceCue.Preposition
      : PlaceCue.None,
);

/** A word's neighbours before it with their counts (WordStatistics.prev). */
interface CountsBefore {
  [Symbol.iterator](): IterableIterator<[string, number]>;
}

/**
 * The strongest place cue standing right before a word used `uses` times, counted only when at least a
 * third of those uses stand after a cue: a place name mostly does, an ordinary word seldom (קצין after
 * הכפר once among a hundred uses of "officer").
 */
export function placeSlot(before: CountsBefore | undefined, uses: number): PlaceCue {
  let best: PlaceCue = PlaceCue.None;
  let inSlot = 0;
  for (const [word, count] of before ?? []) {
    const cue = placeCue(word);
    if (cue === PlaceCue.None) continue;
    inSlot += count;
    if (cue > best) best = cue;
  }
  return slotOf(inSlot, best, uses);
}

/** placeSlot from its sums: `inSlot` of the word's `uses` stand after a cue, the strongest being `best`. */
export function slotOf(inSlot: number, best: PlaceCue, uses: number): PlaceCue {
  return inSlot * 3 >= uses ? best : PlaceCue.None;
}

/**
 * The Arabic article written as a word of its own (אל קאעידה, א שאם), with a Hebrew prefix on it or not
 * (באל ג׳זירה, ובאל). Not שאל ("asked"), a word of its own, and not two prepositions stacked before it:
 * כמאל is the name Kamal (כמאל קיליצ׳דראולו), not כ + מ + אל.
 */
export function isDetachedArticle(word: string): boolean {
  if (word === 'אל' || word === 'א') return true;
  return (
    word !== 'שאל' &&
    prefixReadings(word).some(
      (r) => r.prefix !== '' && !r.articleRestored && r.stem === 'אל' && onePreposition(r.prefix),
    )
  );
}

/** A prefix of at most one preposition (ב כ ל מ), after the conjunctions ו and ש: ב, וב, שב, ושל. */
function onePreposition(prefix: string): boolean {
  return prefix.replace(/^ו?ש?/, '').length <= 1;
}

/**
 * The run of Hebrew letters that ends one space before `start` (the word before a word, prefix on),
 * and the character before that run ('' at the paragraph's start); an empty word when no such run.
 */
export function wordBefore(text: string, start: number): { word: string; before: string } {
  if (text[start - 1] !== ' ') return { word: '', before: '' };
  return wordEndingAt(text, start - 1);
}

/** The run of Hebrew letters that ends at `end` (exclusive), and the character before it ('' at the start). */
export function wordEndingAt(text: string, end: number): { word: string; before: string } {
  let at = end;
  while (at > 0 && isHebrewLetterCode(text.charCodeAt(at - 1))) at--;
  return { word: text.slice(at, end), before: text[at - 1] ?? '' };
}

/** The run of Hebrew letters that starts one space after `end` (the word after a word); '' when none. */
export function wordAfter(text: string, end: number): string {
  if (text[end] !== ' ') return '';
  let at = end + 1;
  while (at < text.length && isHebrewLetterCode(text.charCodeAt(at))) at++;
  return text.slice(end + 1, at);
}

/** The word after the Arabic article joined by a maqaf (אל־נאצר, א־רחמן → נאצר, רחמן); else undefined. */
export function afterArticle(word: string): string | undefined {
  return /^(?:אל|א)־(.+)$/.exec(word)?.[1];
}
