// The whole document's diff: one paragraph at a time, paired by index (the translation is revised in
// place, so paragraph i of ORIGINAL is paragraph i of CURRENT), with counts for the document.
import { diffParagraph, type DiffOptions, type ParagraphDiff } from './word-diff';

export interface DocumentDiff {
  readonly paragraphs: readonly ParagraphDiff[];
  readonly changes: number;
  readonly insertions: number;
  readonly deletions: number;
  /** Indexes of the paragraphs with at least one change. */
  readonly changedParagraphs: readonly number[];
}

/** Paragraphs present on one side only diff against the empty string: wholly inserted or deleted. */
export function diffDocument(
  original: readonly string[],
  current: readonly string[],
  options: DiffOptions = {},
): DocumentDiff {
  const count = Math.max(original.length, current.length);
  const paragraphs: ParagraphDiff[] = [];
  for (let i = 0; i < count; i++)
    paragraphs.push(diffParagraph(original[i] ?? '', current[i] ?? '', options));
  return summarizeDiffs(paragraphs);
}

function summarizeDiffs(paragraphs: readonly ParagraphDiff[]): DocumentDiff {
  return {
    paragraphs,
    changes: paragraphs.reduce((sum, p) => sum + p.changes.length, 0),
    insertions: paragraphs.reduce((sum, p) => sum + p.insertions, 0),
    deletions: paragraphs.reduce((sum, p) => sum + p.deletions, 0),
    changedParagraphs: paragraphs.flatMap((p, i) => (p.changes.length > 0 ? [i] : [])),
  };
}

/**
 * diffDocument for a view that re-diffs after every keystroke: a paragraph whose ORIGINAL and CURRENT
 * are the same strings as last time reuses its diff, so an edit costs one paragraph's diff, not all.
 */
export function createDocumentDiffer(options: DiffOptions = {}) {
  let cache: { original: string; current: string; diff: ParagraphDiff }[] = [];
  return (original: readonly string[], current: readonly string[]): DocumentDiff => {
    const count = Math.max(original.length, current.length);
    const next: typeof cache = [];
    for (let i = 0; i < count; i++) {
      const o = original[i] ?? '';
      const c = current[i] ?? '';
      const hit = cache[i];
      next.push(
        hit && hit.original === o && hit.current === c
          ? hit
          : { original: o, current: c, diff: diffParagraph(o, c, options) },
      );
    }
    cache = next;
    return summarizeDiffs(next.map((entry) => entry.diff));
  };
}
