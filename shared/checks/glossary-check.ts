// The glossary check (issue "The checking engine", check 3):
//   - a deprecated spelling in the target → error, fixed to the preferred spelling with the attached
//     prefix kept (וטלביסה → ותלביסה, ברסטן → בראסתן);
//   - a source term (English or alias) in the source paragraph whose preferred or admitted rendering is
//     missing from the target paragraph → warning, placed on the likeliest misspelling when there is one.
// Matching is prefix-aware and geresh/maqaf-tolerant through shared/hebrew (LESSONS.md 10); the glossary
// itself is the dictionary that gates prefix stripping (HEBREW.md §4).
import type { Finding } from '../model/finding';
import type { Glossary, GlossaryEntry } from '../glossary/model';
import { preferredTerm } from '../glossary/model';
import type { CheckContext, ParagraphCheck } from './types';
import { buildFinding } from './finding-builder';
import { englishWords, englishTermWords, type EnglishWord } from './matching/english-words';
import {
  findTerm,
  keyOf,
  matchWithReading,
  readingsAt,
  replacementFor,
  targetWords,
  termParts,
  type TargetWords,
  type TermMatch,
} from './matching/hebrew-terms';
import { closestRendering } from './matching/closest-rendering';

interface DeprecatedTerm {
  readonly entry: GlossaryEntry;
  readonly text: string;
  readonly parts: readonly string[];
  readonly preferred: string;
}

interface SourceForm {
  readonly entry: GlossaryEntry;
  readonly words: readonly string[];
  readonly exactCase: boolean;
}

export interface GlossaryIndex {
  readonly deprecatedByFirstPart: ReadonlyMap<string, readonly DeprecatedTerm[]>;
  /** Preferred and admitted renderings by first part: a word they explain is never a deprecated one. */
  readonly usableByFirstPart: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly sourceByFirstWord: ReadonlyMap<string, readonly SourceForm[]>;
  /** Per entry id: the preferred and admitted renderings as comparison parts. */
  readonly renderings: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly deprecatedOf: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * The last three letters of every deprecated term's first word, for a prefilter: prefixes change
   * the start of a word, never its end. Null when some first word is shorter than three letters.
   */
  readonly deprecatedTails: ReadonlySet<string> | null;
}

/** Geresh and gershayim in any typed form, ignored by the prefilter. */
const MARKS = /['"`\u2018\u2019\u201C\u201D\u05F3\u05F4]/gu;
const HAS_MARK = /['"`\u2018\u2019\u201C\u201D\u05F3\u05F4]/u;
const RAW_WORD = /[\u05D0-\u05EA'"`\u2018\u2019\u201C\u201D\u05F3\u05F4]+/gu;
const FINAL_TO_REGULAR: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** A word's last three letters, marks removed and the final letter regularised. */
function tailOf(word: string): string {
  const tail = (HAS_MARK.test(word) ? word.replace(MARKS, '') : word).slice(-3);
  const last = tail.at(-1);
  return last !== undefined && last in FINAL_TO_REGULAR ? tail.slice(0, -1) + FINAL_TO_REGULAR[last] : tail;
}

/**
 * Could any word of the raw paragraph be a deprecated spelling? Tokenizing is skipped for the (many)
 * paragraphs where no word ends like one. Niqqud inside a word hides it from this filter, so a
 * paragraph with niqqud always takes the full path.
 */
function mayHaveDeprecated(tails: ReadonlySet<string>, text: string): boolean {
  if (/[\u0591-\u05C7]/u.test(text)) return true;
  for (const m of text.matchAll(RAW_WORD)) if (tails.has(tailOf(m[0]))) return true;
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const indexes = new WeakMap<Glossary, GlossaryIndex>();

/** Built once per glossary object (glossaries are immutable values), then shared by every paragraph. */
export function glossaryIndex(glossary: Glossary): GlossaryIndex {
  const cached = indexes.get(glossary);
  if (cached) return cached;
  const usable = new Set<string>();
  for (const entry of glossary.entries)
    for (const term of entry.terms)
      if (term.status !== 'deprecated') usable.add(termParts(term.text).join(' '));
  const deprecatedByFirstPart = new Map<string, DeprecatedTerm[]>();
  const usableByFirstPart = new Map<string, string[][]>();
  const sourceByFirstWord = new Map<string, SourceForm[]>();
  const renderings = new Map<string, string[][]>();
  const deprecatedOf = new Map<string, string[][]>();
  for (const entry of glossary.entries) {
    const preferred = preferredTerm(entry);
    for (const term of entry.terms) {
      const parts = termParts(term.text);
      if (parts.length === 0) continue;
      if (term.status !== 'deprecated') {
        push(renderings, entry.id, parts);
        push(usableByFirstPart, parts[0] as string, parts);
        continue;
      }
      // A "deprecated" spelling that normalises to an accepted one differs only in geresh/maqaf form:
      // that is typography's business, not a glossary error.
      if (!preferred || usable.has(parts.join(' '))) continue;
      push(deprecatedOf, entry.id, parts);
      push(deprecatedByFirstPart, parts[0] as string, {
        entry,
        text: term.text,
        parts,
        preferred: preferred.text,
      });
    }
    for (const form of entry.source) {
      const { words, exactCase } = englishTermWords(form);
      if (words.length > 0)
        push(sourceByFirstWord, exactCase ? (words[0] as string) : (words[0] as string).toLowerCase(), {
          entry,
          words,
          exactCase,
        });
    }
  }
  const firstParts = [...deprecatedByFirstPart.keys()].map((key) => key.replace(MARKS, ''));
  const deprecatedTails = firstParts.every((key) => key.length >= 3) ? new Set(firstParts.map(tailOf)) : null;
  const index = {
    deprecatedByFirstPart,
    deprecatedTails,
    usableByFirstPart,
    sourceByFirstWord,
    renderings,
    deprecatedOf,
  };
  indexes.set(glossary, index);
  return index;
}

function explainedByUsable(index: GlossaryIndex, words: TargetWords, at: number, length: number): boolean {
  return readingsAt(words, at).some((reading) =>
    (index.usableByFirstPart.get(keyOf(reading.stem)) ?? []).some((parts) => {
      const match = matchWithReading(words, at, reading, parts);
      return match !== undefined && match.nextPart >= at + length;
    }),
  );
}

function deprecatedFindings(
  index: GlossaryIndex,
  words: TargetWords,
  paragraph: number,
  text: string,
): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < words.parts.length; i++) {
    if (index.deprecatedTails && !index.deprecatedTails.has(tailOf(words.parts[i]?.key ?? ''))) continue;
    let best: { match: TermMatch; term: DeprecatedTerm } | undefined;
    for (const reading of readingsAt(words, i)) {
      for (const term of index.deprecatedByFirstPart.get(keyOf(reading.stem)) ?? []) {
        const match = matchWithReading(words, i, reading, term.parts);
        if (match && (!best || term.parts.length > best.term.parts.length)) best = { match, term };
      }
    }
    if (!best) continue;
    const { match, term } = best;
    // בוואדי is ב + ואדי (vav doubled after a prefix), not the deprecated וואדי: a reading that gives an
    // accepted rendering wins over one that gives a deprecated spelling.
    if (explainedByUsable(index, words, i, term.parts.length)) continue;
    findings.push(
      buildFinding({
        check: 'glossary',
        severity: 'error',
        paragraph,
        paragraphText: text,
        start: match.start,
        end: match.end,
        key: 'glossary-deprecated',
        params: {
          found: text.slice(match.start, match.end),
          source: term.entry.source[0] ?? term.entry.id,
          preferred: term.preferred,
        },
        replacements: [replacementFor(match, term.preferred)],
      }),
    );
    i = match.nextPart - 1;
  }
  return findings;
}

function formAt(words: readonly EnglishWord[], at: number, form: SourceForm): boolean {
  return form.words.every((w, k) => {
    const word = words[at + k];
    if (word === undefined) return false;
    if (form.exactCase) return word.text === w;
    // The last English word may be plural (rockets, crossings): the glossary has the singular.
    const last = k === form.words.length - 1;
    return word.lower === w || (last && (word.lower === `${w}s` || word.lower === `${w}es`));
  });
}

/** The glossary entries the source paragraph mentions, each with its first mention. */
function mentionedEntries(
  index: GlossaryIndex,
  source: string,
): Map<GlossaryEntry, { start: number; end: number; text: string }> {
  const words = englishWords(source);
  const mentioned = new Map<GlossaryEntry, { start: number; end: number; text: string }>();
  words.forEach((word, at) => {
    const candidates = [
      ...(index.sourceByFirstWord.get(word.lower) ?? []),
      ...(word.text !== word.lower ? (index.sourceByFirstWord.get(word.text) ?? []) : []),
      // A one-word term in the plural (rockets → rocket, crossings → crossing).
      ...(/[^s]s$/u.test(word.lower)
        ? (index.sourceByFirstWord.get(word.lower.replace(/e?s$/u, '')) ?? [])
        : []),
      ...(/ses$/u.test(word.lower) ? (index.sourceByFirstWord.get(word.lower.slice(0, -1)) ?? []) : []),
    ];
    for (const form of candidates) {
      if (mentioned.has(form.entry) || !formAt(words, at, form)) continue;
      const end = (words[at + form.words.length - 1] as EnglishWord).end;
      mentioned.set(form.entry, { start: word.start, end, text: source.slice(word.start, end) });
    }
  });
  return mentioned;
}

function missingFindings(
  index: GlossaryIndex,
  words: TargetWords,
  paragraph: number,
  text: string,
  source: string,
): Finding[] {
  if (words.tokens.length === 0) return [];
  const findings: Finding[] = [];
  for (const [entry, sourceRange] of mentionedEntries(index, source)) {
    const renderings = index.renderings.get(entry.id) ?? [];
    const preferred = preferredTerm(entry);
    // Present in any inflection: the glossary cites the dictionary form (רקטה), the text says רקטות.
    if (!preferred || renderings.some((parts) => findTerm(words, parts, true))) continue;
    // Already reported as a deprecated spelling, or kept in Latin letters as the source wrote it (HTS).
    if ((index.deprecatedOf.get(entry.id) ?? []).some((parts) => findTerm(words, parts))) continue;
    if (entry.source.some((form) => text.includes(form))) continue;
    const closest = closestRendering(words, preferred.text);
    const at = closest ?? {
      start: (words.tokens[0] as { start: number }).start,
      end: (words.tokens[0] as { end: number }).end,
      replacement: undefined,
    };
    findings.push(
      buildFinding({
        check: 'glossary',
        severity: 'warning',
        paragraph,
        paragraphText: text,
        start: at.start,
        end: at.end,
        key: 'glossary-missing-term',
        params: { source: sourceRange.text, preferred: preferred.text },
        replacements: at.replacement !== undefined ? [at.replacement] : [],
        sourceRange,
      }),
    );
  }
  return findings;
}

function runParagraph(context: CheckContext, paragraph: number): Finding[] {
  if (context.glossary.entries.length === 0) return [];
  const text = context.document.target[paragraph]?.text ?? '';
  const index = glossaryIndex(context.glossary);
  const source = context.document.source[paragraph]?.text;
  if (!source && index.deprecatedTails && !mayHaveDeprecated(index.deprecatedTails, text)) return [];
  const words = targetWords(text);
  const findings = deprecatedFindings(index, words, paragraph, text);
  if (source) findings.push(...missingFindings(index, words, paragraph, text, source));
  return findings;
}

export const glossaryCheck: ParagraphCheck = {
  id: 'glossary',
  runParagraph,
  run: (context) => context.document.target.flatMap((_, i) => runParagraph(context, i)),
};
