import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { allSeverities, groupByCheck, stepFinding, visibleFindings } from './findings-view';
import { applyStep, createReviewState } from './review-state';

const finding = (paragraph: number, check: Finding['check'], fingerprint: string): Finding => ({
  check,
  severity: 'warning',
  paragraph,
  start: 0,
  end: 1,
  text: 'x',
  message: { key: 'findings:x', params: {} },
  suggestions: [],
  fingerprint,
});

const all = { severities: new Set(allSeverities), checks: null };

describe('visible findings', () => {
  const findings = [
    finding(0, 'name-variants', 'a'),
    finding(1, 'name-variants', 'a'),
    finding(1, 'typography', 'b'),
  ];

  it('ignore always hides every occurrence with the fingerprint', () => {
    const state = applyStep(createReviewState([], ['x', 'x']), {
      type: 'ignore',
      fingerprint: 'a',
      scope: 'always',
    });
    expect(visibleFindings(findings, state, all).map((f) => f.fingerprint)).toEqual(['b']);
  });

  it('ignore once hides only the occurrence in that paragraph', () => {
    const state = applyStep(createReviewState([], ['x', 'x']), {
      type: 'ignore',
      fingerprint: 'a@1',
      scope: 'once',
    });
    expect(visibleFindings(findings, state, all).map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it('filters by check and groups by check with counts', () => {
    const state = createReviewState([], ['x', 'x']);
    const only = visibleFindings(findings, state, { ...all, checks: new Set(['typography'] as const) });
    expect(only).toHaveLength(1);
    expect(groupByCheck(findings).map((g) => [g.check, g.indices.length])).toEqual([
      ['name-variants', 2],
      ['typography', 1],
    ]);
  });
});

describe('F8 stepping', () => {
  it('wraps forward and backward', () => {
    expect(stepFinding(3, null, true)).toBe(0);
    expect(stepFinding(3, null, false)).toBe(2);
    expect(stepFinding(3, 2, true)).toBe(0);
    expect(stepFinding(3, 0, false)).toBe(2);
    expect(stepFinding(0, null, true)).toBeNull();
  });
});
