// paragraphWords reads plain words in place and everything else through the tokenizer: whatever the
// text, it must see exactly the words `tokenize` sees, at the same ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../hebrew/tokenize';
import { GERSHAYIM } from '../../hebrew/letters';
import { isCommonWord } from '../../hebrew/lexicon';
import { paragraphWords, WORD_ID_LIMIT, wordIdGeneration } from './paragraph-words';
import { WordStatistics } from './statistics';

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
        expect(words.acronyms).toEqual(
          tokenize(text)
            .filter((t) => t.kind === 'hebrew' && t.norm.includes(GERSHAYIM))
            .map((t) => t.norm),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a plain word the same way after it was first met inside a longer token', () => {
    expect(paragraphWords("רסטן' רסטן").all).toEqual(['רסטן', 'רסטן']);
    expect(paragraphWords('רסטן, רסטן1 רסטן').all).toEqual(['רסטן', 'רסטן']);
  });

  it('keeps paragraphs read before the word-id table was refilled readable, and counted right', () => {
    const stats = new WordStatistics();
    const target = [{ text: 'ליד רסטן וחומס', line: 1 }];
    stats.reset({ source: [], target }, new Set());
    const before = stats.paragraphs[0];
    // More distinct words than the table holds: it is cleared and ids start again.
    const letters = 'בגדזחטכלמנסעפצקרשת';
    const generation = wordIdGeneration();
    const words: string[] = [];
    for (let n = 0; wordIdGeneration() === generation && n < WORD_ID_LIMIT * 2; n++) {
      let word = '';
      for (let k = n, i = 0; i < 5; i++, k = Math.floor(k / letters.length))
        word += letters[k % letters.length];
      words.push(word);
      if (words.length === 1000) paragraphWords(words.splice(0).join(' '));
    }
    expect(wordIdGeneration()).not.toBe(generation);
    // A paragraph during which the table is refilled is read again: all its ids are of the new table.
    const straddling = wordIdGeneration();
    const many: string[] = [];
    for (let n = 0; wordIdGeneration() === straddling && n < WORD_ID_LIMIT * 2; n += 1000) {
      const chunk: string[] = [];
      for (let m = n; m < n + 1000; m++) {
        let word = 'ש';
        for (let k = m, i = 0; i < 5; i++, k = Math.floor(k / letters.length))
          word += letters[k % letters.length];
        chunk.push(word);
      }
      many.push(...chunk);
      const read = paragraphWords(`ליד רסטן ${chunk.join(' ')}`);
      if (wordIdGeneration() !== straddling) {
        expect(read.current).toBe(true);
        expect(read.all.slice(0, 2)).toEqual(['ליד', 'רסטן']);
        expect(read.pairs.slice(0, 2)).toEqual(['ליד', 'רסטן']);
      }
    }
    expect(wordIdGeneration()).not.toBe(straddling);
    expect(before?.current).toBe(false);
    expect(before?.all).toEqual(['ליד', 'רסטן', 'וחומס']);
    expect(before?.pairs).toEqual(paragraphWords('ליד רסטן וחומס').pairs);
    // Replacing the old paragraph takes its old words out by string.
    stats.update(0, 'ליד חומס');
    expect([...stats.typeCount.keys()].sort()).toEqual(['חומס', 'ליד']);
    expect(stats.next.get('רסטן')).toBeUndefined();
    expect([...(stats.next.get('ליד')?.keys() ?? [])]).toEqual(['חומס']);
  });
});
