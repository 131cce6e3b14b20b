// Glossary hits in Hebrew text, for the editor's tooltip and the glossary view: every place a term of
// the glossary (preferred, admitted or deprecated) occurs, prefix-aware and tolerant of geresh/maqaf
// typography. The matching itself is the engine's (shared/checks/matching/hebrew-terms, built on
// shared/hebrew), so a word the glossary check flags and a word the tooltip explains are found by one
// implementation. A hit reached only by taking a prefix off is labelled "probable" (LESSONS.md 10:
// בחלב is "in Aleppo" or "in milk").
import { regularizeFinals } from '../hebrew/letters';
import {
  matchWithReading,
  readingsAt,
  targetWords,
  termParts,
  type TermMatch,
} from '../checks/matching/hebrew-terms';
import type { Glossary, GlossaryEntry, HebrewTerm } from './model';

export interface GlossaryHit {
  /** UTF-16 range in the text, the attached prefix included. */
  readonly start: number;
  readonly end: number;
  readonly entry: GlossaryEntry;
  readonly term: HebrewTerm;
  /** The prefix as typed ('' when none). */
  readonly prefix: string;
  /** Found only after taking a prefix off: likely, not certain. */
  readonly probable: boolean;
}

interface Candidate {
  readonly entry: GlossaryEntry;
  readonly term: HebrewTerm;
  readonly parts: readonly string[];
}

export interface TermIndex {
  readonly byFirstPart: ReadonlyMap<string, readonly Candidate[]>;
}

const indexes = new WeakMap<Glossary, TermIndex>();

/** Terms by their first comparison part; built once per glossary value (glossaries are immutable). */
export function termIndex(glossary: Glossary): TermIndex {
  const cached = indexes.get(glossary);
  if (cached) return cached;
  const byFirstPart = new Map<string, Candidate[]>();
  for (const entry of glossary.entries) {
    for (const term of entry.terms) {
      const parts = termParts(term.text);
      const first = parts[0];
      if (first === undefined) continue;
      const list = byFirstPart.get(first) ?? [];
      list.push({ entry, term, parts });
      byFirstPart.set(first, list);
    }
  }
  const index = { byFirstPart };
  indexes.set(glossary, index);
  return index;
}

/**
 * All hits in `text`, left to right. At each word the longest term wins (אל-קאעידה before a one-word
 * term inside it); terms of the same length from several entries all count. Hits never overlap.
 */
export function findGlossaryHits(glossary: Glossary, text: string): GlossaryHit[] {
  const index = termIndex(glossary);
  const words = targetWords(text);
  const hits: GlossaryHit[] = [];
  for (let i = 0; i < words.parts.length;) {
    let best: { match: TermMatch; candidate: Candidate }[] = [];
    for (const reading of readingsAt(words, i)) {
      for (const candidate of index.byFirstPart.get(regularizeFinals(reading.stem)) ?? []) {
        const match = matchWithReading(words, i, reading, candidate.parts);
        if (!match) continue;
        const current = best[0]?.match;
        // Longer wins; at equal length the reading with less prefix taken off wins (a name that starts
        // with a prefix letter, such as ביירות or לבנון, is read whole).
        if (
          !current ||
          match.nextPart > current.nextPart ||
          (match.nextPart === current.nextPart && match.reading.prefix.length < current.reading.prefix.length)
        )
          best = [{ match, candidate }];
        else if (match.nextPart === current.nextPart && match.reading.prefix === current.reading.prefix)
          best.push({ match, candidate });
      }
    }
    const first = best[0];
    if (!first) {
      i++;
      continue;
    }
    for (const { match, candidate } of best) {
      hits.push({
        start: match.start,
        end: match.end,
        entry: candidate.entry,
        term: candidate.term,
        prefix: match.prefix,
        probable: match.reading.prefix !== '',
      });
    }
    i = first.match.nextPart;
  }
  return hits;
}

/** The hits under a caret position (inclusive of both ends, so a caret right after a word counts). */
export function hitsAt(hits: readonly GlossaryHit[], offset: number): GlossaryHit[] {
  return hits.filter((h) => h.start <= offset && offset <= h.end);
}
