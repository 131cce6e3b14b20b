import { describe, expect, it } from 'vitest';
import { findMatches, replaceEdits } from './find-replace';
import { applyStep, createReviewState } from './review-state';

const target = ['שתי עיירות – רסטן וטלביסה', 'הקרבות ברסטן נמשכו, ומרסטן יצאו', 'HTS and hts'];

describe('find and replace', () => {
  it('plain mode finds the text as typed, case-insensitive unless asked', () => {
    expect(findMatches(target, 'hts', { prefixAware: false, matchCase: false })).toHaveLength(2);
    expect(findMatches(target, 'hts', { prefixAware: false, matchCase: true })).toHaveLength(1);
  });

  it('name mode finds the word with any attached prefix', () => {
    const m = findMatches(target, 'רסטן', { prefixAware: true, matchCase: false });
    expect(m.map((x) => x.prefix)).toEqual(['', 'ב', 'ומ']);
  });

  it('name mode replaces keeping each prefix, as one edit list', () => {
    const options = { prefixAware: true, matchCase: false };
    const edits = replaceEdits(findMatches(target, 'רסטן', options), 'ראסטן', options);
    const s = applyStep(createReviewState([], target), { type: 'edit', edits });
    expect(s.target.slice(0, 2)).toEqual(['שתי עיירות – ראסטן וטלביסה', 'הקרבות בראסטן נמשכו, ומראסטן יצאו']);
  });

  it('name mode does not match inside a longer word', () => {
    expect(findMatches(['מרסטניה'], 'רסטן', { prefixAware: true, matchCase: false })).toEqual([]);
  });

  it('an empty query finds nothing', () => {
    expect(findMatches(target, '', { prefixAware: false, matchCase: false })).toEqual([]);
  });
});
