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
  return {
    paragraphs,
    changes: paragraphs.reduce((sum, p) => sum + p.changes.length, 0),
    insertions: paragraphs.reduce((sum, p) => sum + p.insertions, 0),
    deletions: paragraphs.reduce((sum, p) => sum + p.deletions, 0),
    changedParagraphs: paragraphs.flatMap((p, i) => (p.changes.length > 0 ? [i] : [])),
  };
}
