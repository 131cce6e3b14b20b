import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import { FreshFindings } from './fresh-findings';

const finding = (paragraph: number, start: number, text: string): Finding => ({
  check: 'typography',
  severity: 'info',
  paragraph,
  start,
  end: start + text.length,
  text,
  message: { key: 'findings:maqaf', params: {} },
  suggestions: [],
  fingerprint: `fp-${paragraph}-${start}`,
});

describe('fresh findings', () => {
  const a = finding(0, 0, 'אב');
  const b = finding(1, 2, 'גד');
  const raw = [a, b];

  it('keeps the findings whose range still holds their text, as the same list when all do', () => {
    const fresh = new FreshFindings();
    expect(fresh.of(raw, ['אב', 'xxגד'])).toBe(raw);
    expect(fresh.of(raw, ['אב', 'xגד'])).toEqual([a]);
  });

  it('drops a finding when its paragraph is edited and takes it back when the text returns', () => {
    const fresh = new FreshFindings();
    fresh.of(raw, ['אב', 'xxגד']);
    const typed = fresh.of(raw, ['zאב', 'xxגד']);
    expect(typed).toEqual([b]);
    // A keystroke elsewhere leaves the verdicts, and so the list object, as they were.
    expect(fresh.of(raw, ['zאב', 'xxגד!'])).toBe(typed);
    expect(fresh.of(raw, ['אב', 'xxגד!'])).toEqual(raw);
  });

  it('checks every finding again for a new findings list', () => {
    const fresh = new FreshFindings();
    fresh.of(raw, ['אב', 'xxגד']);
    const moved = [finding(0, 1, 'ב'), b];
    expect(fresh.of(moved, ['אב', 'xxגד'])).toBe(moved);
    expect(fresh.of([a], ['בא', 'xxגד'])).toEqual([]);
  });
});
