import { describe, expect, it } from 'vitest';
import { CandidateClusters } from './candidate-clusters';
import { ComparisonCache, type Candidate } from './clusters';
import type { StemInfo } from './stem-info';
import { rememberedStemInfo } from './stem-infos';

const candidate = (stem: string, contextOnly = false): Candidate => ({
  info: rememberedStemInfo(stem),
  contextOnly,
});

/** The clusters as sorted lists of stems. */
function stemsOf(clusters: ReturnType<CandidateClusters['update']>): string[][] {
  return clusters.map((c) => c.members.map((m) => m.info.stem).sort()).sort();
}

describe('CandidateClusters', () => {
  it('follows candidates that come and go between re-checks', () => {
    const clusters = new CandidateClusters(new ComparisonCache());
    const [rastan, raastan, homs, hooms] = ['רסטן', 'ראסטן', 'חומס', 'חמס'].map((s) => candidate(s));
    expect(stemsOf(clusters.update([rastan!, homs!]))).toEqual([]);
    expect(stemsOf(clusters.update([rastan!, homs!, raastan!]))).toEqual([['ראסטן', 'רסטן']]);
    // A new object for the same candidate changes nothing.
    expect(stemsOf(clusters.update([candidate('רסטן'), homs!, raastan!, hooms!]))).toEqual([
      ['חומס', 'חמס'],
      ['ראסטן', 'רסטן'],
    ]);
    // The spelling goes: its pair goes with it.
    expect(stemsOf(clusters.update([homs!, raastan!, hooms!]))).toEqual([['חומס', 'חמס']]);
  });

  it('drops a pair when both spellings become words admitted only beside a name', () => {
    const clusters = new CandidateClusters(new ComparisonCache());
    expect(stemsOf(clusters.update([candidate('רסטן'), candidate('ראסטן', true)]))).toHaveLength(1);
    expect(stemsOf(clusters.update([candidate('רסטן', true), candidate('ראסטן', true)]))).toEqual([]);
    expect(stemsOf(clusters.update([candidate('רסטן'), candidate('ראסטן', true)]))).toHaveLength(1);
  });

  it('compares no pair in a bucket of more than 400 candidates, and all again when it shrinks', () => {
    // One key for all: a generic bucket, as very short keys make.
    const sharing = (stem: string): Candidate => {
      const info: StemInfo = { ...rememberedStemInfo(stem), key: 'generic' };
      delete (info as { joinedKey?: string }).joinedKey;
      delete (info as { altKeys?: readonly string[] }).altKeys;
      return { info, contextOnly: false };
    };
    const letters = [...'בגדזחטכלמנסעצרשת'];
    const others = letters
      .flatMap((a) => letters.flatMap((b) => [`${a}${b}קפ`, `${a}ק${b}פ`]))
      .slice(0, 398)
      .map(sharing);
    const pair = [sharing('רסטן'), sharing('ראסטן')];
    const clusters = new CandidateClusters(new ComparisonCache());
    const found = (list: Candidate[]) => stemsOf(clusters.update(list)).some((c) => c.includes('רסטן'));
    expect(found([...others, ...pair])).toBe(true);
    expect(found([...others, ...pair, sharing('גדודים')])).toBe(false);
    expect(found([...others, ...pair])).toBe(true);
  });
});
