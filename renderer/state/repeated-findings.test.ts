import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { createHistory, dispatch, undo } from './history';
import { fixAllEdits, ignoreAllSteps, kindKey, rowsOf } from './repeated-findings';
import { createReviewState } from './review-state';
import { visibleFindings, allSeverities } from './findings-view';

const maqafKey = 'findings:typography-typed-maqaf';
const maqafParams = { typed: '-', mark: '־' };

/** A typed hyphen at `start` in `paragraph`, with the engine's fix (the maqaf). */
const maqaf = (paragraph: number, start: number, fingerprint = `maqaf-${paragraph}-${start}`): Finding => ({
  check: 'typography',
  severity: 'info',
  paragraph,
  start,
  end: start + 1,
  text: '-',
  message: { key: maqafKey, params: maqafParams },
  suggestions: [{ replacement: '־', edits: [{ paragraph, start, end: start + 1, replacement: '־' }] }],
  fingerprint,
});

const gershayim = (paragraph: number, start: number): Finding => ({
  ...maqaf(paragraph, start, `g-${paragraph}-${start}`),
  text: '"',
  message: { key: 'findings:typography-typed-gershayim', params: { typed: '"', mark: '״' } },
  suggestions: [{ replacement: '״', edits: [{ paragraph, start, end: start + 1, replacement: '״' }] }],
});

const indices = (findings: readonly Finding[]) => findings.map((_, i) => i);

describe('repeated findings in the panel', () => {
  it('groups the same check, message and fix into one row at its first occurrence', () => {
    const findings = [maqaf(0, 3), gershayim(0, 9), maqaf(1, 2), maqaf(2, 5)];
    expect(rowsOf(findings, indices(findings))).toEqual([
      { type: 'repeated', key: kindKey(findings[0] as Finding), indices: [0, 2, 3] },
      { type: 'single', index: 1 },
    ]);
  });

  it('keeps a kind that occurs once as a single row', () => {
    const findings = [maqaf(0, 3), gershayim(1, 0)];
    expect(rowsOf(findings, indices(findings)).map((r) => r.type)).toEqual(['single', 'single']);
  });

  it('does not group findings whose fix differs', () => {
    const other = { ...maqaf(1, 2), suggestions: [] };
    const findings = [maqaf(0, 3), other];
    expect(rowsOf(findings, indices(findings)).map((r) => r.type)).toEqual(['single', 'single']);
  });

  it('does not group findings whose message reads differently (other parameters)', () => {
    const a = { ...maqaf(0, 1), check: 'source-names' as const, suggestions: [] };
    const b = { ...a, paragraph: 3, message: { key: maqafKey, params: { name: 'Homs' } } };
    const c = { ...a, paragraph: 4, message: { key: maqafKey, params: { name: 'Hama' } } };
    expect(rowsOf([b, c], [0, 1]).map((r) => r.type)).toEqual(['single', 'single']);
  });

  it('treats parameters given in another order as the same message', () => {
    const a = maqaf(0, 1);
    const b = { ...maqaf(1, 1), message: { key: maqafKey, params: { mark: '־', typed: '-' } } };
    expect(kindKey(a)).toBe(kindKey(b));
  });

  it('groups only the indices it is given (a check group, after filters)', () => {
    const findings = [maqaf(0, 3), gershayim(0, 9), maqaf(1, 2)];
    expect(rowsOf(findings, [1, 2])).toEqual([
      { type: 'single', index: 1 },
      { type: 'single', index: 2 },
    ]);
  });
});

describe('fix all and ignore all', () => {
  const target = ['אל-אסד ו-חמאס', 'אנטי-ממשלתיים', 'בלי מקף'];

  it('fixes every occurrence in one undo step, and undo restores them all', () => {
    const members = [maqaf(0, 2), maqaf(0, 8), maqaf(1, 4)];
    const history = dispatch(createHistory(createReviewState(['a', 'b', 'c'], target)), {
      steps: [{ type: 'edit', edits: fixAllEdits(members) }],
      time: 0,
    });
    expect(history.present.target).toEqual(['אל־אסד ו־חמאס', 'אנטי־ממשלתיים', 'בלי מקף']);
    expect(history.done).toHaveLength(1);
    expect(undo(history).present.target).toEqual(target);
  });

  it('leaves out an edit that overlaps one already taken', () => {
    const wide = {
      ...maqaf(0, 1),
      suggestions: [{ replacement: 'x', edits: [{ paragraph: 0, start: 1, end: 4, replacement: 'x' }] }],
    };
    expect(fixAllEdits([maqaf(0, 2), wide, maqaf(0, 2)])).toEqual([
      { paragraph: 0, start: 2, end: 3, replacement: '־' },
    ]);
  });

  it('ignores every member in this document, once per fingerprint', () => {
    const members = [maqaf(0, 2), maqaf(0, 8), maqaf(1, 4, 'maqaf-0-2')];
    const steps = ignoreAllSteps(members);
    expect(steps).toHaveLength(2);
    const history = dispatch(createHistory(createReviewState(['a', 'b', 'c'], target)), { steps, time: 0 });
    const filters = { severities: new Set(allSeverities), checks: null };
    expect(visibleFindings([...members, gershayim(2, 0)], history.present, filters)).toHaveLength(1);
    expect(history.done).toHaveLength(1);
  });
});
