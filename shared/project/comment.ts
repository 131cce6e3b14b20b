// A reviewer's comment on the translation: anchored to a target paragraph (and, when the reviewer
// selected text, a range in it), exported as a Word comment, an XLIFF note and a report decision.
export interface ReviewComment {
  readonly id: string;
  /** Index of the target paragraph. */
  readonly paragraph: number;
  /** UTF-16 offsets in that paragraph of CURRENT; equal when the comment is on the whole paragraph. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly author: string;
  /** ISO 8601. */
  readonly createdAt: string;
  /** The finding this comment answers, when it was written from one. */
  readonly fingerprint?: string;
  /** The target text the comment was made on, kept as it was then. */
  readonly quote?: string;
  readonly resolved?: boolean;
}
