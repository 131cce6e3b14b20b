import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('gives each finding range its own run', () => {
    const text = 'שתי עיירות – רסטן וטלביסה';
    const start = text.indexOf('רסטן');
    const runs = segmentText(text, [{ start, end: start + 4 }]);
    expect(runs.map((r) => [r.text, r.marks.length])).toEqual([
      ['שתי עיירות – ', 0],
      ['רסטן', 1],
      [' וטלביסה', 0],
    ]);
  });

  it('cuts overlapping ranges at every boundary', () => {
    const runs = segmentText('abcdef', [
      { start: 1, end: 4 },
      { start: 3, end: 5 },
    ]);
    expect(runs.map((r) => [r.text, r.marks.length])).toEqual([
      ['a', 0],
      ['bc', 1],
      ['d', 2],
      ['e', 1],
      ['f', 0],
    ]);
  });

  it('drops ranges outside the text', () => {
    expect(segmentText('abc', [{ start: 2, end: 9 }])).toEqual([
      { start: 0, end: 3, text: 'abc', marks: [] },
    ]);
  });
});
