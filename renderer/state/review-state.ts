// The review document as immutable state (CodeMirror's EditorState idea, STYLE.md): the aligned text and
// the reviewer's decisions. It changes only through `applyStep`, which returns a new state; undo/redo,
// persistence and the findings worker all work from these snapshots.
import type { TextEdit } from '../../shared/model/finding';
import { mapAnchor, type CommentAnchor } from './anchors';

export type Side = 'source' | 'target';

export interface ReviewComment {
  readonly id: string;
  /** Where it is attached in the target; `end > start` for a span, equal for a whole-paragraph note. */
  readonly anchor: CommentAnchor;
  /** The quoted target text when the comment was made, shown even after the text changes. */
  readonly quote: string;
  readonly text: string;
  readonly resolved: boolean;
  /** The finding it was made on, if any. */
  readonly fingerprint?: string;
}

export interface ReviewState {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** "Ignore always in this document": fingerprints survive edits elsewhere (Finding.fingerprint). */
  readonly ignored: readonly string[];
  /** "Ignore once": this occurrence only, `fingerprint@paragraph`. */
  readonly ignoredOnce: readonly string[];
  readonly comments: readonly ReviewComment[];
  /** Reviewed marks per aligned row (index into target). */
  readonly reviewed: readonly boolean[];
}

export type Step =
  | { readonly type: 'edit'; readonly edits: readonly TextEdit[] }
  | { readonly type: 'ignore'; readonly fingerprint: string; readonly scope: 'always' | 'once' }
  | { readonly type: 'unignore'; readonly fingerprint: string }
  | { readonly type: 'add-comment'; readonly comment: ReviewComment }
  | { readonly type: 'resolve-comment'; readonly id: string; readonly resolved: boolean }
  | { readonly type: 'delete-comment'; readonly id: string }
  | { readonly type: 'set-reviewed'; readonly paragraph: number; readonly reviewed: boolean }
  | { readonly type: 'split'; readonly side: Side; readonly paragraph: number; readonly offset: number }
  | { readonly type: 'merge'; readonly side: Side; readonly paragraph: number }
  | { readonly type: 'restore-decisions'; readonly decisions: Decisions };

/** What the reviewer decided, kept with the document across sessions (see decisions-storage.ts). */
export type Decisions = Pick<ReviewState, 'ignored' | 'comments' | 'reviewed'>;

export function createReviewState(source: readonly string[], target: readonly string[]): ReviewState {
  return {
    source,
    target,
    ignored: [],
    ignoredOnce: [],
    comments: [],
    reviewed: target.map(() => false),
  };
}

export function applySteps(state: ReviewState, steps: readonly Step[]): ReviewState {
  return steps.reduce(applyStep, state);
}

export function applyStep(state: ReviewState, step: Step): ReviewState {
  switch (step.type) {
    case 'edit':
      return applyEdits(state, step.edits);
    case 'ignore':
      return step.scope === 'always'
        ? { ...state, ignored: addUnique(state.ignored, step.fingerprint) }
        : { ...state, ignoredOnce: addUnique(state.ignoredOnce, step.fingerprint) };
    case 'unignore':
      return {
        ...state,
        ignored: state.ignored.filter((f) => f !== step.fingerprint),
        ignoredOnce: state.ignoredOnce.filter((f) => f !== step.fingerprint),
      };
    case 'add-comment':
      return { ...state, comments: [...state.comments, step.comment] };
    case 'resolve-comment':
      return {
        ...state,
        comments: state.comments.map((c) => (c.id === step.id ? { ...c, resolved: step.resolved } : c)),
      };
    case 'delete-comment':
      return { ...state, comments: state.comments.filter((c) => c.id !== step.id) };
    case 'set-reviewed':
      return { ...state, reviewed: replaceAt(state.reviewed, step.paragraph, step.reviewed) };
    case 'split':
      return splitParagraph(state, step.side, step.paragraph, step.offset);
    case 'merge':
      return mergeParagraphs(state, step.side, step.paragraph);
    case 'restore-decisions':
      return {
        ...state,
        ignored: step.decisions.ignored,
        comments: step.decisions.comments.filter((c) => c.anchor.paragraph < state.target.length),
        reviewed: state.target.map((_, i) => step.decisions.reviewed[i] ?? false),
      };
  }
}

/** Applies target edits; several edits in one paragraph are applied from the end so offsets stay valid. */
function applyEdits(state: ReviewState, edits: readonly TextEdit[]): ReviewState {
  if (edits.length === 0) return state;
  const target = [...state.target];
  const sorted = [...edits].sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);
  let comments = state.comments;
  for (const edit of sorted) {
    const text = target[edit.paragraph];
    if (text === undefined || edit.start < 0 || edit.end > text.length || edit.start > edit.end) continue;
    target[edit.paragraph] = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    // No comments: keep the same (empty) list, so views and the saved decisions that depend on it
    // do not redo their work on every keystroke.
    if (comments.length > 0) comments = comments.map((c) => ({ ...c, anchor: mapAnchor(c.anchor, edit) }));
  }
  return { ...state, target, comments };
}

function splitParagraph(state: ReviewState, side: Side, paragraph: number, offset: number): ReviewState {
  const texts = state[side];
  const text = texts[paragraph];
  if (text === undefined || offset <= 0 || offset >= text.length) return state;
  const before = text.slice(0, offset).trimEnd();
  const after = text.slice(offset).trimStart();
  if (before === '' || after === '') return state;
  const next = [...texts.slice(0, paragraph), before, after, ...texts.slice(paragraph + 1)];
  if (side === 'source') return { ...state, source: next };
  return {
    ...state,
    target: next,
    reviewed: [...state.reviewed.slice(0, paragraph + 1), false, ...state.reviewed.slice(paragraph + 1)],
    comments: state.comments.map((c) => ({ ...c, anchor: shiftForSplit(c.anchor, paragraph, offset, text) })),
  };
}

function mergeParagraphs(state: ReviewState, side: Side, paragraph: number): ReviewState {
  const texts = state[side];
  const first = texts[paragraph];
  const second = texts[paragraph + 1];
  if (first === undefined || second === undefined) return state;
  const joined = `${first} ${second}`;
  const next = [...texts.slice(0, paragraph), joined, ...texts.slice(paragraph + 2)];
  if (side === 'source') return { ...state, source: next };
  const offset = first.length + 1;
  return {
    ...state,
    target: next,
    reviewed: [
      ...state.reviewed.slice(0, paragraph),
      (state.reviewed[paragraph] ?? false) && (state.reviewed[paragraph + 1] ?? false),
      ...state.reviewed.slice(paragraph + 2),
    ],
    comments: state.comments.map((c) => ({ ...c, anchor: shiftForMerge(c.anchor, paragraph, offset) })),
  };
}

function shiftForSplit(
  anchor: CommentAnchor,
  paragraph: number,
  offset: number,
  text: string,
): CommentAnchor {
  if (anchor.paragraph < paragraph) return anchor;
  if (anchor.paragraph > paragraph) return { ...anchor, paragraph: anchor.paragraph + 1 };
  if (anchor.start < offset) return { ...anchor, end: Math.min(anchor.end, offset) };
  // The second half loses the whitespace trimmed at its start.
  const removed = text.slice(offset).length - text.slice(offset).trimStart().length + offset;
  return {
    paragraph: paragraph + 1,
    start: Math.max(0, anchor.start - removed),
    end: Math.max(0, anchor.end - removed),
  };
}

function shiftForMerge(anchor: CommentAnchor, paragraph: number, offset: number): CommentAnchor {
  if (anchor.paragraph <= paragraph) return anchor;
  if (anchor.paragraph === paragraph + 1)
    return { paragraph, start: anchor.start + offset, end: anchor.end + offset };
  return { ...anchor, paragraph: anchor.paragraph - 1 };
}

function addUnique(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list : [...list, item];
}

function replaceAt<T>(list: readonly T[], index: number, value: T): readonly T[] {
  if (index < 0 || index >= list.length) return list;
  const next = [...list];
  next[index] = value;
  return next;
}

/** The key "ignore once" stores: this finding at this paragraph only. */
export function onceKey(fingerprint: string, paragraph: number): string {
  return `${fingerprint}@${paragraph}`;
}
