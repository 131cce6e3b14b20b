// Word diff of one aligned paragraph: ORIGINAL translation against CURRENT (LESSONS.md 7).
//
// Tokens come from Intl.Segmenter('he', word granularity), which keeps a Hebrew word together with
// its clitic prefixes (ברסטן is one token), keeps niqqud and gershayim inside the word (צה"ל), and
// makes every punctuation mark and every run of spaces a token of its own. Changing רסטן to ראסטן
// inside ברסטן is therefore ONE change of one whole word, ברסטן → בראסטן: we show the word the reader
// sees rather than a stem, because a prefix-stripped stem is not a unit anyone reads or reverts.
//
// We run jsdiff's `diffArrays` over those tokens rather than `diffWords`: `diffWords` hides whitespace
// changes (jsdiff #402) and its change objects do not rebuild the original text exactly, while
// tracked changes and "revert this change" need ORIGINAL and CURRENT rebuilt byte for byte — bidi
// controls included (LESSONS.md 9). One paragraph at a time, bounded by maxEditLength and a timeout:
// whole-document diffs blow up (see the timings in LESSONS.md).
import { diffArrays } from 'diff';
import { isNiqqudCode } from '../hebrew/letters';
import { segmentWords } from './segmenter';

export interface DiffOptions {
  /** Treat words that differ only in niqqud and cantillation as equal (HEBREW.md §5). */
  readonly ignoreNiqqud?: boolean;
}

/** One change: a run of ORIGINAL text replaced by a run of CURRENT text (either may be empty). */
export interface DiffChange {
  /** [originalStart, originalEnd) in ORIGINAL, [currentStart, currentEnd) in CURRENT (UTF-16). */
  readonly originalStart: number;
  readonly originalEnd: number;
  readonly currentStart: number;
  readonly currentEnd: number;
  readonly deleted: string;
  readonly inserted: string;
}

export type DiffPart =
  | { readonly kind: 'equal'; readonly text: string }
  | { readonly kind: 'delete'; readonly text: string; readonly change: number }
  | { readonly kind: 'insert'; readonly text: string; readonly change: number };

export interface ParagraphDiff {
  /**
   * In reading order; concatenating equal+insert gives CURRENT and equal+delete gives ORIGINAL (with
   * `ignoreNiqqud`, equal parts carry CURRENT's pointing).
   */
  readonly parts: readonly DiffPart[];
  readonly changes: readonly DiffChange[];
  readonly insertions: number;
  readonly deletions: number;
  /** True when the edit was too large to diff word by word in time: one change covers it all. */
  readonly approximate: boolean;
}

// A paragraph of a news article is a few hundred words; beyond this many edits a word diff is noise.
const MAX_EDIT_LENGTH = 2000;
const TIMEOUT_MS = 250;

function withoutNiqqud(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) if (!isNiqqudCode(token.charCodeAt(i))) out += token[i];
  return out;
}

function isSpace(token: string): boolean {
  return token.trim() === '' && token !== '';
}

/** A run of tokens: equal on both sides, or an edit (either side may be empty). */
interface RawPart {
  kind: 'equal' | 'edit';
  original: string;
  current: string;
}

/** jsdiff's token runs, with ORIGINAL's and CURRENT's own text even where a comparator matched them. */
function tokenRuns(
  original: readonly string[],
  current: readonly string[],
  options: DiffOptions,
): RawPart[] | undefined {
  const comparator = options.ignoreNiqqud
    ? (a: string, b: string) => withoutNiqqud(a) === withoutNiqqud(b)
    : undefined;
  const runs = diffArrays([...original], [...current], {
    maxEditLength: MAX_EDIT_LENGTH,
    timeout: TIMEOUT_MS,
    ...(comparator ? { comparator } : {}),
  });
  if (!runs) return undefined;
  const parts: RawPart[] = [];
  let o = 0;
  let c = 0;
  for (const run of runs) {
    const count = run.value.length;
    if (run.removed) {
      parts.push({ kind: 'edit', original: original.slice(o, o + count).join(''), current: '' });
      o += count;
    } else if (run.added) {
      parts.push({ kind: 'edit', original: '', current: current.slice(c, c + count).join('') });
      c += count;
    } else {
      parts.push({
        kind: 'equal',
        original: original.slice(o, o + count).join(''),
        current: current.slice(c, c + count).join(''),
      });
      o += count;
      c += count;
    }
  }
  return parts;
}

/**
 * A lone space kept between two edits would split one replaced phrase into many small changes
 * ("-a +x ␣ -b +y"); fold it into the change so the reader sees "-a b +x y".
 */
function foldSpacesBetweenEdits(parts: RawPart[]): RawPart[] {
  return parts.map((part, i) => {
    const before = parts[i - 1];
    const after = parts[i + 1];
    if (part.kind !== 'equal' || !before || !after) return part;
    if (
      before.kind === 'equal' ||
      after.kind === 'equal' ||
      !isSpace(part.original) ||
      !isSpace(part.current)
    )
      return part;
    return { kind: 'edit', original: part.original, current: part.current };
  });
}

/** The whole paragraph as one change, less the words both sides share at their ends. */
function wholeChange(original: readonly string[], current: readonly string[]): RawPart[] {
  let head = 0;
  while (head < original.length && head < current.length && original[head] === current[head]) head++;
  let tail = 0;
  while (
    tail < original.length - head &&
    tail < current.length - head &&
    original[original.length - 1 - tail] === current[current.length - 1 - tail]
  )
    tail++;
  const join = (tokens: readonly string[], from: number, to: number) => tokens.slice(from, to).join('');
  return [
    { kind: 'equal', original: join(original, 0, head), current: join(current, 0, head) },
    {
      kind: 'edit',
      original: join(original, head, original.length - tail),
      current: join(current, head, current.length - tail),
    },
    {
      kind: 'equal',
      original: join(original, original.length - tail, original.length),
      current: join(current, current.length - tail, current.length),
    },
  ];
}

/** Groups consecutive non-equal runs into changes: deleted text first, then inserted (as Word shows). */
function toParagraphDiff(raw: RawPart[], approximate: boolean): ParagraphDiff {
  const parts: DiffPart[] = [];
  const changes: DiffChange[] = [];
  let o = 0;
  let c = 0;
  let i = 0;
  while (i < raw.length) {
    const part = raw[i] as RawPart;
    if (part.kind === 'equal') {
      if (part.current !== '') parts.push({ kind: 'equal', text: part.current });
      o += part.original.length;
      c += part.current.length;
      i++;
      continue;
    }
    let deleted = '';
    let inserted = '';
    while (i < raw.length && (raw[i] as RawPart).kind !== 'equal') {
      deleted += (raw[i] as RawPart).original;
      inserted += (raw[i] as RawPart).current;
      i++;
    }
    if (deleted === '' && inserted === '') continue;
    const index = changes.length;
    changes.push({
      originalStart: o,
      originalEnd: o + deleted.length,
      currentStart: c,
      currentEnd: c + inserted.length,
      deleted,
      inserted,
    });
    if (deleted !== '') parts.push({ kind: 'delete', text: deleted, change: index });
    if (inserted !== '') parts.push({ kind: 'insert', text: inserted, change: index });
    o += deleted.length;
    c += inserted.length;
  }
  return {
    parts,
    changes,
    insertions: changes.filter((change) => change.inserted !== '').length,
    deletions: changes.filter((change) => change.deleted !== '').length,
    approximate,
  };
}

export function diffParagraph(original: string, current: string, options: DiffOptions = {}): ParagraphDiff {
  if (original === current) return toParagraphDiff([{ kind: 'equal', original, current }], false);
  const originalTokens = segmentWords(original);
  const currentTokens = segmentWords(current);
  const runs = tokenRuns(originalTokens, currentTokens, options);
  if (!runs) return toParagraphDiff(wholeChange(originalTokens, currentTokens), true);
  return toParagraphDiff(foldSpacesBetweenEdits(runs), false);
}

/** CURRENT with one change undone: its inserted text replaced by the text it deleted. */
export function revertChange(current: string, change: DiffChange): string {
  return current.slice(0, change.currentStart) + change.deleted + current.slice(change.currentEnd);
}
