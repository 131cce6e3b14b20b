import { describe, expect, it } from 'vitest';
import { applyStep, createReviewState, type ReviewComment } from './review-state';
import { createHistory, dispatch, redo, undo } from './history';

const base = () => createReviewState(['One.', 'Two. Three.'], ['אחת.', 'שתיים. שלוש.']);
const comment = (paragraph: number, start: number, end: number): ReviewComment => ({
  id: 'c1',
  anchor: { paragraph, start, end },
  quote: 'x',
  text: 'note',
  resolved: false,
});

describe('review state transactions', () => {
  it('applies several edits in one paragraph from the end so offsets stay valid', () => {
    const s = applyStep(base(), {
      type: 'edit',
      edits: [
        { paragraph: 1, start: 0, end: 5, replacement: 'שתים' },
        { paragraph: 1, start: 7, end: 11, replacement: 'שלש' },
      ],
    });
    expect(s.target).toEqual(['אחת.', 'שתים. שלש.']);
  });

  it('leaves the previous state untouched (immutability)', () => {
    const before = base();
    applyStep(before, { type: 'edit', edits: [{ paragraph: 0, start: 0, end: 3, replacement: 'X' }] });
    expect(before.target[0]).toBe('אחת.');
  });

  it('ignores an edit whose range is outside the paragraph', () => {
    const before = base();
    const s = applyStep(before, {
      type: 'edit',
      edits: [{ paragraph: 0, start: 2, end: 99, replacement: 'X' }],
    });
    expect(s.target).toEqual(before.target);
  });

  it('moves a comment with the text edited before it', () => {
    let s = applyStep(base(), { type: 'add-comment', comment: comment(1, 7, 11) });
    s = applyStep(s, { type: 'edit', edits: [{ paragraph: 1, start: 0, end: 0, replacement: 'אז ' }] });
    expect(s.comments[0]?.anchor).toEqual({ paragraph: 1, start: 10, end: 14 });
  });

  it('splits a target paragraph, keeping reviewed marks and comments on their rows', () => {
    let s = applyStep(base(), { type: 'set-reviewed', paragraph: 1, reviewed: true });
    s = applyStep(s, { type: 'add-comment', comment: comment(1, 7, 11) });
    s = applyStep(s, { type: 'split', side: 'target', paragraph: 1, offset: 6 });
    expect(s.target).toEqual(['אחת.', 'שתיים.', 'שלוש.']);
    expect(s.reviewed).toEqual([false, true, false]);
    expect(s.comments[0]?.anchor).toEqual({ paragraph: 2, start: 0, end: 4 });
  });

  it('merges two source paragraphs and leaves the target alone', () => {
    const s = applyStep(base(), { type: 'merge', side: 'source', paragraph: 0 });
    expect(s.source).toEqual(['One. Two. Three.']);
    expect(s.target).toHaveLength(2);
  });

  it('merge then split at the join restores the text', () => {
    const merged = applyStep(base(), { type: 'merge', side: 'target', paragraph: 0 });
    expect(merged.target).toEqual(['אחת. שתיים. שלוש.']);
    const split = applyStep(merged, { type: 'split', side: 'target', paragraph: 0, offset: 4 });
    expect(split.target).toEqual(base().target);
  });

  it('refuses a split that would leave an empty paragraph', () => {
    const s = base();
    expect(applyStep(s, { type: 'split', side: 'target', paragraph: 0, offset: 0 })).toBe(s);
  });

  it('records ignore-always once per fingerprint', () => {
    let s = applyStep(base(), { type: 'ignore', fingerprint: 'f', scope: 'always' });
    s = applyStep(s, { type: 'ignore', fingerprint: 'f', scope: 'always' });
    expect(s.ignored).toEqual(['f']);
    expect(applyStep(s, { type: 'unignore', fingerprint: 'f' }).ignored).toEqual([]);
  });
});

describe('undo history', () => {
  const edit = (p: number, text: string) => ({
    type: 'edit' as const,
    edits: [{ paragraph: p, start: 0, end: 0, replacement: text }],
  });

  it('undoes a bulk fix across paragraphs as one step and redoes it', () => {
    const h0 = createHistory(base());
    const h1 = dispatch(h0, { steps: [edit(0, 'א'), edit(1, 'ב')], time: 1 });
    expect(h1.present.target).toEqual(['אאחת.', 'בשתיים. שלוש.']);
    const h2 = undo(h1);
    expect(h2.present.target).toEqual(base().target);
    expect(redo(h2).present.target).toEqual(h1.present.target);
  });

  it('joins typing in one paragraph within the window, not across paragraphs or pauses', () => {
    let h = createHistory(base());
    h = dispatch(h, { steps: [edit(0, 'a')], joinKey: 'type:0', time: 1000 });
    h = dispatch(h, { steps: [edit(0, 'b')], joinKey: 'type:0', time: 1200 });
    expect(h.done).toHaveLength(1);
    h = dispatch(h, { steps: [edit(1, 'c')], joinKey: 'type:1', time: 1300 });
    expect(h.done).toHaveLength(2);
    h = dispatch(h, { steps: [edit(1, 'd')], joinKey: 'type:1', time: 5000 });
    expect(h.done).toHaveLength(3);
    expect(undo(undo(h)).present.target).toEqual(['baאחת.', 'שתיים. שלוש.']);
  });

  it('a new transaction clears redo', () => {
    let h = dispatch(createHistory(base()), { steps: [edit(0, 'a')], time: 1 });
    h = undo(h);
    h = dispatch(h, { steps: [edit(1, 'b')], time: 2 });
    expect(h.undone).toHaveLength(0);
  });

  it('a transaction that changes nothing adds no step', () => {
    const h = createHistory(base());
    expect(dispatch(h, { steps: [{ type: 'merge', side: 'target', paragraph: 5 }], time: 1 })).toBe(h);
  });
});
