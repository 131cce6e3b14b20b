// Creating comments. Their text's language is unknown, so they are shown with dir="auto" (LESSONS 2).
import type { CommentAnchor } from './anchors';
import type { ReviewComment } from './review-state';

export function newComment(
  anchor: CommentAnchor,
  quote: string,
  text: string,
  fingerprint?: string,
): ReviewComment {
  const id = `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { id, anchor, quote, text, resolved: false, ...(fingerprint ? { fingerprint } : {}) };
}
