// When an ordinary Hebrew word after a prefix is a name's spelling: בדוחה = ב + דוחה beside דוחא (Doha),
// though דוחה is also "rejects". prefix-overrides.ts keeps the bookkeeping (which words read so, and
// which stems that makes names); this module only judges one word's readings against its groups.
import { attachPrefix, type PrefixReading } from '../../hebrew/prefixes';
import { Alternation } from '../../hebrew/variants';
import type { ComparisonCache } from './clusters';
import type { Verdict } from './group-verdicts';
import { PREFIXED_NAMING, SHORT_WORD } from './naming-thresholds';
import type { Group, PrefixedEntry } from './prefix-groups';
import type { StemInfo } from './stem-info';
import type { WordStatistics } from './statistics';

/**
 * The reading of an unstrippable word as a prefix + a name that is also an ordinary word, if any: the
 * document never writes that word alone, and its group holds a spelling of a name (seen alone, or read
 * after standing prefixes: לדוחא, מדוחא) that differs from it as a transcription does: a final ה/א, an
 * inserted א, the article, a doubled ל, a geresh with another of these (PREFIXED_NAMING). ו/י, swapped
 * letters and a construct ה/ת relate Hebrew words, so they never do.
 */
export function ordinaryStemNaming(
  stats: WordStatistics,
  comparisons: ComparisonCache,
  ordinaryStems: readonly PrefixedEntry[],
  groups: ReadonlyMap<string, Group>,
  verdicts: ReadonlyMap<string, Verdict>,
): PrefixReading | undefined {
  for (const entry of ordinaryStems) {
    // (A word that comes or goes alone changes the attested reading of the words that read as it
    // after a prefix, so they are contributed and judged again.)
    if (stats.typeCount.has(entry.info.stem)) continue;
    // After the article an ordinary word is that word (הרצון, "the will", beside רצ׳ואן, Ridwan): the
    // Hebrew article is rare before an Arabic name, and a noun with it is the commonest Hebrew there is.
    if (entry.reading.prefix.endsWith('ה')) continue;
    const g = groups.get(entry.key);
    if (!g || (g.bare.total + g.named.total === 0 && !verdicts.has(entry.key))) continue;
    if (namesInGroup(g, verdicts.get(entry.key)).some((name) => spellsName(stats, comparisons, entry, name)))
      return entry.reading;
  }
  return undefined;
}

/**
 * Does an ordinary word after a prefix spell `name` (PREFIXED_NAMING)? When only the article differs,
 * the ordinary word is the name's very stem, and Arabic names are often Arabic words that Hebrew
 * shares (אל־חשד, al-Hashd, and חשד "suspicion" in בחשד): then the name must also be written after
 * the same prefix (בא־רקה beside ברקה), standing where the word stands. Otherwise the word needs four
 * letters: three-letter Hebrew words are so many that one of them differs from any short name by an
 * א (מאל, מיל).
 */
function spellsName(
  stats: WordStatistics,
  comparisons: ComparisonCache,
  entry: PrefixedEntry,
  name: StemInfo,
): boolean {
  const comparison = comparisons.compare(name, entry.info);
  if (!comparison) return false;
  const kinds = comparison.kinds & ~Alternation.Joiner;
  if ((kinds & ~PREFIXED_NAMING) !== 0 || kinds === 0 || kinds === Alternation.Geresh) return false;
  if (kinds === Alternation.Article)
    return stats.typeCount.has(attachPrefix(entry.reading.prefix, name.stem));
  return entry.info.letters >= SHORT_WORD;
}

/**
 * The name spellings of a group: seen alone, named by a variant, or read after standing prefixes
 * (`verdict`, the group's).
 */
function namesInGroup(g: Group, verdict: Verdict | undefined): StemInfo[] {
  // Each spelling with how many word forms of the document write it (לדוחא and מדוחא are two).
  const forms = new Map<string, { info: StemInfo; words: number }>();
  const add = (info: StemInfo, words: number) => {
    const known = forms.get(info.stem);
    if (known) known.words += words;
    else forms.set(info.stem, { info, words });
  };
  // Word forms, not how often each is written: the readings follow which words occur, not how often.
  for (const { info, count } of [...g.bare.counts.values(), ...g.named.counts.values()]) add(info, count);
  if (verdict)
    for (const entries of g.prefixed.values())
      for (const e of entries) if (verdict.stands === true || verdict.stands.has(e.info.stem)) add(e.info, 1);
  // One word form is too little to stand for a name against an ordinary word: יקרא ("will call", a
  // verb the lexicon lacks) beside ביקרה ("visited"). Two forms (לדוחא, מדוחא) or a transcription's
  // mark (א־רקה) will do; דורא alone beside בדורה is no longer enough.
  return [...forms.values()].filter((f) => f.words >= 2 || f.info.arabicLooking).map((f) => f.info);
}
