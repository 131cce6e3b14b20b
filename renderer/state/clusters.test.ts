import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { clustersOf, resolveClusterEdits, splitOccurrence } from './clusters';
import { applyStep, createReviewState } from './review-state';

const target = ['כבשה את רסטן וטלביסה', 'הקרבות בראסטן נמשכו', 'מרסטן יצאו לוחמים'];

function occurrence(paragraph: number, text: string): Finding {
  const start = (target[paragraph] as string).indexOf(text);
  return {
    check: 'name-variants',
    severity: 'warning',
    paragraph,
    start,
    end: start + text.length,
    text,
    message: { key: 'findings:nameVariants', params: { source: 'Rastan' } },
    suggestions: [],
    fingerprint: `fp-${paragraph}`,
    variants: ['רסטן', 'ראסטן'],
    clusterId: 'rastan',
  };
}

const findings = [occurrence(0, 'רסטן'), occurrence(1, 'בראסטן'), occurrence(2, 'מרסטן')];

describe('variant clusters', () => {
  it('counts each spelling without its prefix', () => {
    const [cluster] = clustersOf(findings);
    expect(cluster?.label).toBe('Rastan');
    expect(cluster?.variants).toEqual([
      { spelling: 'רסטן', count: 2 },
      { spelling: 'ראסטן', count: 1 },
    ]);
  });

  it('splits the longest matching spelling off the end', () => {
    expect(splitOccurrence('בראסטן', ['רסטן', 'ראסטן'])).toMatchObject({ prefix: 'ב', spelling: 'ראסטן' });
    expect(splitOccurrence('ורסטן', ['רסטן', 'ראסטן'])).toMatchObject({ prefix: 'ו', spelling: 'רסטן' });
  });

  it('matches a spelling typed with an ASCII apostrophe for geresh', () => {
    expect(splitOccurrence("וג'בלה", ['ג׳בלה'])).toMatchObject({ prefix: 'ו', spelling: "ג'בלה" });
  });

  it('keeps vav doubling when the new spelling starts with ו', () => {
    const f = { ...occurrence(0, 'רסטן'), text: 'ברסטן', variants: ['רסטן', 'ואדי'] };
    const edits = resolveClusterEdits(clustersOf([f])[0]!, 'ואדי');
    expect(edits[0]?.replacement).toBe('בוואדי');
  });

  it('resolves to one spelling keeping every prefix, in one step', () => {
    const [cluster] = clustersOf(findings);
    const edits = resolveClusterEdits(cluster!, 'ראסטן');
    expect(edits).toHaveLength(2);
    const state = applyStep(createReviewState([], target), { type: 'edit', edits });
    expect(state.target).toEqual(['כבשה את ראסטן וטלביסה', 'הקרבות בראסטן נמשכו', 'מראסטן יצאו לוחמים']);
  });

  it('accepts a spelling the reviewer types', () => {
    const [cluster] = clustersOf(findings);
    const state = applyStep(createReviewState([], target), {
      type: 'edit',
      edits: resolveClusterEdits(cluster!, ' ארסטן '),
    });
    expect(state.target[1]).toBe('הקרבות בארסטן נמשכו');
  });

  it('makes no edits for an empty spelling', () => {
    expect(resolveClusterEdits(clustersOf(findings)[0]!, '  ')).toEqual([]);
  });
});
