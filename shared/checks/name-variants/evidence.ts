// Is a cluster of similar spellings a name? Rule 4 of name-variants.ts: points for each kind of
// evidence; a cluster is reported at ACCEPT_SCORE or more.
import { Alternation, FOREIGN_ALTERNATIONS, NEEDS_NAME_WORD, parseName } from '../../hebrew/variants';
import { starterGlossary } from '../../glossary/starter';
import { glossaryWords } from './glossary-words';
import { isWritten } from './stem-writings';
import type { StemCluster } from './clusters';
import type { NeighbourCounts } from './word-pairs';
import { isNameLike, type NameDocument, type StemUse } from './stem-use';
import { surnameOfOneName } from './moved-short';
import { isIsmBesideBase } from '../../hebrew/ism-suffix';
import { isHebrewYear } from '../../hebrew/hebrew-numerals';
import { prefixReadings } from '../../hebrew/prefixes';
import { TABLE_FAR_LETTERS, tableNameBesideUnknown } from './known-name-forms';
import { MAX_SHARED_SCORE, sharedNameWordBefore, sharedNeighbourScore } from './shared-neighbours';
import { SWAP_NAME_LETTERS } from './naming-thresholds';
import { isJudgedWhole, unsupportedOrdinary } from './judged-clusters';
import {
  NAME_CUES,
  PLACE_NAME_HEADS,
  PlaceCue,
  afterArticle,
  isDetachedArticle,
  isNameCue,
  placeCue,
} from './name-cues';
import {
  conjugations,
  inflections,
  looksHebrew,
  nounAndPast,
  participles,
  peoplesPlural,
  pielAndPual,
  pielFamily,
  pielWithNoun,
  quadriliteralNoun,
  quadriliteralPual,
  verbAndAlefNoun,
} from './hebrew-families';

/** Alternations only transcription produces (not Hebrew spelling or Hebrew word pairs). */
const TRANSCRIPTION = FOREIGN_ALTERNATIONS & ~Alternation.Swap;

export const ACCEPT_SCORE = 3;
/** Unknown words this long that differ only by ו/י are more often transcriptions than Hebrew inflection. */
const LONG_WORD = 5;

export interface EvidenceSources {
  /** Coarse keys of the capitalised words of the English source. */
  readonly sourceKeys: ReadonlySet<string>;
  readonly glossaryStems: ReadonlySet<string>;
  /** Stem → the first spelling of its candidate cluster, so רסטן and ראסטן are one neighbour. */
  readonly canonical: ReadonlyMap<string, string>;
}

/** An -ism beside its base (אמריקניזם / אמריקנים): a derived word, not a spelling of it. */
function ismBesideBase(members: readonly StemUse[]): boolean {
  const first = members[0]?.info.stem ?? '';
  return members.some((m) => isIsmBesideBase(m.info.stem, first));
}

/**
 * Years of the Hebrew calendar written without gershayim (תרסא, תרצא), a prefix allowed (בתרסא, as the
 * year is mostly written): two numbers, no name.
 */
function hebrewYears(members: readonly StemUse[]): boolean {
  const year = (stem: string) => isHebrewYear(stem) || prefixReadings(stem).some((r) => isHebrewYear(r.stem));
  return members.every((m) => year(m.info.stem));
}

/**
 * Two three-letter spellings that differ only by an א in place of a י (ואן / וין, ליף / לאף): short
 * words of that shape are too many for the swap to say anything (Van and Wien, a village and a word).
 */
function shortVowelSwap(cluster: StemCluster, members: readonly StemUse[]): boolean {
  if ((cluster.kinds & ~Alternation.Joiner) !== Alternation.Alef) return false;
  const lengths = new Set(members.map((m) => m.info.letters));
  return lengths.size === 1 && members[0] !== undefined && members[0].info.letters <= 3;
}

/**
 * Word → the established form of its name in the starter glossary (HEBREW.md §6 row 20: established
 * exonyms are kept, not flagged). Two established forms are two names (עמאן Amman, עומאן Oman).
 */
const ESTABLISHED = glossaryWords(starterGlossary).preferred;

function twoEstablishedNames(members: readonly StemUse[]): boolean {
  const forms = new Set(members.map((m) => m.info.stem).filter((s) => ESTABLISHED.get(s) === s));
  return forms.size >= 2;
}

/**
 * An Arabic noun in construct (the first word of an idafa) never takes the article: תחריר in הייאת
 * תחריר א-שאם beside כיכר א-תחריר is grammar, not two spellings. True when the spellings differ only by
 * the article and the one without it always stands right before a word that has one.
 */
function constructBesideDefinite(
  cluster: StemCluster,
  members: readonly StemUse[],
  doc: NameDocument,
): boolean {
  if ((cluster.kinds & ~(Alternation.Article | Alternation.Joiner)) !== 0) return false;
  // Every use of the word is followed (across spaces only) by a word with the article.
  const alwaysBeforeDefinite = (type: string) => {
    let followed = 0;
    for (const [after, count] of doc.stats.next.get(type) ?? []) {
      if (parseName(doc.readingOf(after).stem).article === '') return false;
      followed += count;
    }
    return followed > 0 && followed === doc.stats.typeCount.get(type);
  };
  // Bare by either reading: אלפתאח has the article joined on (עבד אלפתאח א־סיסי beside עבד אל־פתאח).
  return members.some(
    (m) => m.info.parsed.article === '' && !m.info.joinedParsed && m.types.every(alwaysBeforeDefinite),
  );
}

/**
 * A people's adjective beside a surname made from it (חות׳י "a Houthi" beside עבד אל־מלכ אל־חות׳י,
 * the nisba): the spellings differ only by the article, the bare one ends in י, and the document also
 * writes the people in the plural (החות׳ים). Two words, not one name written two ways.
 */
function gentilicBesideSurname(
  cluster: StemCluster,
  members: readonly StemUse[],
  doc: NameDocument,
): boolean {
  // Only the pair: in a larger cluster the other spellings (אלחות׳י / אל־חות׳י) are the surname written
  // two ways, which is reported.
  if (members.length !== 2 || (cluster.kinds & ~(Alternation.Article | Alternation.Joiner)) !== 0)
    return false;
  return members.some(
    (m) => m.info.parsed.article === '' && m.info.stem.endsWith('י') && isWritten(doc, m.info.stem + 'ם'),
  );
}

/**
 * The article written as a separate word before the bare spelling (אל קאעידה beside אל־קאעידה): one
 * name written as one word or two, which compounds.ts reports on both words with the right fix. Read
 * alone, קאעידה would be "fixed" to אל־קאעידה, writing the article twice. True when the spellings
 * differ only by the article and every use without it stands right after a detached article.
 */
function detachedArticle(cluster: StemCluster, members: readonly StemUse[], doc: NameDocument): boolean {
  if ((cluster.kinds & ~(Alternation.Article | Alternation.Joiner)) !== 0) return false;
  const afterArticle = (type: string) => {
    let seen = 0;
    for (const [before, count] of doc.stats.prev.get(type) ?? []) {
      if (!isDetachedArticle(before)) return false;
      seen += count;
    }
    return seen > 0 && seen === doc.stats.typeCount.get(type);
  };
  return members.some((m) => m.info.parsed.article === '' && m.types.every(afterArticle));
}

/**
 * A cluster of one head word of place names (PLACE_NAME_HEADS: ג׳בל מוכבר, ג׳אבל in Hebron), with or
 * without the article, whose spellings share no name-like neighbour (an ordinary one, בשכונת, says
 * nothing): each stands in a different name, written as that place is. The same name written two ways
 * shares its other words (ח׳אן יונס / חאן יונס), so it is still reported. Not when every spelling has
 * the article: then the word is the last of a name (a surname, א־שייח׳), and one spelling of it.
 */
function headOfDifferentNames(
  members: readonly StemUse[],
  doc: NameDocument,
  sources: EvidenceSources,
): boolean {
  const bare = (m: StemUse) => afterArticle(m.info.stem) ?? m.info.stem;
  // With the article on every spelling the word ends a name (חוסיין א־שייח׳ / א־שייח), not heads one;
  // joined to it too (מיס אל־ג׳בל / מיס אלג׳בל).
  if (members.every((m) => m.info.parsed.article !== '' || (m.info.joinedParsed?.article ?? '') !== ''))
    return false;
  // Two spellings written with the Hebrew article are a title (השייח׳ סלאח, השיח׳ ראאד): a place
  // name's head stands in construct, with no article of its own (בשייח׳ זוויד).
  const withHebrewArticle = (m: StemUse) => m.types.some((t) => doc.readingOf(t).prefix.endsWith('ה'));
  if (members.filter(withHebrewArticle).length >= 2) return false;
  return (
    members.some((m) => PLACE_NAME_HEADS.has(bare(m))) &&
    sharedNeighbourScore([...members], doc, sources.canonical) < MAX_SHARED_SCORE
  );
}

/**
 * One word in two different multi-word names: first (in construct, no article) in one, last (with the
 * article) in the other: שייח׳ זוויד (Sheikh Zuweid) beside שארם א-שייח׳ (Sharm el-Sheikh), ראס עיסא
 * beside כפר א-ראס. True when the spellings differ only by the article, every use without it stands
 * right before a name-like word, every use with it right after one, and no neighbour is shared (the
 * same name written with and without the article shares the rest of the name: עבד אל-סלאם / עבד א-סלאם).
 */
function wordOfTwoNames(cluster: StemCluster, members: readonly StemUse[], doc: NameDocument): boolean {
  if ((cluster.kinds & ~(Alternation.Article | Alternation.Joiner)) !== 0) return false;
  const bare = members.filter((m) => m.info.parsed.article === '');
  const articled = members.filter((m) => m.info.parsed.article !== '');
  if (bare.length === 0 || articled.length === 0) return false;
  const allNameLike = (side: NeighbourCounts | undefined, type: string) => {
    let seen = 0;
    for (const [other, count] of side ?? []) {
      if (!isNameLike(doc, other)) return false;
      seen += count;
    }
    return seen > 0 && seen === doc.stats.typeCount.get(type);
  };
  const stems = (side: NeighbourCounts | undefined) =>
    side ? [...side.keys()].map((t) => doc.readingOf(t).stem) : [];
  const bareNext = new Set(bare.flatMap((m) => m.types.flatMap((t) => stems(doc.stats.next.get(t)))));
  const barePrev = new Set(bare.flatMap((m) => m.types.flatMap((t) => stems(doc.stats.prev.get(t)))));
  return (
    bare.every((m) => m.types.every((t) => allNameLike(doc.stats.next.get(t), t))) &&
    articled.every((m) => m.types.every((t) => allNameLike(doc.stats.prev.get(t), t))) &&
    articled.every((m) =>
      m.types.every(
        (t) =>
          !stems(doc.stats.next.get(t)).some((s) => bareNext.has(s)) &&
          !stems(doc.stats.prev.get(t)).some((s) => barePrev.has(s)),
      ),
    )
  );
}

/**
 * The cluster's evidence score; only whether it reaches ACCEPT_SCORE matters. The shared-neighbour
 * evidence (which walks every neighbour of every spelling, thousands for a frequent name) is looked at
 * only when it can decide that: a score already accepted, or too low even with it, is returned without.
 */
export function scoreCluster(cluster: StemCluster, doc: NameDocument, sources: EvidenceSources): number {
  const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
  if (
    twoEstablishedNames(members) ||
    constructBesideDefinite(cluster, members, doc) ||
    detachedArticle(cluster, members, doc) ||
    gentilicBesideSurname(cluster, members, doc) ||
    shortVowelSwap(cluster, members) ||
    ismBesideBase(members) ||
    hebrewYears(members) ||
    (peoplesPlural(members) && !sharedNameWordBefore(members, doc, sources.canonical)) ||
    wordOfTwoNames(cluster, members, doc) ||
    headOfDifferentNames(members, doc, sources)
  )
    return 0;
  let score = 0;
  const whole = isJudgedWhole(cluster);
  if (!whole && unsupportedOrdinary(cluster, doc, sources).size > 0) return 0;
  // A moved א in four letters is also two names (ראשד/רשאד): one name only beside a shared name word.
  if (
    cluster.kinds & Alternation.MovedShort &&
    sharedNeighbourScore([...members], doc, sources.canonical) < MAX_SHARED_SCORE &&
    !surnameOfOneName(members, doc, sources.canonical) &&
    !tableNameBesideUnknown(members)
  )
    return 0;
  // A ו/י alone in three letters is also two Hebrew words (ציר / צייר), and a pair past the threshold
  // two names: one name only beside a shared name word (סיף / סייף אל־אסלאם, אוסמן / עוסמאן דמבלה).
  if (
    cluster.kinds & NEEDS_NAME_WORD &&
    !whole &&
    !tableNameBesideUnknown(members, TABLE_FAR_LETTERS) &&
    sharedNeighbourScore([...members], doc, sources.canonical, true) < MAX_SHARED_SCORE
  )
    return 0;
  // Hebrew verb and plural patterns (מתנהלים, מתנחלים) relate Hebrew words the lexicon lacks.
  const verbAndNoun =
    pielFamily(members) ||
    pielWithNoun(members, doc) ||
    nounAndPast(members) ||
    verbAndAlefNoun(members) ||
    participles(members) ||
    conjugations(members) ||
    inflections(members) ||
    pielAndPual(members) ||
    quadriliteralNoun(members) ||
    quadriliteralPual(members);
  const hebrewLooking = verbAndNoun || members.every((m) => looksHebrew(m.info.stem));
  // A spelling that stays in the cluster only as printed (printedSpellingOfName) is no Hebrew word, nor
  // is a surname the lexicon reads as one after the same first name as the others (surnameAfterFirstName).
  const anyCommon =
    members.some((m) => m.info.common && !m.info.seenOnly) &&
    (hebrewLooking || !surnameAfterFirstName(members, doc, sources.canonical));
  // Equal letters joined differently (אלג׳זירה / אל־ג׳זירה, טול־כרם / טולכרם, דאע״ש / דאעש): row 17, a
  // writing of the name, never two Hebrew words.
  const joinedOnly = (cluster.kinds & ~Alternation.Joiner) === 0;
  if ((cluster.kinds & TRANSCRIPTION || joinedOnly) && !verbAndNoun) score += 2;
  // A sound-alike letter alone also separates Hebrew words (מתנהלים/מתנחלים).
  else if (cluster.kinds & Alternation.Swap)
    score += hebrewLooking ? 0 : members.every((m) => m.info.letters >= SWAP_NAME_LETTERS) ? 2 : 1;
  else if (!anyCommon && cluster.kinds & Alternation.Plene && !hebrewLooking)
    score += members.every((m) => m.info.letters >= LONG_WORD) ? 2 : 1;
  // A final ה/ת difference alone is the Hebrew construct state (ליגה/ליגת, הטמעה/הטמעת): no evidence
  // of a name; two unknown spellings shaped so, or as a verb and its noun, are Hebrew words the lexicon
  // lacks, so being unknown says nothing.
  const constructOnly = (cluster.kinds & ~Alternation.Joiner) === Alternation.Construct;
  score += anyCommon ? -1 : constructOnly || verbAndNoun ? 0 : 1;
  if (members.some((m) => m.info.arabicLooking)) score += 1;
  if (members.some((m) => inNameContext(m, doc))) score += 1;
  const inSource = (m: StemUse) =>
    sources.sourceKeys.has(m.info.key) ||
    (m.info.joinedKey !== undefined && sources.sourceKeys.has(m.info.joinedKey));
  if (members.some(inSource)) score += 2;
  if (members.some((m) => sources.glossaryStems.has(m.info.stem))) score += 3;
  if (members.reduce((sum, m) => sum + m.count, 0) >= 3) score += 1;
  // A verb and its noun share their object (הטמיעה נהלים / הטמעת הנהלים): no sign of a multi-word name.
  if (!verbAndNoun && score < ACCEPT_SCORE && score + MAX_SHARED_SCORE >= ACCEPT_SCORE)
    score += sharedNeighbourScore(members, doc, sources.canonical);
  return score;
}

/**
 * Every spelling stands right after the same name word (a first name: איסמאעיל הנייה / איסמאעיל הניה):
 * one the lexicon reads as a word is the name's surname, its being a word no evidence against the name.
 * Not a word that may carry a prefix or the conjunction (ויפגש after רבאט: a verb after its subject),
 * nor one of three letters.
 */
function surnameAfterFirstName(
  members: readonly StemUse[],
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
): boolean {
  return (
    members.every(
      (m) =>
        m.info.letters >= 4 &&
        !m.info.stem.startsWith('ו') &&
        m.types.every((t) => doc.readingOf(t).prefix === ''),
    ) && sharedNameWordBefore(members, doc, canonical)
  );
}

/**
 * A spelling stands where names stand: after a word that introduces one (העיר, הכפר, נשיא …), next to
 * another name-like word (the rest of a multi-word name: ח'אן יונס, עבד אל-מלכ), or next to Latin text.
 */
function inNameContext(use: StemUse, doc: NameDocument): boolean {
  for (const type of use.types) {
    if (doc.stats.latinNeighbours.has(type)) return true;
    for (const other of doc.stats.prev.get(type)?.keys() ?? []) {
      if (isNameCue(other) || NAME_CUES.has(doc.readingOf(other).stem)) return true;
      if (placeCue(other) === PlaceCue.Noun) return true;
      if (isNameLike(doc, other)) return true;
    }
    for (const other of doc.stats.next.get(type)?.keys() ?? []) if (isNameLike(doc, other)) return true;
  }
  return false;
}

/** Is an ordinary word next to a name-like one (so it may be the first word of a multi-word name)? */
export function hasNameNeighbour(doc: NameDocument, type: string): boolean {
  for (const side of [doc.stats.next.get(type), doc.stats.prev.get(type)])
    for (const other of side?.keys() ?? []) if (isNameLike(doc, other)) return true;
  return false;
}
