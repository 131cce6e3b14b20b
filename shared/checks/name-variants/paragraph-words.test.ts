// paragraphWords reads plain words in place and everything else through the tokenizer: whatever the
// text, it must see exactly the words `tokenize` sees, at the same ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../hebrew/tokenize';
import { GERSHAYIM } from '../../hebrew/letters';
import { isCommonWord } from '../../hebrew/lexicon';
import { paragraphWords } from './paragraph-words';

/** Characters that make the tokenizer's hard cases: letters, marks, joiners, digits, Latin, spaces. */
const PIECES = [
  ...'אבגדהוזחטיכךלמםנןסעפףצץקרשת',
  ...' ,.\'"׳״־-–:()',
  ...'019aZé',
  '\u05B8', // qamats (niqqud)
  '\u200F', // RLM
  'רסטן',
  "ח'אן",
  'צה"ל',
  'א-שאם',
  '280,000',
  'HTS',
];

const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('paragraphWords', () => {
  it('sees the words tokenize sees, with the same ranges, in any text', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const counted = tokenize(text).filter((t) => t.kind === 'hebrew' && !t.norm.includes(GERSHAYIM));
        const words = paragraphWords(text);
        expect(words.all).toEqual(counted.map((t) => t.norm));
        expect(words.words).toEqual(
          counted
            .filter((t) => !isCommonWord(t.norm))
            .map((t) => ({ norm: t.norm, start: t.start, end: t.end })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a plain word the same way after it was first met inside a longer token', () => {
    expect(paragraphWords("רסטן' רסטן").all).toEqual(['רסטן', 'רסטן']);
    expect(paragraphWords('רסטן, רסטן1 רסטן').all).toEqual(['רסטן', 'רסטן']);
  });
});
