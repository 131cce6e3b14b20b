// When a word that is ordinary Hebrew only as prefix + word (להיא = ל + היא) is itself a name's
// spelling: its group holds a variant that spells it (לאהיא). prefix-overrides.ts keeps such words
// whole and counts them as names of their group.
import { isCommonWord } from '../../hebrew/lexicon';
import { prefixReadings } from '../../hebrew/prefixes';
import { Alternation } from '../../hebrew/variants';
import type { ComparisonCache } from './clusters';
import { SHORT_WORD, STRONG } from './naming-thresholds';
import type { Group } from './prefix-groups';
import type { StemInfo } from './stem-info';
import { rememberedStemInfo } from './stem-infos';

/**
 * An unstrippable word (`type`, its stem info `whole`) is a name when its group holds another spelling
 * related by a strong alternation. A geresh alone does not name it: ג/ג׳, ז/ז׳, צ/צ׳ are different
 * sounds, and a prefixed Hebrew word beside a name that only adds a geresh is still the word (בגדה "in
 * the bank" beside בג׳דה, Jeddah).
 */
export function isNamedByVariant(
  type: string,
  whole: StemInfo,
  g: Group,
  comparisons: ComparisonCache,
): boolean {
  // Three letters are a prefix + a two-letter word, mostly a function word (לאף, שרק, בכך): so many
  // that one differs from any short name by one letter (לאף beside בית ליף). Only a longer spelling,
  // the name's long vowel written out, names one (ברק beside בארק, Barrack).
  const short = whole.letters < SHORT_WORD;
  // Its readings as a prefix + an ordinary word (במספר = ב + מספר).
  const hebrew = prefixReadings(type).filter((r) => r.prefix !== '' && isCommonWord(r.stem));
  // A spelling that reads as the same prefix + a variant of that word (במסאפר = ב + מסאפר, Masafer,
  // beside מספר) is the prefixed name: it shows nothing about this word, which stays prefix + word.
  // לאהיא beside להיא does name it: אהיא is no variant of היא (an א at the start is not optional).
  const samePrefix = (b: StemInfo) =>
    hebrew.some(
      (r) =>
        b.stem.length > r.prefix.length + 2 &&
        b.stem.startsWith(r.prefix) &&
        comparisons.compare(rememberedStemInfo(b.stem.slice(r.prefix.length)), rememberedStemInfo(r.stem)) !==
          null,
    );
  // An א that begins the word after the prefix is the word's own letter (ואיזה = ו + איזה, "and
  // which"): a spelling without it (ויזה, visa) is another word, not this one with its vowel left out.
  // לאהיא beside להיא is the other way round: the name adds the א.
  const dropsWordAlef = (b: StemInfo) =>
    hebrew.some((r) => r.stem.startsWith('א') && b.stem === r.prefix + r.stem.slice(1));
  // The spelling that names it needs four letters too: שין (the letter) or ואן (Van) beside שאין,
  // ואין (ש/ו + אין) is a short word beside a function word.
  const spells = (b: StemInfo) => {
    if (b.stem === whole.stem || b.letters < SHORT_WORD || (short && b.letters <= whole.letters))
      return false;
    const kinds = (comparisons.compare(b, whole)?.kinds ?? 0) & ~Alternation.Joiner;
    return (kinds & STRONG) !== 0 && kinds !== Alternation.Geresh && !samePrefix(b) && !dropsWordAlef(b);
  };
  let isName = false;
  for (const { info } of g.bare.counts.values()) if (spells(info)) isName = true;
  if (!isName)
    for (const entries of g.prefixed.values()) if (entries.some((e) => spells(e.info))) isName = true;
  return isName;
}
