// Fingerprints are stored with the user's "ignore" decisions, so their values must never change: these
// rows were computed before the digits were written without % (fingerprint.ts, writeDigits).
import { describe, expect, it } from 'vitest';
import { fingerprintOf, hashString } from './fingerprint';

describe('fingerprints keep their values', () => {
  it.each([
    ['', '0ztntfp009zloz'],
    ['a', '1r9wi7g13q1d9r'],
    ['רסטן', '0q8s28z1gatf1d'],
    ['צה"ל הודיע', '10jwrwe1hr7yj1'],
    ['findings:typography-typed-maqaf', '1n5gjjo16lqq8x'],
  ])('hashString(%j) is %s', (text, hash) => {
    expect(hashString(text)).toBe(hash);
  });

  it('a finding keeps its fingerprint', () => {
    expect(fingerprintOf('typography', 'findings:typography-typed-maqaf', 'כוחות א-שאם נכנסו', 7, 8)).toBe(
      'typography:16dna1b0er67k9',
    );
  });
});
