// How strongly two spellings stand beside the same word: the rest of one multi-word name (חאן / ח׳אן
// יונס) or only a common word beside both. Evidence for a cluster, and what the pairs that need a name
// word (ShortPlene, Far) and printed pairs ask for.
import { isNameStem, type NameDocument, type StemUse } from './stem-use';
import { neighbours, type NeighbourStems } from './neighbour-stems';
import { isNameCue } from './name-cues';

/** The most sharedNeighbourScore gives. */
export const MAX_SHARED_SCORE = 2;

/** How often a word written only before a cluster's spellings must be written to be a name word. */
const MIN_ONLY_BEFORE = 3;

/** The Hebrew definite article. */
const DEFINITE = 'ה';

/**
 * 2 when two spellings share a name-like neighbour (the rest of one multi-word name), 1 an ordinary one.
 * With `printedIsName`, a word only the news list knows counts as name-like too (קמלה / קמאלה האריס:
 * the surname is printed as often as the first name), except after two definite spellings, where it
 * is their adjective (האסלאם / האיסלאם הקיצוני: Hebrew adjectives agree in definiteness).
 */
export function sharedNeighbourScore(
  members: StemUse[],
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
  printedIsName = false,
): number {
  let best = 0;
  const sets = members.map((m) => neighbours(m, doc, canonical));
  // A word written only right before the cluster's spellings, three times or more (תאמר of תאמר נאפר
  // / תאמר נפאר, a first name that is also a Hebrew verb), is the rest of their name, as a name word
  // is. Twice is too few: a noun before its adjective (בידיים מורמות / ידיים מרומות). Not a word after
  // them: a Hebrew adjective follows its noun (פאנלים / פנלים סולאריים). Counted only when a shared word
  // before them that is no name word is met, which most clusters never ask.
  let beforeCount: Map<string, number> | undefined;
  const countBefore = () => {
    const counts = new Map<string, number>();
    for (const m of members)
      for (const type of m.types)
        for (const [other, count] of doc.stats.prev.get(type) ?? []) {
          const stem = doc.readingOf(other).stem;
          counts.set(stem, (counts.get(stem) ?? 0) + count);
        }
    return counts;
  };
  const onlyBeforeCluster = (stem: string) => {
    const total = doc.uses.get(stem)?.count ?? 0;
    if (total < MIN_ONLY_BEFORE || isNameCue(stem)) return false;
    beforeCount ??= countBefore();
    return (beforeCount.get(stem) ?? 0) >= total;
  };
  const nameLike = (stem: string, definiteHead: boolean, before: boolean) =>
    isNameStem(doc, stem) ||
    (before && onlyBeforeCluster(stem)) ||
    (printedIsName &&
      doc.uses.get(stem)?.info.seenOnly === true &&
      !(definiteHead && stem.startsWith(DEFINITE)));
  // A neighbour on the same side of both: the larger score of all such neighbours (2 ends the search).
  const shared = (
    mine: ReadonlySet<string>,
    theirs: ReadonlySet<string>,
    definiteHead: boolean,
    before: boolean,
  ): number => {
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    let score = 0;
    for (const stem of small) {
      if (!large.has(stem)) continue;
      score = Math.max(score, nameLike(stem, definiteHead, before) ? 2 : 1);
      if (score === 2) break;
    }
    return score;
  };
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as NeighbourStems;
      const b = sets[j] as NeighbourStems;
      const definiteHeads = [members[i], members[j]].every((m) => m?.info.stem.startsWith(DEFINITE));
      best = Math.max(
        best,
        shared(a.after, b.after, definiteHeads, false),
        shared(a.before, b.before, false, true),
      );
      if (best === 2) return best;
    }
  return best;
}

/**
 * Every spelling stands right after one name word (מאזן גנאים / מאזן גנאיים): a first name before a
 * surname, where no people's plural stands.
 */
export function sharedNameWordBefore(
  members: readonly StemUse[],
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
): boolean {
  const [first, ...rest] = members.map((m) => neighbours(m, doc, canonical).before);
  if (!first) return false;
  for (const stem of first)
    if (isNameStem(doc, stem) && rest.every((before) => before.has(stem))) return true;
  return false;
}
