import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyWordWithTail, hasTail, wordTails } from './word-tails';
import { tokenize } from '../../hebrew/tokenize';
import { firstPartOf } from '../matching/hebrew-terms';

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

describe('word tails with a candidate test', () => {
  const tails = wordTails(['טלביסה', 'ראסטנ'])!;
  const asked: string[] = [];
  const only = (word: string) => (text: string) => (start: number, end: number) => {
    asked.push(text.slice(start, end));
    return text.slice(start, end) === word;
  };
  it.each([
    ['רסטן וטלביסה נכבשו', 'וטלביסה', true, 'a plain word the test accepts'],
    ['רסטן וטלביסה נכבשו', 'טלביסה', false, 'a plain word the test turns down: no other word ends so'],
    ['הכפר וטלביסה, והעיר', 'אחר', false, 'a comma ends a plain word'],
    ['א-טלביסה', 'אחר', true, 'after a hyphen the word is part of a compound: not plain, so yes'],
    ["ג'טלביסה", 'אחר', true, 'a geresh inside: not plain'],
    ['ב2טלביסה', 'אחר', true, 'a digit before: one mixed token, not plain'],
    ['טלביסה\u200F', 'אחר', true, 'an invisible mark after: not plain'],
  ])('%s, accepting %s → %s (%s)', (text, word, expected) => {
    expect(anyWordWithTail(tails, text, only(word)(text))).toBe(expected);
  });
  it('asks only about words whose tail matches', () => {
    asked.length = 0;
    anyWordWithTail(tails, 'המורדים נכנסו לטלביסה', only('x')('המורדים נכנסו לטלביסה'));
    expect(asked).toEqual(['לטלביסה']);
  });
});

describe('word tails: a "no" is exact', () => {
  // Whatever the text, a "no" means no token's first part ends like a term and passes the test, which
  // is what the glossary check would otherwise find by tokenizing.
  const tails = wordTails(['בסן', 'טלבן'])!;
  const accepted = new Set(['בסן', 'לבסן', 'טלבן']);
  const text = fc.string({
    unit: fc.constantFrom(...'בסןטלה ו.,-־\'"׳״2a\u05B0\u200F()'.split('')),
    maxLength: 30,
  });
  it('says yes for a word with an invisible control inside it (the tokenizer reads it as one word)', () => {
    expect(
      anyWordWithTail(tails, 'בס\u200Fן', (start, end) => accepted.has('בס\u200Fן'.slice(start, end))),
    ).toBe(true);
  });

  it('says yes for letters ending like a term before a quote mark (the tokenizer may end the word there)', () => {
    const t = 'בסן"\'ב';
    expect(tokenize(t).map((token) => token.text)).toContain('בסן');
    expect(anyWordWithTail(tails, t, (start, end) => accepted.has(t.slice(start, end)))).toBe(true);
  });

  it('never says no when a token would match', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (anyWordWithTail(tails, t, (start, end) => accepted.has(t.slice(start, end)))) return;
        for (const token of tokenize(t)) {
          const first = firstPartOf(token);
          expect(hasTail(tails, first) && accepted.has(first)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
