import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { clustersOf, resolveClusterEdits } from './clusters';
import { applyStep, createReviewState } from './review-state';

const target = ['כבשה את רסטן וטלביסה', 'הקרבות בראסטן נמשכו', 'מרסטן יצאו לוחמים'];

// The engine flags the deviant spelling only; the cluster still counts and rewrites every occurrence.
const flagged: Finding = {
  check: 'name-variants',
  severity: 'warning',
  paragraph: 1,
  start: 7,
  end: 13,
  text: 'בראסטן',
  message: { key: 'findings:name-variant', params: { found: 'ראסטן', preferred: 'רסטן' } },
  suggestions: [],
  fingerprint: 'fp',
  variants: ['רסטן', 'ראסטן'],
  clusterId: 'rastan',
};

describe('variant clusters', () => {
  it('counts every occurrence of each spelling, prefixes stripped', () => {
    const [cluster] = clustersOf([flagged], target);
    expect(cluster?.variants).toEqual([
      { spelling: 'רסטן', count: 2 },
      { spelling: 'ראסטן', count: 1 },
    ]);
    expect(cluster?.occurrences.map((o) => o.prefix)).toEqual(['', 'ב', 'מ']);
  });

  it('takes its label from the English name a source-names finding matched', () => {
    const named: Finding = {
      ...flagged,
      check: 'source-names',
      paragraph: 0,
      start: 8,
      end: 12,
      text: 'רסטן',
      sourceRange: { start: 30, end: 36, text: 'Rastan' },
      clusterId: undefined,
    };
    expect(clustersOf([flagged, named], target)[0]?.label).toBe('Rastan');
  });

  it('takes its label from the English range the engine folded into the name-variants finding', () => {
    const folded: Finding = { ...flagged, sourceRange: { start: 30, end: 36, text: 'Rastan' } };
    expect(clustersOf([folded], target)[0]?.label).toBe('Rastan');
    expect(clustersOf([flagged], target)[0]?.label).toBe('רסטן');
  });

  it('resolves to the spelling kept, each prefix kept, in one edit list', () => {
    const [cluster] = clustersOf([flagged], target);
    const edits = resolveClusterEdits(cluster!, 'ראסטן', target);
    expect(edits).toHaveLength(2);
    const state = applyStep(createReviewState([], target), { type: 'edit', edits });
    expect(state.target).toEqual(['כבשה את ראסטן וטלביסה', 'הקרבות בראסטן נמשכו', 'מראסטן יצאו לוחמים']);
  });

  it('accepts a spelling the reviewer types, rewriting all occurrences', () => {
    const [cluster] = clustersOf([flagged], target);
    const edits = resolveClusterEdits(cluster!, ' ארסטן ', target);
    expect(edits).toHaveLength(3);
    const state = applyStep(createReviewState([], target), { type: 'edit', edits });
    expect(state.target[1]).toBe('הקרבות בארסטן נמשכו');
  });

  it('keeps vav doubling when the new spelling starts with ו', () => {
    const [cluster] = clustersOf([flagged], target);
    const edits = resolveClusterEdits(cluster!, 'ואדי', target);
    expect(edits.find((e) => e.paragraph === 1)?.replacement).toBe('בוואדי');
  });

  it('finds a spelling typed with an ASCII apostrophe for geresh', () => {
    const f = { ...flagged, variants: ['ג׳בלה', 'גבלה'], clusterId: 'jableh' };
    const [cluster] = clustersOf([f], ["הגיעו לג'בלה ולגבלה"]);
    expect(cluster?.variants).toHaveLength(2);
    expect(cluster?.variants).toContainEqual({ spelling: 'ג׳בלה', count: 1 });
  });

  it('leaves alone an occurrence whose text moved since the cluster was computed', () => {
    const [cluster] = clustersOf([flagged], target);
    const edited = ['אז כבשה את רסטן וטלביסה', target[1]!, target[2]!];
    const edits = resolveClusterEdits(cluster!, 'ראסטן', edited);
    expect(edits.map((e) => e.paragraph)).toEqual([2]);
  });

  it('makes no edits for an empty spelling', () => {
    expect(resolveClusterEdits(clustersOf([flagged], target)[0]!, '  ', target)).toEqual([]);
  });
});
