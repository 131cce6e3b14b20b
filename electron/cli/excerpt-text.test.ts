import { describe, expect, it } from 'vitest';
import { withoutUnfinishedWord } from './excerpt-text';

describe('withoutUnfinishedWord', () => {
  it.each([
    ['cut inside a word: the word goes', 'כוחות שלהם, חזבא', 'כוחות שלהם,'],
    ['cut before a newline: the word may be cut all the same', 'כוחות שלהם חזבאללה\n', 'כוחות שלהם'],
    ['a space after the last word: the cut came after it', 'כוחות שלהם, חזבאללה \n', 'כוחות שלהם, חזבאללה'],
    ['closing punctuation ends the text', 'כוחות שלהם חזבאללה.\n', 'כוחות שלהם חזבאללה.'],
    ['a comma too', 'כוחות שלהם חזבאללה,', 'כוחות שלהם חזבאללה,'],
  ])('%s', (_why, text, kept) => {
    expect(withoutUnfinishedWord(text)).toBe(kept);
  });
});
