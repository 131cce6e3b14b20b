// Is a cluster of similar spellings a name? Rule 4 of name-variants.ts: points for each kind of
// evidence; a cluster is reported at ACCEPT_SCORE or more.
import { Alternation, FOREIGN_ALTERNATIONS } from '../../hebrew/variants';

/** Alternations only transcription produces (not Hebrew spelling or Hebrew word pairs). */
const TRANSCRIPTION = FOREIGN_ALTERNATIONS & ~Alternation.Swap;
import type { StemCluster } from './clusters';
import { MIN_LETTERS, isNameLike, type NameDocument, type StemUse } from './stem-use';

export const ACCEPT_SCORE = 3;

/** Unknown words this long that differ only by ו/י are more often transcriptions than Hebrew inflection. */
const LONG_WORD = 5;

/** Words that introduce a name in news Hebrew: places, organisations, titles. */
const NAME_CUES = new Set(
  'העיר העיירה הכפר מחנה שכונת השכונה אזור באזור האזור נמל הנמל נהר הנהר הר מחוז נפת חבל גשר מעבר מעברי ארגון הארגון תנועת חזית גדודי מבצע נשיא הנשיא ראש שר שרת השר מזכ״ל מנהיג המנהיג דובר דוברת בכיר מפקד המפקד סוכנות רשת ערוץ השייח׳ שייח׳ שיח׳ אבו אום בן בנו בת ד״ר מר גברת'.split(
    ' ',
  ),
);

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

export function scoreCluster(cluster: StemCluster, doc: NameDocument, sources: EvidenceSources): number {
  const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
  let score = 0;
  const anyCommon = members.some((m) => m.info.common);
  const shared = sharedNeighbourScore(members, doc, sources.canonical);
  // An ordinary word is in the cluster only as the first word of a multi-word name (חיית תחריר): without
  // the rest of that name beside it and a non-ordinary spelling, it is just a word (מלך, עבד אל-מלכ).
  const ordinary = members.filter((m) => m.info.common);
  const names = members.filter((m) => !m.info.common);
  const partOfName = (o: StemUse) =>
    names.some((n) => sharedNeighbourScore([o, n], doc, sources.canonical) === 2);
  if (!ordinary.every(partOfName)) return 0;
  // Hebrew verb and plural patterns (מתנהלים, מתנחלים) relate Hebrew words the lexicon lacks.
  const hebrewLooking = members.every((m) => looksHebrew(m.info.stem));
  if (cluster.kinds & TRANSCRIPTION) score += 2;
  // A sound-alike letter alone also separates Hebrew words (מתנהלים/מתנחלים).
  else if (cluster.kinds & Alternation.Swap) score += hebrewLooking ? 0 : 1;
  else if (!anyCommon && cluster.kinds & Alternation.Plene && !hebrewLooking)
    score += members.every((m) => m.info.letters >= LONG_WORD) ? 2 : 1;
  // A final ה/ת difference alone is the Hebrew construct state (ליגה/ליגת): no evidence of a name.
  score += anyCommon ? -1 : 1;
  if (members.some((m) => m.info.arabicLooking)) score += 1;
  score += shared;
  if (members.some((m) => inNameContext(m, doc))) score += 1;
  const inSource = (m: StemUse) =>
    sources.sourceKeys.has(m.info.key) ||
    (m.info.joinedKey !== undefined && sources.sourceKeys.has(m.info.joinedKey));
  if (members.some(inSource)) score += 2;
  if (members.some((m) => sources.glossaryStems.has(m.info.stem))) score += 3;
  if (members.reduce((sum, m) => sum + m.count, 0) >= 3) score += 1;
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
      if (NAME_CUES.has(other) || NAME_CUES.has(doc.readingOf(other).stem)) return true;
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

/** Neighbouring stems of a stem's words, tagged with the side ("<" before, ">" after). */
function neighbours(use: StemUse, doc: NameDocument, canonical: ReadonlyMap<string, string>): Set<string> {
  const name = (type: string) => {
    const stem = doc.readingOf(type).stem;
    return canonical.get(stem) ?? stem;
  };
  const out = new Set<string>();
  for (const type of use.types) {
    for (const other of doc.stats.next.get(type)?.keys() ?? []) out.add('>' + name(other));
    for (const other of doc.stats.prev.get(type)?.keys() ?? []) out.add('<' + name(other));
  }
  return out;
}

/** 2 when two spellings share a name-like neighbour (the rest of one multi-word name), 1 an ordinary one. */
function sharedNeighbourScore(
  members: StemUse[],
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
): number {
  let best = 0;
  const sets = members.map((m) => neighbours(m, doc, canonical));
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++)
      for (const n of sets[i] as Set<string>) {
        if (!(sets[j] as Set<string>).has(n)) continue;
        const info = doc.uses.get(n.slice(1))?.info;
        best = Math.max(best, info && !info.common && info.letters >= MIN_LETTERS ? 2 : 1);
        if (best === 2) return best;
      }
  return best;
}
