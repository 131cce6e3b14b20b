import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rememberedPerRange } from './remembered-range';

describe('rememberedPerRange', () => {
  it('computes each word once, wherever it stands, and tells words that share letters apart', () => {
    const calls: string[] = [];
    const reversed = rememberedPerRange(100, (word) => {
      calls.push(word);
      return [...word].reverse().join('');
    });
    const text = 'אבג אב אבגד אבג';
    expect([
      reversed(text, 0, 3),
      reversed(text, 4, 6),
      reversed(text, 7, 11),
      reversed(text, 12, 15),
    ]).toEqual(['גבא', 'בא', 'דגבא', 'גבא']);
    expect(calls).toEqual(['אבג', 'אב', 'אבגד']);
  });

  it('answers as the function does for any words, past its limit and its first table size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'אבגדה'), maxLength: 6 }), {
          minLength: 2500,
          maxLength: 4000,
        }),
        (words) => {
          const text = words.join(' ');
          for (const limit of [300, 100_000]) {
            const length = rememberedPerRange(limit, (word) => word.length * 7 + word.charCodeAt(0));
            let at = 0;
            for (const word of words) {
              expect(length(text, at, at + word.length)).toBe(word.length * 7 + word.charCodeAt(0));
              at += word.length + 1;
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
