// How much a variant must differ from a spelling, and how long a word must be, before the prefix
// groups (prefix-overrides.ts) read an ordinary-looking word or a prefixed stem as a name.
import { Alternation } from '../../hebrew/variants';

/**
 * Alternations strong enough to read an ordinary-looking word as a name spelling (להיא beside לאהיא):
 * a letter swap or a vowel letter alone also relate ordinary words (וכן/וחן).
 */
export const STRONG = Alternation.Alef | Alternation.Geresh | Alternation.Article | Alternation.Double;

/**
 * Alternations by which an ordinary word after a prefix spells a name (ordinary-stems.ts); a geresh
 * alone does not (ג/ג׳ are two sounds).
 */
export const PREFIXED_NAMING =
  Alternation.Alef | Alternation.Geresh | Alternation.Article | Alternation.Double | Alternation.Ending;

/** The fewest letters of an ordinary word that a variant may show to be a name. */
export const SHORT_WORD = 4;

/**
 * The fewest letters at which two spellings a sound-alike letter apart (row 9) read as one name
 * transcribed two ways: two unknown ones (אמנהותפ / אמנהוטפ, evidence.ts), or one only the news list
 * knows beside an unknown one (כורדיסתאן / כורדיסטאן, judged-clusters.ts). Shorter Hebrew words differ
 * so too (טרם / תרם).
 */
export const SWAP_NAME_LETTERS = 6;
