// Which deprecated glossary terms a word could begin, remembered per distinct word: a million-word
// document has only thousands of distinct words, so the prefix readings of each and their lookups in
// the glossary are done once per word, not once per occurrence.
import { prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
import { keyOf } from '../matching/hebrew-terms';
import type { DeprecatedTerm, GlossaryIndex } from './glossary-index';
import { hasTail } from './word-tails';
import { rememberedPerKey } from '../../memo/remembered';
import { rememberedPerRange } from '../../memo/remembered-range';

/** A deprecated term whose first part is the stem of one prefix reading of a word. */
export interface TermStart {
  readonly reading: PrefixReading;
  readonly term: DeprecatedTerm;
}

const NONE: readonly TermStart[] = [];

/** Enough for every distinct word of a long document; cleared past it so memory stays bounded. */
const MAX_WORDS = 200_000;

/** Per glossary index, its answers per word (shared/memo/remembered.ts). */
const memos = new WeakMap<GlossaryIndex, (norm: string) => readonly TermStart[]>();

function compute(index: GlossaryIndex, norm: string): readonly TermStart[] {
  let starts: TermStart[] | undefined;
  for (const reading of prefixReadings(norm))
    for (const term of index.deprecatedByFirstPart.get(keyOf(reading.stem)) ?? [])
      (starts ??= []).push({ reading, term });
  return starts ?? NONE;
}

/**
 * The (reading, term) pairs that could start at a word whose first part is `norm`, in the order of its
 * prefix readings and then of the glossary.
 */
export function deprecatedStarts(index: GlossaryIndex, norm: string): readonly TermStart[] {
  // The tail prefilter (word-tails.ts) is part of the rule: a word whose ending no deprecated first
  // part has starts none. Tested first: it hashes no string and rules out most words.
  if (index.deprecatedTails && !hasTail(index.deprecatedTails, norm)) return NONE;
  let startsOf = memos.get(index);
  if (!startsOf) memos.set(index, (startsOf = rememberedPerKey(MAX_WORDS, (word) => compute(index, word))));
  return startsOf(norm);
}

/** Per glossary index, deprecatedStarts per word read in place (shared/memo/remembered-range.ts). */
const rangeMemos = new WeakMap<
  GlossaryIndex,
  (text: string, start: number, end: number) => readonly TermStart[]
>();

/**
 * deprecatedStarts of the plain word text[start, end) (Hebrew letters only, its own comparison form),
 * without cutting it out of the paragraph: the scan of a long document asks about every word whose
 * ending a deprecated term's has.
 */
export function deprecatedStartsAt(
  index: GlossaryIndex,
  text: string,
  start: number,
  end: number,
): readonly TermStart[] {
  let startsAt = rangeMemos.get(index);
  if (!startsAt)
    rangeMemos.set(
      index,
      (startsAt = rememberedPerRange(MAX_WORDS, (word) => deprecatedStarts(index, word))),
    );
  return startsAt(text, start, end);
}
