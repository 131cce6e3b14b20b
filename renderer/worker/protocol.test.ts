import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { diffFindings } from './protocol';

const finding = (paragraph: number, start: number): Finding => ({
  check: 'typography',
  severity: 'info',
  paragraph,
  start,
  end: start + 1,
  text: '-',
  message: { key: 'findings:maqaf', params: {} },
  suggestions: [],
  fingerprint: `fp-${paragraph}`,
});

describe('findings deltas', () => {
  it('sends only what changed, by content, even when the engine made new objects', () => {
    const first = diffFindings(new Map(), [finding(0, 1), finding(1, 2)], true);
    expect(first.delta.added).toHaveLength(2);
    const second = diffFindings(first.next, [finding(0, 1), finding(1, 3)], false);
    expect(second.delta.added.map(([, f]) => f.start)).toEqual([3]);
    expect(second.delta.removed).toHaveLength(1);
  });

  it('a reset resends everything and removes nothing', () => {
    const first = diffFindings(new Map(), [finding(0, 1)], true);
    const again = diffFindings(first.next, [finding(0, 1)], true);
    expect(again.delta).toMatchObject({ reset: true, removed: [] });
    expect(again.delta.added).toHaveLength(1);
  });
});
