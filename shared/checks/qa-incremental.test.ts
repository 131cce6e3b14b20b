// Incremental re-checking gives the same QA findings as checking the edited document from scratch,
// including the document-wide ones (mixed ״/" style, one English name spelt two ways).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../model/finding';
import type { Glossary } from '../glossary/model';
import { CheckEngine, checkDocument } from './engine';

const ours = new Set(['typography', 'numbers', 'glossary', 'source-names']);
const summary = (findings: readonly Finding[]) =>
  findings
    .filter((f) => ours.has(f.check))
    .map(
      (f) =>
        `${f.check} ${f.paragraph}:${f.start}-${f.end} ${f.severity} ${f.message.key} ${f.suggestions[0]?.replacement ?? ''}`,
    )
    .sort();

const source = [
  'Rebels took Rastan and Talbiseh, 5 km from Homs.',
  'The Rastan bridge was hit by 2 missiles.',
  'Fighters from Aleppo said "hundreds" had fled.',
  'The UN said 280,000 people were displaced.',
];
const target = [
  'המורדים כבשו את רסטן וטלביסה, 5 ק"מ מחומס.',
  'גשר רסטן נפגע משני טילים.',
  'לוחמים מחלב אמרו כי "מאות" נמלטו.',
  'האו"ם מסר כי 280,000 בני אדם נעקרו.',
];
const glossary: Glossary = {
  entries: [
    {
      id: 't',
      kind: 'place',
      source: ['Talbiseh'],
      terms: [
        { text: 'תלביסה', status: 'preferred' },
        { text: 'טלביסה', status: 'deprecated' },
      ],
    },
  ],
};
const pieces = [
  'ראסטן',
  'רסטן',
  'בראסטן',
  'טלביסה',
  'חאלב',
  'צה״ל',
  'צה"ל',
  '28,000',
  'שלושה',
  'א-שאם',
  '(',
  '  ',
  '\u200F',
  'the rebels',
  'מאות',
];

describe('QA checks, incremental vs from scratch', () => {
  it('agree after any sequence of paragraph edits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(target.length - 1), fc.array(fc.constantFrom(...pieces), { maxLength: 6 })),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          const engine = new CheckEngine({ glossary });
          const paragraphs = target.map((text, i) => ({ text, line: i + 1 }));
          const document = { source: source.map((text) => ({ text })), target: paragraphs };
          engine.setDocument(document);
          let current = [...paragraphs];
          for (const [index, words] of edits) {
            const text = `${current[index]!.text} ${words.join(' ')}`;
            current = current.map((p, i) => (i === index ? { ...p, text } : p));
            engine.updateTarget(index, text);
          }
          expect(summary(engine.findings())).toEqual(
            summary(checkDocument({ ...document, target: current }, glossary)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
