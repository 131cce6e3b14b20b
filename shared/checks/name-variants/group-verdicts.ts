// Whether a group's prefixed readings stand: the evidence that a word's first letters are a prefix and
// not the start of a name (בח'אן beside לחאן, not a name בח'אן), judged per group of a coarse key.
import { isPrefix } from '../../hebrew/prefixes';
import type { ComparisonCache } from './clusters';
import { STRONG } from './naming-thresholds';
import type { Group } from './prefix-groups';
import type { StemInfo } from './stem-info';

/** Comparisons allowed in one group (a larger group has a too-common key to say anything). */
const MAX_GROUP_PAIRS = 400;

/** Which prefixed readings of a group stand (judgeGroup), and how many prefixes the group shows. */
export interface Verdict {
  /** Every prefixed reading in the group, or only those of these stems. */
  readonly stands: true | ReadonlySet<string>;
  readonly prefixes: number;
}

/**
 * A group's prefixed readings stand when the group shows two different prefixes (alone counts as '').
 * In a group whose key is too short to say anything (two letters: many unrelated words share it),
 * only a stem seen itself after two different prefixes stands (המוואסי, במוואסי), or one a word seen
 * alone spells through a transcription alternation (בחיאם beside ח'יאם).
 */
export function judgeGroup(key: string, g: Group, comparisons: ComparisonCache): Verdict | undefined {
  const bareTotal = g.bare.total + g.named.total + g.ordinary.total;
  if (g.prefixedTotal === 0 || bareTotal * g.prefixedTotal > MAX_GROUP_PAIRS) return undefined;
  const prefixes = new Set<string>();
  const stems: StemInfo[] = [];
  const prefixesOfStem = new Map<string, Set<string>>();
  // The words that offer each stem: a word seen alone does not back its own prefixed reading (וואפא
  // alone is no evidence for ו + ואפא, which differs from it only by the doubled ו).
  const offeredBy = new Map<string, Set<string>>();
  for (const [word, entries] of g.prefixed)
    for (const e of entries) {
      let words = offeredBy.get(e.info.stem);
      if (!words) offeredBy.set(e.info.stem, (words = new Set()));
      words.add(word);
      prefixes.add(e.reading.prefix);
      stems.push(e.info);
      let set = prefixesOfStem.get(e.info.stem);
      if (!set) prefixesOfStem.set(e.info.stem, (set = new Set()));
      set.add(e.reading.prefix);
      if (e.viaArticle) set.add('ה');
    }
  /** `b` seen alone is the very word that offers `s` (and no other word does). */
  const backsItself = (b: StemInfo, s: StemInfo) => {
    const offering = offeredBy.get(s.stem);
    return offering?.size === 1 && offering.has(b.stem);
  };
  const all: Verdict = { stands: true, prefixes: distinctPrefixes(prefixes) };
  if (key.length < 3) {
    // Or a stem that a word seen alone spells through a transcription alternation (בחיאם beside ח'יאם).
    const bare = [...g.bare.counts.values(), ...g.named.counts.values()].map((b) => b.info);
    const standing = new Set(
      stems
        .filter(
          (s) =>
            distinctPrefixes(prefixesOfStem.get(s.stem) ?? new Set()) >= 2 ||
            bare.some(
              (b) =>
                b.stem !== s.stem &&
                !backsItself(b, s) &&
                !alefAfterPrefixLetter(b, s, prefixesOfStem.get(s.stem)) &&
                ((comparisons.compare(b, s)?.kinds ?? 0) & STRONG) !== 0,
            ),
        )
        .map((s) => s.stem),
    );
    return standing.size > 0 ? { stands: standing, prefixes: distinctPrefixes(prefixes) } : undefined;
  }
  const infoOf = new Map(stems.map((info) => [info.stem, info]));
  if (infoOf.size * infoOf.size > MAX_GROUP_PAIRS) return distinctPrefixes(prefixes) >= 2 ? all : undefined;
  // Per stem: two prefixes on it, or on it and a variant of it (במוסל beside לממשל, a word that
  // merely shares the key, is no second prefix of מוסל); or a related spelling seen alone.
  const standing = new Set<string>();
  const entries = [...prefixesOfStem];
  entries.forEach(([a, pa], i) => {
    if (distinctPrefixes(pa) >= 2) standing.add(a);
    for (const [b, pb] of entries.slice(i + 1))
      if (
        distinctPrefixes(new Set([...pa, ...pb])) >= 2 &&
        comparisons.compare(infoOf.get(a) as StemInfo, infoOf.get(b) as StemInfo)
      ) {
        standing.add(a);
        standing.add(b);
      }
  });
  const bare = [...g.bare.counts.values(), ...g.named.counts.values()].map((b) => b.info);
  // An ordinary word backs a prefixed name only through a transcription alternation (עקבה/בעקאבה).
  const ordinary = [...g.ordinary.counts.values()].map((b) => b.info);
  for (const s of stems) {
    if (standing.has(s.stem)) continue;
    const related = (b: StemInfo, strong: boolean) => {
      if (b.stem === s.stem || backsItself(b, s) || alefAfterPrefixLetter(b, s, prefixesOfStem.get(s.stem)))
        return false;
      const c = comparisons.compare(b, s);
      return c !== null && (!strong || (c.kinds & STRONG) !== 0);
    };
    if (bare.some((b) => related(b, false)) || ordinary.some((b) => related(b, true))) standing.add(s.stem);
  }
  // A spelling of a stem that stands stands too (העלווית beside העלאווית, which עלאוויות seen alone
  // backs): both are read after the same prefixes, and one of them is shown to be a name after them.
  const shown = stems.filter((s) => standing.has(s.stem));
  for (const s of stems)
    if (!standing.has(s.stem) && shown.some((t) => t.stem !== s.stem && comparisons.compare(t, s)))
      standing.add(s.stem);
  return standing.size > 0 ? { stands: standing, prefixes: distinctPrefixes(prefixes) } : undefined;
}

/**
 * How many different prefixes a set shows; prefixes that all end in the same letter count as one
 * (ל and מל on לטקיה / מלטקייה): the letter stands before every writing, so it is the name's own (Latakia,
 * read מ + לטקייה), and what differs is only the prefix before it.
 */
function distinctPrefixes(prefixes: ReadonlySet<string>): number {
  if (prefixes.size < 2 || prefixes.has('')) return prefixes.size;
  const last = new Set([...prefixes].map((p) => p.slice(-1)));
  return last.size === 1 ? 1 : prefixes.size;
}

/**
 * `b` seen alone is `s` with an א after its first letter, a prefix letter: it reads as that prefix and a
 * word beginning with א (ואחמד = ו + אחמד beside מוחמד read as מ + וחמד), so it shows nothing about `s`.
 * Not when `s` is seen only after the article (המרונית beside מארונית, the Maronite): a name or a
 * people's adjective with the article, whose own first letter is no prefix, written with its א.
 */
function alefAfterPrefixLetter(
  b: StemInfo,
  s: StemInfo,
  prefixesOfS: ReadonlySet<string> | undefined,
): boolean {
  const first = s.stem[0] as string;
  if (prefixesOfS?.size === 1 && prefixesOfS.has('ה')) return false;
  return isPrefix(first) && b.stem === first + 'א' + s.stem.slice(1);
}
