// What every export is built from: the aligned paragraphs (English source, the translation as it was
// delivered, the translation as reviewed) and the reviewer's comments. Paragraph i of each list is
// the same paragraph; `source` may be empty when no English was given.
import type { ReviewComment } from '../project/comment';

export interface ExportDocument {
  readonly source: readonly string[];
  readonly original: readonly string[];
  readonly current: readonly string[];
  readonly comments: readonly ReviewComment[];
  /** Who the tracked changes and comments are attributed to. */
  readonly author: string;
  /** ISO 8601 time of the review, written on every tracked change. */
  readonly date: string;
  /** A name for the document (the file it came from), used in XLIFF `original` and report titles. */
  readonly title: string;
}

export const SOURCE_LANGUAGE = 'en';
export const TARGET_LANGUAGE = 'he';
/** Hebrew complex-script font every Windows Word has (and Culmus' "David CLM" stands in for on Linux). */
export const HEBREW_FONT = 'David';
