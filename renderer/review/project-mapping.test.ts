// The editor's state saved as a project and opened again is the same state.
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../shared/project/project-codec';
import { createReviewState, type ReviewState } from '../state/review-state';
import { projectFromState, stateFromProject } from './project-mapping';

const state: ReviewState = {
  ...createReviewState(['Rastan fell.', 'HTS left.'], ['ראסטן נפלה.', 'חייאת תחריר\u200F יצאו.']),
  ignored: ['typography:1'],
  ignoredOnce: ['numbers:7@0'],
  comments: [
    {
      id: 'c1',
      anchor: { paragraph: 1, start: 0, end: 5 },
      quote: 'חייאת',
      text: 'לפי המילון',
      resolved: true,
      fingerprint: 'name-variants:2',
    },
  ],
  reviewed: [false, true],
};
const origin = {
  sourceName: 'article.en.txt',
  targetName: 'article.he.txt',
  original: ['רסטן נפלה.', 'חיית תחריר יצאו.'],
  glossaries: ['names.tbx'],
  commentTimes: { c1: '2026-11-20T08:00:00Z' },
};

describe('project mapping', () => {
  it('round-trips the state, the original and the names through a .nusach file', () => {
    const project = projectFromState(origin, state, 'Dana', '2026-11-25T12:00:00Z');
    const read = parseProject(serializeProject(project));
    if (!read.ok) throw new Error(read.error.code);
    const opened = stateFromProject(read.value);
    expect(opened.origin).toEqual(origin);
    expect(opened.source).toEqual(state.source);
    expect(opened.target).toEqual(state.target);
    expect(opened.decisions).toEqual({
      ignored: state.ignored,
      comments: state.comments,
      reviewed: state.reviewed,
    });
    expect(opened.ignoredOnce).toEqual(state.ignoredOnce);
    // A comment keeps the time it was first written, not the time of the latest save.
    expect(read.value.comments[0]).toMatchObject({
      paragraph: 1,
      start: 0,
      end: 5,
      author: 'Dana',
      createdAt: '2026-11-20T08:00:00Z',
    });
  });
});
