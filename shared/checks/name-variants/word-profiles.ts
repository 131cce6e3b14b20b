// What the prefix groups (prefix-overrides.ts) need to know about a word whatever the document: its
// prefixed readings whose stem could be a name, and whether it is ordinary only as prefix + word.
import { isCommonWord, isLexiconWord, isWordWithoutPrefix } from '../../hebrew/lexicon';
import { prefixReadings } from '../../hebrew/prefixes';
import type { PrefixedEntry } from './prefix-groups';
import { rememberedStemInfo } from './stem-infos';
import { MIN_LETTERS } from './stem-use';

export interface TypeProfile {
  /** Readings with a prefix whose stem could be a name. */
  readonly prefixed: readonly PrefixedEntry[];
  /** Ordinary only as prefix + word (להיא), so possibly a name spelling. */
  readonly unstrippable: boolean;
  /** Readings as a prefix + an ordinary word (בדוחה = ב + דוחה), which may be a name's spelling. */
  readonly ordinaryStems: readonly PrefixedEntry[];
}

/** Ordinary Hebrew only as prefix + word (להיא = ל + היא), not as a word or an inflection of its own. */
function isCommonOnlyWithPrefix(word: string): boolean {
  return prefixReadings(word).some((r) => r.prefix !== '' && isCommonWord(r.stem));
}

/** A word's profile: its prefixed readings whose stem could be a name, and whether it is unstrippable. */
function profileOf(type: string): TypeProfile {
  const prefixed: PrefixedEntry[] = [];
  const ordinaryStems: PrefixedEntry[] = [];
  for (const reading of prefixReadings(type)) {
    if (reading.prefix === '' || reading.articleRestored) continue;
    const info = rememberedStemInfo(reading.stem);
    if (info.letters < MIN_LETTERS) continue;
    if (!info.common) prefixed.push({ key: info.key, reading, info });
    // A word itself, not one more prefix + word (שמאל is no ש + מאל, מאל being only מ + אל).
    else if (isWordWithoutPrefix(reading.stem)) ordinaryStems.push({ key: info.key, reading, info });
  }
  const unstrippable = !isLexiconWord(type) && isCommonOnlyWithPrefix(type);
  return { prefixed, unstrippable, ordinaryStems: unstrippable ? ordinaryStems : [] };
}

/**
 * Profiles never change with the document: remembered for every document, like the stem infos, and
 * written out as they are (not with memo/remembered.ts) for the same reason: asked on every word.
 */
const profiles = new Map<string, TypeProfile>();
const PROFILE_LIMIT = 200_000;

export function rememberedProfile(type: string): TypeProfile {
  let profile = profiles.get(type);
  if (profile === undefined) {
    if (profiles.size >= PROFILE_LIMIT) profiles.clear();
    profile = profileOf(type);
    profiles.set(type, profile);
  }
  return profile;
}
