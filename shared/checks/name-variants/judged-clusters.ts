// Which clusters evidence.ts judges: a candidate cluster without the ordinary words nothing shows to be
// names, and without the pairs that need a shared name word (ShortPlene, Far) where there is none and
// no spelling is a name the built-in tables list beside words no list knows (tableNameBesideUnknown),
// split where only those held the spellings together.
import { Alternation, NEEDS_NAME_WORD, areVariants, type VariantComparison } from '../../hebrew/variants';
import type { Candidate, StemCluster } from './clusters';
import type { StemInfo } from './stem-info';
import type { NameDocument, StemUse } from './stem-use';
import { PlaceCue, isNameCue, placeCue, placeSlot } from './name-cues';
import { MAX_SHARED_SCORE, sharedNeighbourScore } from './shared-neighbours';
import type { EvidenceSources } from './evidence';
import { TABLE_FAR_LETTERS, tableNameBesideUnknown } from './known-name-forms';
import { SWAP_NAME_LETTERS } from './naming-thresholds';

/**
 * What relates an ordinary word to another spelling when it stands where a name stands: an inserted א,
 * a geresh, the Arabic article, a doubled ל (חמה/חמאה, עקבה/עקאבה). A final ה/ת is Hebrew construct
 * state, a swapped letter or ו/י relate Hebrew words, so those never name an ordinary word.
 */
const NAMING = Alternation.Alef | Alternation.Geresh | Alternation.Article | Alternation.Double;

/**
 * The ordinary words of a cluster that nothing shows to be names. An ordinary word is in the cluster only
 * as the first word of a multi-word name (חיית תחריר): without the rest of that name beside it and a
 * non-ordinary spelling, it is just a word (מלך, עבד אל-מלכ). Or it names a place: one ordinary
 * spelling stands right after a place noun (העיר חמאה; it joined as a full candidate), every other one
 * there too or after a preposition of place (סביב חמה), and the spellings differ as transcriptions do.
 * Or it stands right after the same place noun as a name spelling of the cluster (כפר תבנית / כפר
 * תיבנית). Or it is a spelling seen in print beside an unknown one with an א (printedSpellingOfName).
 * A spelling only the news list knows is also a name's beside another such spelling when both stand
 * by the same unknown name word (printed-pairs.ts), or when it stands right after the same title or
 * name noun as a name spelling (השייח׳ סלאח / השייח׳ סאלח).
 */
export function unsupportedOrdinary(
  cluster: StemCluster,
  doc: NameDocument,
  sources: EvidenceSources,
): Set<string> {
  const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
  const names = members.filter((m) => !m.info.common);
  const printed = members.filter((m) => m.info.seenOnly === true);
  const partOfName = (o: StemUse) =>
    names.some((n) => sharedNeighbourScore([o, n], doc, sources.canonical, true) === MAX_SHARED_SCORE) ||
    (o.info.seenOnly === true &&
      printed.some(
        (n) => n !== o && sharedNeighbourScore([o, n], doc, sources.canonical) === MAX_SHARED_SCORE,
      ));
  const slotted = new Set(
    cluster.members.filter((m) => m.info.common && !m.contextOnly).map((m) => m.info.stem),
  );
  const namesAPlace = (o: StemUse) =>
    slotted.size > 0 &&
    (cluster.kinds & NAMING) !== 0 &&
    (slotted.has(o.info.stem) ||
      o.types.some(
        (t) => placeSlot(doc.stats.prev.get(t), doc.stats.typeCount.get(t) ?? 0) !== PlaceCue.None,
      ));
  // The same word of `kind` right before it and before a name spelling: the same place noun is one
  // place written two ways (כפר תבנית / כפר תיבנית), whatever the letters differ by; the same title or
  // name noun before a spelling seen in print is one name (סוכנות ופא / סוכנות וופא, השייח׳ סלאח /
  // השייח׳ סאלח).
  const sameWordBefore = (o: StemUse, kind: (word: string) => boolean) => {
    const mine = wordsBefore(o, doc, kind);
    return mine.size > 0 && names.some((n) => [...wordsBefore(n, doc, kind)].some((w) => mine.has(w)));
  };
  const glossedInLatin = (o: StemUse) => o.types.some((t) => latinGlossAfter(doc, t));
  const out = new Set<string>();
  for (const o of members)
    if (
      o.info.common &&
      !partOfName(o) &&
      !glossedInLatin(o) &&
      !namesAPlace(o) &&
      !sameWordBefore(o, isPlaceNoun) &&
      !(o.info.seenOnly === true && sameWordBefore(o, isTitleOrNameNoun)) &&
      !printedSpellingOfName(o, names)
    )
      out.add(o.info.stem);
  return out;
}

/** Latin letters right after a word, in brackets or after a dash: its name in the source language. */
const LATIN_GLOSS = /^\s?[([\-–—]?\s?[A-Za-z\u00C0-\u024F]/;

/**
 * A word written with its name in Latin letters right after it (אורן (Oran), ערפאת - Arafat) is a name
 * there: Hebrew words are not glossed so. Latin text before a word says nothing (UNWTO בעולם). Only
 * words the pairing saw beside Latin text are read, so this costs nothing elsewhere.
 */
function latinGlossAfter(doc: NameDocument, type: string): boolean {
  if (!doc.stats.latinNeighbours.has(type)) return false;
  for (const paragraph of doc.stats.paragraphsOf(type)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    for (const { end } of doc.stats.occurrences(paragraph, type))
      if (LATIN_GLOSS.test(text.slice(end, end + 4))) return true;
  }
  return false;
}

/** A place noun (העיר, כפר …). */
const isPlaceNoun = (word: string) => placeCue(word) === PlaceCue.Noun;

/** A title or a name noun (השייח׳, סוכנות …), not a place noun. */
const isTitleOrNameNoun = (word: string) => isNameCue(word) && !isPlaceNoun(word);

/** The words of `kind` standing right before a stem's words, without their prefixes. */
function wordsBefore(use: StemUse, doc: NameDocument, kind: (word: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const type of use.types)
    for (const word of doc.stats.prev.get(type)?.keys() ?? [])
      if (kind(word)) out.add(doc.readingOf(word).stem);
  return out;
}

/** The fewest letters of a spelling the news list knows that an inserted א may relate to a name. */
const PRINTED_NAME_LETTERS = 5;

/**
 * A spelling only the news word list knows (seenOnly: seen in print, as names are) is a name's when an
 * unknown spelling of the cluster differs from it by an א (ניקולס / ניקולאס, חאבייר / חבייר), by ז
 * for ס alone (לואיס / לואיז), or, in six letters or more, by a sound-alike letter (כורדיסטאן). Shorter
 * words are left out: Hebrew verbs of four letters differ so too (יומן / יאומן).
 */
function printedSpellingOfName(o: StemUse, names: readonly StemUse[]): boolean {
  if (o.info.seenOnly !== true || o.info.letters < PRINTED_NAME_LETTERS) return false;
  return names.some(
    (n) =>
      n.info.letters >= PRINTED_NAME_LETTERS &&
      ((alefInserted(n.info, o.info) &&
        (n.info.letters !== o.info.letters || alefs(n.info.stem) > alefs(o.info.stem))) ||
        sibilantOnly(n.info.stem, o.info.stem) ||
        (n.info.letters >= SWAP_NAME_LETTERS && swapOnly(n.info, o.info)) ||
        yodDoubledOnly(n.info.stem, o.info.stem)),
  );
}

/**
 * An א inserted, with ו/י written or not besides (ניקולס / ניקולאס): the printed spelling without a
 * transcription's long a. Not with a geresh besides: ג and ג׳ are two sounds, and גולני (the Golani
 * brigade) beside ג׳ולאני (al-Julani) is two names.
 */
function alefInserted(a: StemInfo, b: StemInfo): boolean {
  const kinds = areVariants(a.parsed, b.parsed)?.kinds ?? 0;
  return (kinds & Alternation.Alef) !== 0 && (kinds & Alternation.Geresh) === 0;
}

/**
 * Two spellings that differ only by a sound-alike letter (row 9: כורדיסטאן / כורדיסתאן, ט or ת for the t
 * of Kurdistan). Asked of the unknown spelling of six letters or more: shorter Hebrew words differ so
 * too (טרם / תרם).
 */
function swapOnly(a: StemInfo, b: StemInfo): boolean {
  const kinds = areVariants(a.parsed, b.parsed)?.kinds;
  return kinds !== undefined && (kinds & ~Alternation.Joiner) === Alternation.Swap;
}

/**
 * How many א a spelling writes. Where the two spellings are as long, the א is in the unknown one, the
 * transcription's, and a י in the printed one (טאיוואן / טייוואן); the other way round it is a Hebrew
 * word beside a Hebrew name the news list leaves out (קריאת "reading of" beside קריית).
 */
function alefs(stem: string): number {
  let count = 0;
  for (const letter of stem) if (letter === 'א') count++;
  return count;
}

/**
 * Two spellings that differ only by a י doubled inside the word (row 12: דנייפרו / דניפרו, ביילינסון /
 * בילינסון): ei written with one י or two in a foreign name. Not before the last letter, where Hebrew
 * loanwords double a consonantal י in their endings (לוויין / לווין, חומוסייה / חומוסיה).
 */
function yodDoubledOnly(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i + 2 < long.length; i++)
    if (long[i] === 'י' && long[i - 1] === 'י' && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Two spellings as long as each other that differ in one letter only, ז for ס (row 9): the s of Spanish
 * and Portuguese names said as z between vowels (לואיס / לואיז, Luis and Luiz).
 */
function sibilantOnly(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!((a[i] === 'ז' && b[i] === 'ס') || (a[i] === 'ס' && b[i] === 'ז'))) return false;
    diff++;
  }
  return diff === 1;
}

/**
 * Clusters clustersToJudge handed back as they came: every ordinary member supported, every pair that
 * needs a name word beside a shared one. scoreCluster asks, so it need not work either out again.
 */
const judgedWhole = new WeakSet<StemCluster>();

/** clustersToJudge handed `cluster` back whole: nothing in it is unsupported. */
export function isJudgedWhole(cluster: StemCluster): boolean {
  return judgedWhole.has(cluster);
}

/**
 * The clusters to judge instead of `cluster`: itself when every ordinary member is supported and every
 * pair that needs a name word (a short ו/י pair, ShortPlene, or one a little past the threshold, Far)
 * stands beside a shared one, else what remains without the unsupported ordinary words (מלך beside עבד
 * אל-מלכ / אל-מאלכ must not sink the name) and without the unsupported pairs (חסן / חסין must not sink
 * חסין / חוסין), split where only those held the spellings together.
 */
export function clustersToJudge(
  cluster: StemCluster,
  doc: NameDocument,
  sources: EvidenceSources,
  compare: (a: StemInfo, b: StemInfo) => VariantComparison | null,
): StemCluster[] {
  const removed = unsupportedOrdinary(cluster, doc, sources);
  let nameWordMissing = false;
  if (cluster.kinds & NEEDS_NAME_WORD) {
    const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
    nameWordMissing =
      sharedNeighbourScore(members, doc, sources.canonical, true) < MAX_SHARED_SCORE &&
      !tableNameBesideUnknown(members, TABLE_FAR_LETTERS);
  }
  if (removed.size === 0 && !nameWordMissing) {
    judgedWhole.add(cluster);
    return [cluster];
  }
  const rest = cluster.members.filter((m) => !removed.has(m.info.stem));
  const related = (a: StemInfo, b: StemInfo) => {
    const r = compare(a, b);
    return r && nameWordMissing && r.kinds & NEEDS_NAME_WORD ? null : r;
  };
  return connected(rest, related);
}

/** The clusters of `members` that `related` joins (two spellings or more each). */
function connected(
  members: readonly Candidate[],
  related: (a: StemInfo, b: StemInfo) => VariantComparison | null,
): StemCluster[] {
  const component = members.map((_, i) => i);
  const root = (i: number): number =>
    component[i] === i ? i : (component[i] = root(component[i] as number));
  const kinds = new Map<number, number>();
  const pairKinds: [number, number, number][] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const r = related((members[i] as Candidate).info, (members[j] as Candidate).info);
      if (!r) continue;
      pairKinds.push([i, j, r.kinds]);
      component[root(j)] = root(i);
    }
  for (const [i, , k] of pairKinds) kinds.set(root(i), (kinds.get(root(i)) ?? 0) | k);
  const groups = new Map<number, Candidate[]>();
  members.forEach((m, i) => {
    const r = root(i);
    if (!groups.has(r)) groups.set(r, []);
    (groups.get(r) as Candidate[]).push(m);
  });
  return [...groups]
    .filter(([, group]) => group.length >= 2)
    .map(([r, group]) => ({ members: group, kinds: kinds.get(r) ?? 0 }));
}
