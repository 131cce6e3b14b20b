// Word tokens for the diff: Intl.Segmenter with Hebrew word rules (ECMA-402; Unicode UAX #29 as ICU
// tailors it). Every character belongs to exactly one token, so joining the tokens gives the text back.
// Array.from over the segments is the fast path; jsdiff's own tokenizer materialises far more per
// segment (LESSONS.md, "Where the time goes").
const segmenter = new Intl.Segmenter('he', { granularity: 'word' });

export function segmentWords(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}
