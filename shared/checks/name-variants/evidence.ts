// Is a cluster of similar spellings a name? Rule 4 of name-variants.ts: points for each kind of
// evidence; a cluster is reported at ACCEPT_SCORE or more.
import {
  Alternation,
  FOREIGN_ALTERNATIONS,
  parseName,
  type Unit,
  type VariantComparison,
} from '../../hebrew/variants';
import { starterGlossary } from '../../glossary/starter';
import { glossaryWords } from './glossary-words';
import type { Candidate, StemCluster } from './clusters';
import type { StemInfo } from './stem-info';
import type { NeighbourCounts } from './word-pairs';
import { MIN_LETTERS, isNameLike, type NameDocument, type StemUse } from './stem-use';
import { NAME_CUES, PlaceCue, isNameCue, placeCue, placeSlot } from './name-cues';

/** Alternations only transcription produces (not Hebrew spelling or Hebrew word pairs). */
const TRANSCRIPTION = FOREIGN_ALTERNATIONS & ~Alternation.Swap;

/**
 * What relates an ordinary word to another spelling when it stands where a name stands: an inserted א,
 * a geresh, the Arabic article, a doubled ל (חמה/חמאה, עקבה/עקאבה). A final ה/ת is Hebrew construct
 * state, a swapped letter or ו/י relate Hebrew words, so those never name an ordinary word.
 */
const NAMING = Alternation.Alef | Alternation.Geresh | Alternation.Article | Alternation.Double;

export const ACCEPT_SCORE = 3;
/** The most sharedNeighbourScore gives. */
const MAX_SHARED_SCORE = 2;

/** Unknown words this long that differ only by ו/י are more often transcriptions than Hebrew inflection. */
const LONG_WORD = 5;

export interface EvidenceSources {
  /** Coarse keys of the capitalised words of the English source. */
  readonly sourceKeys: ReadonlySet<string>;
  readonly glossaryStems: ReadonlySet<string>;
  /** Stem → the first spelling of its candidate cluster, so רסטן and ראסטן are one neighbour. */
  readonly canonical: ReadonlyMap<string, string>;
}

/**
 * Shaped like Hebrew inflection: a hitpael/nitpael prefix (מת־ הת־ נת־ ית־ תת־) or a masculine plural,
 * with no geresh or Arabic article. Transcribed names rarely take these shapes; Hebrew words the lexicon
 * lacks often do.
 */
function looksHebrew(stem: string): boolean {
  if (/[׳־]/.test(stem) || stem.length < 5) return false;
  return /^(?:מת|הת|נת|ית|תת)/.test(stem) || /ים$/.test(stem);
}

/**
 * A piel verb family (ייצב/ייצוב, קיבע/קיבוע, תיקצב/לתקצב/תקצוב): the past writes a י after the first
 * letter, the verbal noun a ו before the last, the infinitive's stem neither. True when the spellings
 * differ only by those two letters, one has the י and not all have the ו. Hebrew words the lexicon
 * lacks pair this way in any news text; transcribed names rarely do (מוסל/מוסול has no such י, and
 * כירכוכ/כרכוכ differs by the י alone).
 */
function pielFamily(members: readonly StemUse[]): boolean {
  let skeleton: string | undefined;
  let yod = false;
  let vav = 0;
  for (const { info } of members) {
    const u = info.parsed.units;
    if (info.parsed.article !== '' || u.length < 4 || u.some((x) => x.geresh)) return false;
    const hasYod = (u[1] as Unit).letter === 'י';
    const hasVav = (u[u.length - 2] as Unit).letter === 'ו';
    const rest = u
      .filter((_, i) => !(i === 1 && hasYod) && !(i === u.length - 2 && hasVav))
      .map((x) => x.letter)
      .join('');
    if (skeleton !== undefined && rest !== skeleton) return false;
    skeleton = rest;
    if (hasYod) yod = true;
    if (hasVav) vav++;
  }
  return yod && vav > 0 && vav < members.length && (skeleton?.length ?? 0) >= 3;
}

/**
 * The past and infinitive stem of a piel verb (תיקצב/תקצב) whose verbal noun the document also writes
 * (תקצוב): pielFamily without the noun in the cluster, which happens when the noun is ordinary Hebrew
 * and so left out of it. Two spellings, the longer with a י after the first letter.
 */
function pielWithNoun(members: readonly StemUse[], doc: NameDocument): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  if (short.length < 4 || /[׳־א]/.test(long) || long !== short[0] + 'י' + short.slice(1)) return false;
  return doc.uses.has(short.slice(0, -1) + 'ו' + short.slice(-1));
}

/**
 * A verbal noun of the qtila pattern and the past it comes from (פשיטה/פשטה "raid/raided", דקירה/דקרה):
 * two spellings ending in ה, the longer with a י before its last consonant. Hebrew words the lexicon
 * lacks pair this way; a transcribed name that does is usually marked otherwise (a geresh: ח׳ליפה).
 */
function nounAndPast(members: readonly StemUse[]): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members.map((m) => m.info) as [StemInfo, StemInfo];
  const [short, long] = a.letters < b.letters ? [a, b] : [b, a];
  const s = short.parsed.units;
  const l = long.parsed.units;
  if (short.parsed.article || long.parsed.article || l.length !== s.length + 1 || s.length < 4) return false;
  if ([...s, ...l].some((u) => u.geresh) || (s[s.length - 1] as Unit).letter !== 'ה') return false;
  const at = l.length - 3;
  // A doubled י is the consonantal y of a name (חודיידה/חודידה, דבייבה/דביבה), not the qtila vowel.
  if ((l[at - 1] as Unit).letter === 'י' || (l[at + 1] as Unit).letter === 'י') return false;
  return (
    (l[at] as Unit).letter === 'י' &&
    l.every((u, i) => i === at || u.letter === (s[i < at ? i : i - 1] as Unit).letter)
  );
}

/** The two spellings of a two-spelling cluster, shorter first (the Hebrew word-family tests below). */
function shorterAndLonger(members: readonly StemUse[]): [string, string] | undefined {
  if (members.length !== 2) return undefined;
  const [a, b] = members.map((m) => m.info.stem) as [string, string];
  return a.length < b.length ? [a, b] : [b, a];
}

/**
 * A verb of a final-ה root and its verbal noun, which writes an א before the ה (הרצה/הרצאה "lectured /
 * lecture", השווה/השוואה, הלווה/הלוואה): both begin with the hif'il ה. The א is the one a transcription
 * also inserts, so without this the pair looks like a name.
 */
function verbAndAlefNoun(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  return (
    short.length >= 4 &&
    short.startsWith('ה') &&
    short.endsWith('ה') &&
    !/[׳־]/.test(short) &&
    long === short.slice(0, -1) + 'אה'
  );
}

/**
 * A pu'al participle beside the piel one (מנוטר/מנטר "monitored/monitor", מסוכסך/מסכסך): both begin with
 * מ and differ by the ו after the first root letter. Transcribed names of that shape usually write an א
 * somewhere (מסוראתה/מסראתה), so spellings with an א are left to the alternation table.
 */
function participles(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  return (
    short.length >= 4 &&
    short.startsWith('מ') &&
    !/[׳־א]/.test(long) &&
    long === short.slice(0, 2) + 'ו' + short.slice(2)
  );
}

/**
 * Hebrew pairs of one root that differ as a transcription would, in three more shapes seen among the
 * lexicon's variant-like pairs: a pu'al or hof'al past beside the piel past or hif'il noun (פורסמו /
 * פרסמו, הופצצה/הפצצה: a ו after the first letter, both ending in ה or ו); a hif'il past beside its
 * noun in construct (העבירה/העברת, הפסיקה/הפסקת); a plural in -ות beside the abstract -יות
 * (מדינות/מדיניות). Spellings with a geresh, an article or an א after the first letter are left alone.
 */
function conjugations(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  if (short.length < 5 || /[׳־]/.test(long) || /א/.test(long.slice(1))) return false;
  const ending = short[short.length - 1];
  if ((ending === 'ה' || ending === 'ו') && long[long.length - 1] === ending)
    if (long === short[0] + 'ו' + short.slice(1)) return true;
  if (short.startsWith('ה') && short.endsWith('ת') && long.endsWith('ה'))
    if (long === short.slice(0, 3) + 'י' + short.slice(3, -1) + 'ה') return true;
  return short.endsWith('ות') && long === short.slice(0, -2) + 'יות';
}

/**
 * Two inflections of one Hebrew noun that read like a transcription's ו/י or ה/ת, seen on real news:
 * the possessive "his" on a singular and a plural (חניכו / חניכיו), an -ut noun and its plural, and an
 * -iya noun beside its construct (כירורגיה / כירורגיית). Names rarely take these ending pairs.
 */
function inflections(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  if (short.length < 4) return false;
  if (/[׳־]/.test(long)) return false;
  if (short.endsWith('ו') && long === short.slice(0, -1) + 'יו') return true;
  // The plural of an -ut noun (היתקלות / היתקלויות, הזדמנות / הזדמנויות).
  if (short.endsWith('ות') && long === short.slice(0, -2) + 'ויות') return true;
  return short.endsWith('יה') && long === short.slice(0, -1) + 'ית';
}

/**
 * A people's plural as a noun and as an adjective (דרוזים / דרוזיים, חות׳ים / חות׳יים): grammar, even
 * when the people's name carries a geresh, so no evidence makes it one name written two ways.
 */
function peoplesPlural(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  return short.length >= 4 && short.endsWith('ים') && long === short.slice(0, -2) + 'יים';
}

/**
 * A verb's piel past, pu'al past and infinitive stem side by side (ניטרל / נוטרל / נטרל): one spelling
 * with a י after its first letter, one with a ו there, one with neither. A name may write its first
 * vowel with a י or not (סינוואר / סנוואר), but not the three ways.
 */
function pielAndPual(members: readonly StemUse[]): boolean {
  const stems = members.map((m) => m.info.stem);
  if (stems.some((s) => /[׳־א]/.test(s))) return false;
  const base = stems.find(
    (s) =>
      s.length >= 4 && stems.includes(s[0] + 'י' + s.slice(1)) && stems.includes(s[0] + 'ו' + s.slice(1)),
  );
  return base !== undefined;
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
 * The ordinary words of a cluster that nothing shows to be names. An ordinary word is in the cluster only
 * as the first word of a multi-word name (חיית תחריר): without the rest of that name beside it and a
 * non-ordinary spelling, it is just a word (מלך, עבד אל-מלכ). Or it names a place: one ordinary
 * spelling stands right after a place noun (העיר חמאה; it joined as a full candidate), every other one
 * there too or after a preposition of place (סביב חמה), and the spellings differ as transcriptions do.
 */
function unsupportedOrdinary(cluster: StemCluster, doc: NameDocument, sources: EvidenceSources): Set<string> {
  const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
  const names = members.filter((m) => !m.info.common);
  const partOfName = (o: StemUse) =>
    names.some((n) => sharedNeighbourScore([o, n], doc, sources.canonical) === 2);
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
  const out = new Set<string>();
  for (const o of members) if (o.info.common && !partOfName(o) && !namesAPlace(o)) out.add(o.info.stem);
  return out;
}

/**
 * The clusters to judge instead of `cluster`: itself when every ordinary member is supported, else what
 * remains without the unsupported ones (מלך beside עבד אל-מלכ / אל-מאלכ must not sink the name),
 * split where only a removed word held the spellings together.
 */
export function withoutUnsupportedOrdinary(
  cluster: StemCluster,
  doc: NameDocument,
  sources: EvidenceSources,
  compare: (a: StemInfo, b: StemInfo) => VariantComparison | null,
): StemCluster[] {
  const removed = unsupportedOrdinary(cluster, doc, sources);
  if (removed.size === 0) return [cluster];
  const rest = cluster.members.filter((m) => !removed.has(m.info.stem));
  const component = rest.map((_, i) => i);
  const root = (i: number): number =>
    component[i] === i ? i : (component[i] = root(component[i] as number));
  const kinds = new Map<number, number>();
  const pairKinds: [number, number, number][] = [];
  for (let i = 0; i < rest.length; i++)
    for (let j = i + 1; j < rest.length; j++) {
      const r = compare((rest[i] as Candidate).info, (rest[j] as Candidate).info);
      if (!r) continue;
      pairKinds.push([i, j, r.kinds]);
      component[root(j)] = root(i);
    }
  for (const [i, , k] of pairKinds) kinds.set(root(i), (kinds.get(root(i)) ?? 0) | k);
  const groups = new Map<number, Candidate[]>();
  rest.forEach((m, i) => {
    const r = root(i);
    if (!groups.has(r)) groups.set(r, []);
    (groups.get(r) as Candidate[]).push(m);
  });
  return [...groups]
    .filter(([, members]) => members.length >= 2)
    .map(([r, members]) => ({ members, kinds: kinds.get(r) ?? 0 }));
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
  return members.some((m) => m.info.parsed.article === '' && m.types.every(alwaysBeforeDefinite));
}

/** The Arabic article written as a word of its own (אל קאעידה, א שאם). */
const DETACHED_ARTICLES: ReadonlySet<string> = new Set(['אל', 'א']);

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
      if (!DETACHED_ARTICLES.has(before)) return false;
      seen += count;
    }
    return seen > 0 && seen === doc.stats.typeCount.get(type);
  };
  return members.some((m) => m.info.parsed.article === '' && m.types.every(afterArticle));
}

/**
 * Words that begin many different Arabic place names (ג׳בל "mountain", ביר "well", ראס "cape", שייח׳):
 * two spellings of one of them in two different names (ג׳בל מוכבר, ג׳אבל in Hebron; שייח׳ זוויד, שארם
 * א־שייח׳) are how each place is written, not one name spelt two ways.
 */
const NAME_HEADS: ReadonlySet<string> = new Set(
  'ג׳בל ג׳באל שייח׳ שיח׳ ביר עין ראס דיר ואדי תל חאן ח׳אן בית כפר בני סידי מרג׳ ח׳רבת'.split(' '),
);

/**
 * A cluster of one head word (NAME_HEADS, with or without the article) whose spellings share no
 * name-like neighbour (an ordinary one, בשכונת, says nothing): each stands in a different name. The same name written two ways shares its other words
 * (ח׳אן יונס / חאן יונס), so it is still reported.
 */
function headOfDifferentNames(
  members: readonly StemUse[],
  doc: NameDocument,
  sources: EvidenceSources,
): boolean {
  const bare = (m: StemUse) => m.info.stem.replace(/^(?:אל|א)־/, '');
  return (
    members.some((m) => NAME_HEADS.has(bare(m))) &&
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
    shortVowelSwap(cluster, members) ||
    peoplesPlural(members) ||
    wordOfTwoNames(cluster, members, doc) ||
    headOfDifferentNames(members, doc, sources)
  )
    return 0;
  let score = 0;
  const anyCommon = members.some((m) => m.info.common);
  if (unsupportedOrdinary(cluster, doc, sources).size > 0) return 0;
  // Hebrew verb and plural patterns (מתנהלים, מתנחלים) relate Hebrew words the lexicon lacks.
  const verbAndNoun =
    pielFamily(members) ||
    pielWithNoun(members, doc) ||
    nounAndPast(members) ||
    verbAndAlefNoun(members) ||
    participles(members) ||
    conjugations(members) ||
    inflections(members) ||
    pielAndPual(members);
  const hebrewLooking = verbAndNoun || members.every((m) => looksHebrew(m.info.stem));
  // Equal letters joined differently (אלג׳זירה / אל־ג׳זירה, טול־כרם / טולכרם, דאע״ש / דאעש): row 17, a
  // writing of the name, never two Hebrew words.
  const joinedOnly = (cluster.kinds & ~Alternation.Joiner) === 0;
  if ((cluster.kinds & TRANSCRIPTION || joinedOnly) && !verbAndNoun) score += 2;
  // A sound-alike letter alone also separates Hebrew words (מתנהלים/מתנחלים).
  else if (cluster.kinds & Alternation.Swap) score += hebrewLooking ? 0 : 1;
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

/** The stems standing right after and right before a stem's words (each named by its cluster). */
interface NeighbourStems {
  readonly after: ReadonlySet<string>;
  readonly before: ReadonlySet<string>;
}

function neighbours(use: StemUse, doc: NameDocument, canonical: ReadonlyMap<string, string>): NeighbourStems {
  const name = (type: string) => {
    const stem = doc.readingOf(type).stem;
    return canonical.get(stem) ?? stem;
  };
  const after = new Set<string>();
  const before = new Set<string>();
  for (const type of use.types) {
    for (const other of doc.stats.next.get(type)?.keys() ?? []) after.add(name(other));
    for (const other of doc.stats.prev.get(type)?.keys() ?? []) before.add(name(other));
  }
  return { after, before };
}

/** 2 when two spellings share a name-like neighbour (the rest of one multi-word name), 1 an ordinary one. */
function sharedNeighbourScore(
  members: StemUse[],
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
): number {
  let best = 0;
  const sets = members.map((m) => neighbours(m, doc, canonical));
  // A neighbour on the same side of both: the larger score of all such neighbours (2 ends the search).
  const shared = (mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number => {
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    let score = 0;
    for (const stem of small) {
      if (!large.has(stem)) continue;
      const info = doc.uses.get(stem)?.info;
      score = Math.max(score, info && !info.common && info.letters >= MIN_LETTERS ? 2 : 1);
      if (score === 2) break;
    }
    return score;
  };
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as NeighbourStems;
      const b = sets[j] as NeighbourStems;
      best = Math.max(best, shared(a.after, b.after), shared(a.before, b.before));
      if (best === 2) return best;
    }
  return best;
}
