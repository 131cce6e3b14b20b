import { describe, expect, it } from 'vitest';
import { anyWordWithTail, hasTail, wordTails } from './word-tails';

describe('word tails', () => {
  const tails = wordTails(['טלביסה', 'ראסטנ', 'ג׳וסיה'])!;
  it.each([
    ['רסטן וטלביסה נכבשו', true, 'a prefixed spelling ends like the term'],
    ['הגשר בראסטן', true, 'final ן matches the regularised נ'],
    ["מעברי וג'וסיה", true, 'a typed geresh inside the word is skipped'],
    ['המורדים נכנסו לעיר', false, 'no word ends like a term'],
    ['טלביסות', false, 'a longer word with another ending'],
    ['ט"ה', false, 'too short'],
    ['טַלְבִּיסָה', true, 'niqqud: the scan cannot tell, so it says yes'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(anyWordWithTail(tails, text)).toBe(expected);
  });

  it('refuses terms shorter than three letters (no prefilter then)', () => {
    expect(wordTails(['אל', 'טלביסה'])).toBeNull();
  });

  it('checks one word', () => {
    expect(hasTail(tails, 'וטלביסה')).toBe(true);
    expect(hasTail(tails, 'וטלביס')).toBe(false);
  });
});
