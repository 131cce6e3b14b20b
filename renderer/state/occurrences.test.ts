import { describe, expect, it } from 'vitest';
import { findOccurrenceGroups, findOccurrences } from './occurrences';

describe('occurrences of spellings', () => {
  it('finds every spelling with any prefix, in groups', () => {
    const target = ['כבשו את רסטן ואת חמה', 'מרסטן לחמה', 'ראסטן'];
    const [rastan, hama] = findOccurrenceGroups(target, [['רסטן', 'ראסטן'], ['חמה']]);
    expect(rastan?.map((o) => [o.paragraph, o.prefix, o.spelling])).toEqual([
      [0, '', 'רסטן'],
      [1, 'מ', 'רסטן'],
      [2, '', 'ראסטן'],
    ]);
    expect(hama?.map((o) => [o.paragraph, o.prefix])).toEqual([
      [0, ''],
      [1, 'ל'],
    ]);
  });

  it('finds a spelling of several words where its words follow one another, a prefix on the first', () => {
    const target = ['ראש עיריית בת־ים אמר', 'תושבי בת ים ובבת ים', 'בת של ים'];
    const [batYam] = findOccurrenceGroups(target, [['בת־ים', 'בת ים']]);
    expect(batYam?.map((o) => [o.paragraph, o.start, o.end, o.prefix, o.spelling])).toEqual([
      [0, 11, 16, '', 'בת־ים'],
      [1, 6, 11, '', 'בת ים'],
      [1, 12, 19, 'וב', 'בת ים'],
    ]);
  });

  it('follows an edit of one paragraph while the spellings stay the same (cached rows)', () => {
    const before = ['רסטן', 'חמה'];
    expect(findOccurrences(before, ['רסטן'])).toHaveLength(1);
    const after = ['חמה', 'ברסטן ורסטן'];
    const found = findOccurrences(after, ['רסטן']);
    expect(found.map((o) => [o.paragraph, o.start, o.prefix])).toEqual([
      [1, 0, 'ב'],
      [1, 6, 'ו'],
    ]);
  });

  it('gives the same arrays back while an edit moves no occurrence, new ones when it does', () => {
    const groups = [['רסטן'], ['חמה']];
    const first = findOccurrenceGroups(['כבשו את רסטן', 'חמה'], groups);
    const typedAfter = findOccurrenceGroups(['כבשו את רסטן אתמול', 'חמה'], groups);
    expect(typedAfter).toBe(first);
    const typedBefore = findOccurrenceGroups(['הם כבשו את רסטן אתמול', 'חמה'], groups);
    expect(typedBefore).not.toBe(first);
    expect(typedBefore[0]?.map((o) => o.start)).toEqual([11]);
    const removed = findOccurrenceGroups(['הם כבשו את העיר', 'חמה'], groups);
    expect(removed[0]).toEqual([]);
    expect(removed[1]?.map((o) => o.paragraph)).toEqual([1]);
  });

  it('does not match a longer word that merely contains the spelling', () => {
    expect(findOccurrences(['מרסטניה'], ['רסטן'])).toEqual([]);
  });
});
