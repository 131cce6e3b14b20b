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
 * The fewest letters of a spelling only the news list knows that a sound-alike letter alone may show
 * to be a name's (כורדיסתאן beside כורדיסטאן): shorter Hebrew words differ so too (טרם / תרם).
 */
export const PRINTED_SWAP_LETTERS = 6;
