// Which decision the report shows for each finding, as a table of cases.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding';
import type { ReviewComment } from '../project/comment';
import { reviewRows, summarize } from './review-decisions';

const finding = (fingerprint: string, paragraph = 0, start = 0, end = 4): Finding => ({
  check: 'name-variants',
  severity: 'warning',
  paragraph,
  start,
  end,
  text: 'רסטן',
  message: { key: 'findings:x', params: {} },
  suggestions: [],
  fingerprint,
});
const comment = (over: Partial<ReviewComment>): ReviewComment => ({
  id: 'c',
  paragraph: 0,
  start: 0,
  end: 0,
  text: 'note',
  author: 'Dana',
  createdAt: '2026-11-25T12:00:00Z',
  ...over,
});

describe('reviewRows', () => {
  const cases: [string, Partial<Parameters<typeof reviewRows>[0]>, string[]][] = [
    ['raised on ORIGINAL, gone on CURRENT: fixed', { originalFindings: [finding('a')] }, ['fixed']],
    [
      'still raised and on the ignore list: ignored',
      { currentFindings: [finding('a')], ignored: new Set(['a']) },
      ['ignored'],
    ],
    [
      'still raised, a comment written from it: commented',
      { currentFindings: [finding('a')], comments: [comment({ fingerprint: 'a' })] },
      ['commented'],
    ],
    [
      'still raised, a whole-paragraph comment: commented',
      { currentFindings: [finding('a', 1)], comments: [comment({ paragraph: 1 })] },
      ['commented'],
    ],
    [
      'a comment on another span of the paragraph does not count',
      { currentFindings: [finding('a', 0, 0, 4)], comments: [comment({ start: 10, end: 14 })] },
      ['open'],
    ],
    [
      'a comment answering another finding does not count',
      { currentFindings: [finding('a')], comments: [comment({ fingerprint: 'b' })] },
      ['open'],
    ],
    [
      'still raised, nothing decided: open',
      { originalFindings: [finding('a')], currentFindings: [finding('a')] },
      ['open'],
    ],
  ];
  it.each(cases)('%s', (_why, input, expected) => {
    const rows = reviewRows({
      originalFindings: [],
      currentFindings: [],
      ignored: new Set(),
      comments: [],
      ...input,
    });
    expect(rows.map((r) => r.decision)).toEqual(expected);
  });

  it('orders rows by paragraph and offset and counts them', () => {
    const rows = reviewRows({
      originalFindings: [finding('fixed', 2)],
      currentFindings: [finding('late', 1, 9, 12), finding('early', 1, 0, 3)],
      ignored: new Set(['early']),
      comments: [],
    });
    expect(rows.map((r) => r.finding.fingerprint)).toEqual(['early', 'late', 'fixed']);
    expect(summarize(rows)).toEqual({
      total: 3,
      byDecision: { fixed: 1, ignored: 1, commented: 0, open: 1 },
      bySeverity: { error: 0, warning: 3, info: 0 },
    });
  });
});
