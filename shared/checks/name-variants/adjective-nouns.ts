// The noun a people's adjective in the plural follows (הכוחות הכורדיים, שירותי הביטחון הרוסיים), and
// whether that noun is people or a thing: the Academy writes such an adjective only -יים after things
// and accepts -ים too after people (adjective-plurals.ts). A word in -ים right after a number word, or a
// definite one after a plainly indefinite noun, is the people's noun (אלפי כורדים, כוחות הכורדים "the
// Kurds' forces"), not an adjective.
import { isLexiconWord } from '../../hebrew/lexicon';
import { isMaqafLikeCode } from '../../hebrew/letters';
import { isMasculineOtPlural } from '../../hebrew/masculine-ot-plurals';
import { pluralNounKind, type PluralNounKind } from '../../hebrew/plural-noun-kinds';
import { prefixReadings } from '../../hebrew/prefixes';
import { wordBefore } from './name-cues';

/** Plural nouns that count or measure: the word after them is the people's noun (אלפי כורדים). */
const QUANTITIES: ReadonlySet<string> = new Set(
  'מאות אלפי אלפים עשרות רבבות מיליוני מיליונים מאות־אלפי עשרות־אלפי מספר'.split(' '),
);

/** A number word, perhaps after prefixes (למאות, ולאלפי). */
const isQuantity = (word: string) => prefixReadings(word).some((r) => QUANTITIES.has(r.stem));

/**
 * A plural noun a masculine plural adjective agrees with: an ending in -ים, or in -ות for the masculine
 * plurals so made (כוחות; other -ות words are feminine, מדינות, or singular, זכות, התיישבות), and no
 * number word.
 */
function isPluralNoun(word: string): boolean {
  return word.length >= 4 && (word.endsWith('ים') || isMasculineOtPlural(word)) && !isQuantity(word);
}

/**
 * A noun in the construct plural that heads a chain (שירותי הביטחון, כוחות הביטחון): a plural
 * adjective after the chain's singular last word agrees with this head. Shorter words ending in י are
 * particles and pronouns (כי, מי, שלי).
 */
function isConstructPlural(word: string): boolean {
  return word.length >= 4 && !isQuantity(word) && (isMasculineOtPlural(word) || word.endsWith('י'));
}

/**
 * A noun with no article and no preposition that may hide one (ב, ל, כ): after it a word with the
 * article is the construct's genitive (כוחות הכורדים), not its adjective. An initial ה is taken for the
 * article (המזוינים, a word the lists may lack); an initial ב, ל or כ is a prefix only when the rest is
 * a word too (בכפרים; not כוחות, לוחמים).
 */
const isPlainlyIndefinite = (noun: string) =>
  !prefixReadings(noun).some(
    (r) =>
      r.prefix.includes('ה') ||
      (/[בלכ]/.test(r.prefix) && (isLexiconWord(r.stem) || isMasculineOtPlural(r.stem))),
  );

/** The noun a plural adjective follows. */
export interface NounBefore {
  /** People (לוחמים, אנשי), after whom the Academy accepts both plurals, or a thing; undefined when unknown. */
  readonly kind: PluralNounKind | undefined;
  /** A noun in -ות (כוחות), whose construct looks the same as its plural. */
  readonly endsInOt: boolean;
}

/** A noun as the adjective after it sees it. */
const nounOf = (word: string): NounBefore => ({ kind: pluralNounKind(word), endsInOt: word.endsWith('ות') });

/** The word before the word that starts at `start`, unless a maqaf joins it to its own word before. */
function previousWord(text: string, start: number): string {
  const { word, before } = wordBefore(text, start);
  return isMaqafLikeCode(before.charCodeAt(0)) ? '' : word;
}

/**
 * The noun the adjective at `start` follows, if any: the noun right before it (הכוחות הכורדיים), the
 * noun before another plural adjective of it (הכוחות הסורים הדמוקרטים), or the head of a construct chain
 * whose last word has the article, as the adjective has (שירותי הביטחון הרוסיים). The last word of a
 * compound is no noun the adjective follows (מלחמת ששת־הימים הערבים: the Arabs). `definite` is
 * undefined for a base that keeps its ה (הודים), which may be the article.
 */
export function nounBefore(
  text: string,
  start: number,
  definite: boolean | undefined,
): NounBefore | undefined {
  const word = previousWord(text, start);
  if (word === '') return undefined;
  const earlier = () => previousWord(text, start - 1 - word.length);
  if (isPluralNoun(word)) {
    if (pluralNounKind(word) === undefined && word.startsWith('ה') === definite) {
      const noun = earlier();
      if (pluralNounKind(noun) !== undefined) return nounOf(noun);
    }
    return definite === true && isPlainlyIndefinite(word) ? undefined : nounOf(word);
  }
  // An indefinite chain's last word is too often a preposition (בוויזות עבור ישראלים).
  if (definite !== true || !word.startsWith('ה')) return undefined;
  const head = earlier();
  return isConstructPlural(head) ? nounOf(head) : undefined;
}
