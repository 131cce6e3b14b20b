// What one word of the document puts into the prefix groups (prefix-overrides.ts), given the reading
// the statistics attest for it: the stem it stands as alone, the prefixed readings it offers, or, for
// a word that is ordinary Hebrew, its part as an unstrippable word or an ordinary word in a name slot.
import { isLexiconWord } from '../../hebrew/lexicon';
import type { PrefixReading } from '../../hebrew/prefixes';
import { PlaceCue } from './name-cues';
import type { PrefixedEntry } from './prefix-groups';
import type { StemInfo } from './stem-info';
import { rememberedStemInfo } from './stem-infos';
import { MIN_LETTERS } from './stem-use';
import { rememberedProfile } from './word-profiles';
import { rememberedPerKey } from '../../memo/remembered';

/** What one word puts into the groups (see contributionOf). */
export interface Contribution {
  /** The stem it is seen as standing alone, in the group of that stem's key. */
  readonly bare?: StemInfo;
  readonly prefixed: readonly PrefixedEntry[];
  /** Ordinary only with a prefix (להיא): a name if a variant in its group spells it. */
  readonly unstripped?: StemInfo;
  /** Its readings as prefix + ordinary word, in the groups of those words' keys (ordinary-stems.ts). */
  readonly ordinaryStems?: readonly PrefixedEntry[];
  /** The stem its attested reading strips to, when that reading has a prefix. */
  readonly prefixedStem?: string;
  /** An ordinary word in a name slot (after a place noun), in the group of its key. */
  readonly ordinary?: StemInfo;
}

const NO_CONTRIBUTION: Contribution = { prefixed: [] };

/**
 * What a word puts into the groups, given its attested reading `base`. `prefixedStems`: the stems words
 * are read as after a prefix (such a stem keeps its own first letter); `slotted`: the place slots.
 */
export function contributionOf(
  type: string,
  base: PrefixReading,
  prefixedStems: ReadonlyMap<string, number>,
  slotted: ReadonlyMap<string, PlaceCue>,
): Contribution {
  const part = groupPart(type, base, prefixedStems, slotted);
  return base.prefix === '' ? part : { ...part, prefixedStem: base.stem };
}

/** What a word puts into the groups, without the stem its prefixed reading strips to. */
function groupPart(
  type: string,
  base: PrefixReading,
  prefixedStems: ReadonlyMap<string, number>,
  slotted: ReadonlyMap<string, PlaceCue>,
): Contribution {
  const baseInfo = rememberedStemInfo(base.stem);
  if (baseInfo.common) {
    const strippedToWord = base.prefix === '' || isLexiconWord(base.stem);
    if (strippedToWord && rememberedProfile(type).unstrippable) {
      const { ordinaryStems } = rememberedProfile(type);
      return {
        prefixed: [],
        unstripped: rememberedStemInfo(type),
        ...(ordinaryStems.length ? { ordinaryStems } : {}),
      };
    }
    if (base.prefix === '' && baseInfo.letters >= MIN_LETTERS && slotted.get(type) === PlaceCue.Noun)
      return { prefixed: [], ordinary: baseInfo };
    return NO_CONTRIBUTION;
  }
  if (baseInfo.letters < MIN_LETTERS) return NO_CONTRIBUTION;
  if (base.prefix !== '') {
    // ו + a stem that may itself carry a prefix (וברמאללה = ו + ברמאללה, or וב + רמאללה): the deeper
    // readings are offered too, for a variant seen alone to decide (ראמאללה).
    if (!base.articleRestored)
      return {
        bare: baseInfo,
        prefixed: base.prefix === 'ו' ? deeperReadings(type) : [],
      };
    // לחות'ים = ל + החות'ים: the ה the prefix swallowed is the article, so חות'ים is the name.
    const name = rememberedStemInfo(base.stem.slice(1));
    if (name.common || name.letters < MIN_LETTERS) return NO_CONTRIBUTION;
    const reading = { prefix: base.prefix, stem: name.stem };
    return { prefixed: [{ key: name.key, reading, info: name, viaArticle: true }] };
  }
  if (prefixedStems.has(type)) return { bare: baseInfo, prefixed: [] };
  return { bare: baseInfo, prefixed: rememberedProfile(type).prefixed };
}

/**
 * The deeper prefixes offered after ו: a preposition of place or direction (וב, ול: in, to) or the
 * article (וה), as names of places stand. Not ומ or וש: מ and ש begin many Arabic names (מוחמד, מנסור,
 * שריף, שאקר), so ומאנאן or ושיען is ו + a name far more often than a deeper prefix and a name.
 */
const DEEPER_PREFIXES: ReadonlySet<string> = new Set(['וב', 'ול', 'וה']);

/** A word's readings after a deeper prefix (וב + רמאללה), remembered per word, as its profile is. */
const deeperReadings = rememberedPerKey(100_000, (type: string): readonly PrefixedEntry[] =>
  rememberedProfile(type).prefixed.filter((e) => DEEPER_PREFIXES.has(e.reading.prefix)),
);
