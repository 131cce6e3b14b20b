// A range in one target paragraph that must follow the text as it is edited (comments on spans).
import type { TextEdit } from '../../shared/model/finding';

export interface CommentAnchor {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Maps a range through one edit: an edit after it leaves it alone, one before it shifts it, and one that
 * overlaps it stretches or shrinks it to cover what replaced the overlapped text.
 */
export function mapAnchor(anchor: CommentAnchor, edit: TextEdit): CommentAnchor {
  if (edit.paragraph !== anchor.paragraph || edit.start >= anchor.end) return anchor;
  const delta = edit.replacement.length - (edit.end - edit.start);
  if (edit.end <= anchor.start) return { ...anchor, start: anchor.start + delta, end: anchor.end + delta };
  const start = Math.min(anchor.start, edit.start);
  const end = anchor.end > edit.end ? anchor.end + delta : edit.start + edit.replacement.length;
  return { paragraph: anchor.paragraph, start, end: Math.max(start, end) };
}
