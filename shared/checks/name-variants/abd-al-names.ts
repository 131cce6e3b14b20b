// Names of the form Abd al-X (عبد ال…, "servant of the …": Abdel Nasser, Abdul Rahman) written with the
// article fused into עבד and the rest as a word of its own (עבדל נאצר, עבדול נאצר, Abdel, Abdul) or in
// one word (עבדוררחמן, the sun letter doubled), and elsewhere with the article apart (עבד אל־נאצר, עבד
// אל נאצר, עבד א־רחמן). The clusters see only single words: נאצר beside אל־נאצר differs by the article,
// and their fix of עבדל פתאח read עבדל אל־פתאח. Here the whole writing is one spelling: when a document
// writes the same X both ways, each writing of the less used way is reported with the other as its fix
// (the article apart on a tie, as the Academy writes עבד אל־), and a cluster's finding inside a writing
// of such a name is dropped, as this one explains it.
import { isSpellingCluster, type Finding } from '../../model/finding';
import { MAQAF, regularizeFinals, withFinalForm } from '../../hebrew/letters';
import { attachPrefix, prefixReadings } from '../../hebrew/prefixes';
import { tokenize, type Token } from '../../hebrew/tokenize';
import { afterArticle } from './name-cues';
import { pairFinding } from './pair-finding';
import type { NameDocument } from './stem-use';

/** Abd with the article fused in, written before the name's rest (עבדל נאצר). */
const FUSED: ReadonlySet<string> = new Set(['עבדל', 'עבדול', 'עבדאל']);
/** Abd with the article fused in, at the start of one word (עבדולרחמן, עבדוררחמן: a sun letter doubled). */
const JOINED_HEADS = ['עבדול', 'עבדאל', 'עבדל', 'עבדו'];
const ABD = 'עבד';
/** The fewest letters of X: shorter rests are too often a word of another phrase. */
const MIN_REST = 3;

/** One writing of an Abd al- name: where it stands, how it is written, and the X it names. */
interface Writing {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The prefix on its first word (ו of ועבד אל־נאצר), kept in a fix. */
  readonly prefix: string;
  /** The writing without its prefix, in comparison form (עבד אל־נאצר, עבדול נאצר). */
  readonly way: string;
  readonly fused: boolean;
  /** X with its final letters regular: the same in every writing of the name. */
  readonly rest: string;
}

/** The stem a token reads as after a prefix, when that stem is one of `wanted` (or starts with it). */
function readAs(
  token: Token,
  wanted: (stem: string) => boolean,
): { prefix: string; stem: string } | undefined {
  for (const r of prefixReadings(token.norm)) if (!r.articleRestored && wanted(r.stem)) return r;
  return undefined;
}

/** The rests a one-word joined writing may have (עבדוררחמן → רחמן; עבדורשיד → רשיד). */
function joinedRests(stem: string): string[] {
  const rests: string[] = [];
  for (const head of JOINED_HEADS) {
    if (!stem.startsWith(head)) continue;
    // A maqaf after the fused article (עבדל־ג׳אבר) joins the rest, which is the word after it.
    const rest = stem.slice(head.length).replace(/^־/, '');
    if (rest.length < MIN_REST) continue;
    rests.push(rest);
    // The article's ל assimilated to a sun letter, which is written twice (עבדו + ר + רחמן).
    if (head === 'עבדו' && rest[0] === rest[1]) rests.push(rest.slice(1));
  }
  return rests;
}

/** The Abd al- writings of one paragraph's words. */
function writingsIn(paragraph: number, text: string): Writing[] {
  const tokens = tokenize(text).filter((t) => t.kind === 'hebrew');
  const adjacent = (a: Token, b: Token | undefined): b is Token =>
    b !== undefined && text.slice(a.end, b.start).trim() === '';
  const found: Writing[] = [];
  const add = (first: Token, last: Token, prefix: string, way: string, fused: boolean, rest: string) => {
    if (rest.length >= MIN_REST)
      found.push({
        paragraph,
        start: first.start,
        end: last.end,
        prefix,
        way,
        fused,
        rest: regularizeFinals(rest),
      });
  };
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const fused = readAs(token, (s) => FUSED.has(s));
    if (fused && adjacent(token, next) && !next.norm.includes(MAQAF))
      return add(token, next, fused.prefix, `${fused.stem} ${next.norm}`, true, next.norm);
    const abd = readAs(token, (s) => s === ABD);
    if (abd && adjacent(token, next)) {
      const rest = afterArticle(next.norm);
      if (rest !== undefined) return add(token, next, abd.prefix, `${ABD} ${next.norm}`, false, rest);
      const after = tokens[i + 2];
      if (next.norm === 'אל' && adjacent(next, after) && !after.norm.includes(MAQAF))
        return add(token, after, abd.prefix, `${ABD} אל ${after.norm}`, false, after.norm);
      return undefined;
    }
    const joined = readAs(token, (s) => joinedRests(s).length > 0 && !FUSED.has(s));
    if (joined)
      for (const rest of joinedRests(joined.stem)) add(token, token, joined.prefix, joined.stem, true, rest);
    return undefined;
  });
  return found;
}

/** The paragraphs that may hold a fused writing: those of a fused word, or of a word after עבד. */
function candidateParagraphs(doc: NameDocument): number[] {
  const paragraphs = new Set<number>();
  let fused = false;
  for (const word of FUSED)
    for (const p of doc.stats.paragraphsOf(word)) {
      paragraphs.add(p);
      fused = true;
    }
  for (const after of doc.stats.next.get(ABD)?.keys() ?? []) {
    const rest = afterArticle(after);
    if (rest === undefined) continue;
    for (const p of doc.stats.paragraphsOf(after)) paragraphs.add(p);
    for (const head of JOINED_HEADS)
      for (const joined of [head + rest, head + rest[0] + rest, head + MAQAF + rest])
        if (doc.stats.typeCount.has(joined)) {
          fused = true;
          for (const p of doc.stats.paragraphsOf(joined)) paragraphs.add(p);
        }
  }
  return fused ? [...paragraphs] : [];
}

/** The way most of `writings` are written; on a tie one with a maqaf (עבד אל־נאצר), then the first. */
function commonestWay(writings: readonly Writing[]): string {
  const counts = new Map<string, number>();
  for (const w of writings) counts.set(w.way, (counts.get(w.way) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [way, count] of counts)
    if (count > bestCount || (count === bestCount && way.includes(MAQAF) && !best.includes(MAQAF))) {
      best = way;
      bestCount = count;
    }
  return best;
}

/**
 * The way of the article apart to keep: with a maqaf or a space as compounds.ts keeps אל־X or אל X over
 * the whole document (the spaced one only when written more often), so the two fixes agree.
 */
function apartWay(doc: NameDocument, apart: readonly Writing[]): string {
  const ways = new Set(apart.map((w) => w.way));
  const spacedPrefix = `${ABD} אל `;
  const spaced = [...ways].find((way) => way.startsWith(spacedPrefix));
  const rest = spaced?.slice(spacedPrefix.length);
  if (spaced === undefined || rest === undefined || !ways.has(`${ABD} אל${MAQAF}${rest}`))
    return commonestWay(apart);
  let spacedCount = 0;
  doc.stats.prev.get(rest)?.forEach((word, count) => {
    if (word === 'אל') spacedCount += count;
  });
  return spacedCount > (doc.uses.get(`אל${MAQAF}${rest}`)?.count ?? 0) ? spaced : `${ABD} אל${MAQAF}${rest}`;
}

export interface AbdAlResult {
  readonly findings: Finding[];
  /** Where the names it compared stand: a cluster's finding inside one is no longer needed. */
  readonly spans: readonly { readonly paragraph: number; readonly start: number; readonly end: number }[];
}

const NONE: AbdAlResult = { findings: [], spans: [] };

export function abdAlFindings(doc: NameDocument): AbdAlResult {
  const paragraphs = candidateParagraphs(doc);
  if (paragraphs.length === 0) return NONE;
  // A fused writing's rest may stand apart in other paragraphs too (עבד אל נאצר, with no article
  // word the candidates know): read those as well, each paragraph once.
  const writings = paragraphs.flatMap((p) => writingsIn(p, doc.stats.paragraphs[p]?.text ?? ''));
  const read = new Set(paragraphs);
  const more = new Set<number>();
  for (const w of writings)
    if (w.fused)
      for (const word of new Set([w.rest, withFinalForm(w.rest)]))
        for (const p of doc.stats.paragraphsOf(word)) if (!read.has(p)) more.add(p);
  for (const p of more) writings.push(...writingsIn(p, doc.stats.paragraphs[p]?.text ?? ''));
  const byRest = new Map<string, Writing[]>();
  for (const w of writings) byRest.set(w.rest, [...(byRest.get(w.rest) ?? []), w]);
  const findings: Finding[] = [];
  const spans: AbdAlResult['spans'][number][] = [];
  for (const group of byRest.values()) {
    const fused = group.filter((w) => w.fused);
    const apart = group.filter((w) => !w.fused);
    if (fused.length === 0 || apart.length === 0) continue;
    for (const w of group) spans.push(w);
    // Fused against apart only: how the article stands apart (אל־ or אל, a maqaf or a space) is
    // compounds.ts's to report. The side written more often is kept, apart on a tie, and within it its
    // commonest way, a maqaf first.
    const keepApart = apart.length >= fused.length;
    const [kept, reported] = keepApart ? [apart, fused] : [fused, apart];
    const preferred = keepApart ? apartWay(doc, apart) : commonestWay(kept);
    for (const w of reported) {
      const pair = {
        kind: 'abd-al',
        preferred,
        found: w.way,
        count: kept.length,
        idParts: ['abd-al', w.rest],
      };
      findings.push(pairFinding(doc, pair, w.paragraph, w.start, w.end, attachPrefix(w.prefix, preferred)));
    }
  }
  return { findings, spans };
}

/** A word without the Arabic article before it, as typed (אל־חלים, אל-חלים → חלים). */
const bare = (word: string) => word.replace(/^(?:אל|א)[־-]/, '');

/**
 * A cluster's finding inside a writing `spans` compared whose fix only adds or drops the article (נאצר
 * → אל־נאצר of עבד אל נאצר beside עבדול נאצר): this pass explains it. A fix that respells the rest
 * (א־רחמן → א־רחמאן) is not explained.
 */
export function explainedBySpans(f: Finding, spans: AbdAlResult['spans']): boolean {
  return (
    spans.length > 0 &&
    isSpellingCluster(f) &&
    bare(f.text) === bare(f.suggestions[0]?.replacement ?? '') &&
    spans.some((s) => s.paragraph === f.paragraph && s.start <= f.start && f.end <= s.end)
  );
}

/**
 * A later pass's finding inside a writing this pass reported (אל נאצר of עבד אל נאצר, which
 * compounds.ts would space or join, when the fused עבדול נאצר is kept): the reported fix rewrites the
 * whole writing.
 */
export function insideReported(f: Finding, reported: readonly Finding[]): boolean {
  return (
    isSpellingCluster(f) &&
    reported.some((r) => f !== r && f.paragraph === r.paragraph && r.start <= f.start && f.end <= r.end)
  );
}
