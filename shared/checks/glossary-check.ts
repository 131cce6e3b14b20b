// The glossary check (issue "The checking engine", check 3):
//   - a deprecated spelling in the target → error, fixed to the preferred spelling with the attached
//     prefix kept (וטלביסה → ותלביסה, ברסטן → בראסתן);
//   - a source term (English or alias) in the source paragraph whose preferred or admitted rendering is
//     missing from the target paragraph → warning, placed on the likeliest misspelling when there is one.
// Matching is prefix-aware and geresh/maqaf-tolerant through shared/hebrew (LESSONS.md 10); the glossary
// itself is the dictionary that gates prefix stripping (HEBREW.md §4).
import type { Finding } from '../model/finding';
import type { GlossaryEntry } from '../glossary/model';
import { preferredTerm } from '../glossary/model';
import type { CheckContext, ParagraphCheck } from './types';
import { buildFinding } from './finding-builder';
import { englishWords, type EnglishWord } from './matching/english-words';
import {
  findTerm,
  firstPartOf,
  keyOf,
  matchWithReading,
  readingsAt,
  replacementFor,
  targetWordsOf,
  type TargetWords,
  type TermMatch,
} from './matching/hebrew-terms';
import { closestRendering } from './matching/closest-rendering';
import {
  glossaryIndex,
  type DeprecatedTerm,
  type GlossaryIndex,
  type SourceForm,
} from './glossary-check/glossary-index';
import { visitPlainWordsWithTail } from './glossary-check/word-tails';
import { deprecatedStarts, deprecatedStartsAt, type TermStart } from './glossary-check/term-starts';
import { tokenize, tokensFrom, type Token } from '../hebrew/tokenize';

function explainedByUsable(index: GlossaryIndex, words: TargetWords, at: number, length: number): boolean {
  return readingsAt(words, at).some((reading) =>
    (index.usableByFirstPart.get(keyOf(reading.stem)) ?? []).some((parts) => {
      const match = matchWithReading(words, at, reading, parts);
      return match !== undefined && match.nextPart >= at + length;
    }),
  );
}

/** A word that could begin a deprecated term, by its offset, with the (reading, term) pairs it could begin. */
interface Hit {
  readonly start: number;
  readonly starts: readonly TermStart[];
}

/** The tokens that could begin a deprecated term (looked up once per token, memoised per word). */
function tokenHits(index: GlossaryIndex, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (const token of tokens) {
    const starts = deprecatedStarts(index, firstPartOf(token));
    if (starts.length > 0) hits.push({ start: token.start, starts });
  }
  return hits;
}

/** The deprecated-term finding starting at part `at` of `words` with one of `starts`, and where it ends. */
function findingAt(
  index: GlossaryIndex,
  words: TargetWords,
  at: number,
  starts: readonly TermStart[],
  paragraph: number,
  text: string,
): { readonly finding: Finding; readonly match: TermMatch } | undefined {
  let best: { match: TermMatch; term: DeprecatedTerm } | undefined;
  for (const { reading, term } of starts) {
    const match = matchWithReading(words, at, reading, term.parts);
    if (match && (!best || term.parts.length > best.term.parts.length)) best = { match, term };
  }
  if (!best) return undefined;
  const { match, term } = best;
  // בוואדי is ב + ואדי (vav doubled after a prefix), not the deprecated וואדי: a reading that gives an
  // accepted rendering wins over one that gives a deprecated spelling.
  if (explainedByUsable(index, words, at, term.parts.length)) return undefined;
  const finding = buildFinding({
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
  });
  return { finding, match };
}

/**
 * The deprecated terms found at the hits, in order. A term has at most `longestTerm` parts and a token at
 * least one, so only that many tokens from each hit are read, not the paragraph. A hit inside the
 * previous match is not looked at again.
 */
function deprecatedFindings(
  index: GlossaryIndex,
  hits: readonly Hit[],
  paragraph: number,
  text: string,
): Finding[] {
  const findings: Finding[] = [];
  let matchedUntil = 0;
  for (const { start, starts } of hits) {
    if (start < matchedUntil) continue;
    const words = targetWordsOf(tokensFrom(text, start, index.longestTerm));
    const found = findingAt(index, words, 0, starts, paragraph, text);
    if (!found) continue;
    findings.push(found.finding);
    matchedUntil = found.match.end;
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
      // A one-word term in the plural: hostages → hostage, crossings → crossing, churches → church.
      ...(/[^s]s$/u.test(word.lower) ? (index.sourceByFirstWord.get(word.lower.slice(0, -1)) ?? []) : []),
      ...(/(?:s|x|z|ch|sh)es$/u.test(word.lower)
        ? (index.sourceByFirstWord.get(word.lower.slice(0, -2)) ?? [])
        : []),
    ];
    for (const form of candidates) {
      if (mentioned.has(form.entry) || !formAt(words, at, form)) continue;
      const end = (words[at + form.words.length - 1] as EnglishWord).end;
      mentioned.set(form.entry, { start: word.start, end, text: source.slice(word.start, end) });
    }
  });
  return mentioned;
}

function wordCount(text: string): number {
  return text.split(/[\s-]+/u).filter(Boolean).length;
}

/** The source mentions the entry by fewer words than its longest English form. */
function isShortMention(entry: GlossaryEntry, mention: string): boolean {
  return wordCount(mention) < Math.max(...entry.source.map(wordCount));
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
    // A short form of the name ("Assad" for "Bashar al-Assad") is rendered short too: its last word.
    if (
      isShortMention(entry, sourceRange.text) &&
      renderings.some((parts) => parts.length > 1 && findTerm(words, parts.slice(-1), true))
    )
      continue;
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
  // Without a source, only a word that could begin a deprecated term matters. When each word that
  // could is a plain word (most paragraphs), it is looked up directly in the memo and the paragraph is
  // never tokenized; only the words after a hit are read.
  if (!source && index.deprecatedTails) {
    const hits: Hit[] = [];
    const plainOnly = visitPlainWordsWithTail(index.deprecatedTails, text, (start, end) => {
      const starts = deprecatedStartsAt(index, text, start, end);
      if (starts.length > 0) hits.push({ start, starts });
      return true;
    });
    if (plainOnly) return deprecatedFindings(index, hits, paragraph, text);
  }
  const tokens = tokenize(text);
  const findings = deprecatedFindings(index, tokenHits(index, tokens), paragraph, text);
  if (source) findings.push(...missingFindings(index, targetWordsOf(tokens), paragraph, text, source));
  return findings;
}

export const glossaryCheck: ParagraphCheck = {
  id: 'glossary',
  runParagraph,
  run: (context) => context.document.target.flatMap((_, i) => runParagraph(context, i)),
};
