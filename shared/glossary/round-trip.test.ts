// Round trips preserve everything (issue 5): model → TBX → model and model → CSV → model give the same
// glossary, and writing what was read gives the same file, for arbitrary glossaries (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry, TermStatus } from './model';
import { parseTbx, writeTbx } from './tbx';
import { parseCsv, writeCsv } from './csv';

// Characters that stress the formats: XML and CSV specials, the CSV multi-value separator and its
// escape, Hebrew punctuation, formula starters, RTL/LTR marks.
const alphabet = [...'אבגדהוזחטיכךלמםנןסעפףצץקרשת', ...'abcXYZ019', ...' &<>"\'|\\,;=+-@׳״־’\u200f\u200e'];
const word = fc
  .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s.length > 0);
const multiline = fc
  .array(fc.oneof(word, fc.constantFrom('\n', '\r\n', '\t')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' ').trim())
  .filter((s) => s.length > 0);

const entry: fc.Arbitrary<GlossaryEntry> = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
    kind: fc.constantFrom('person', 'place', 'organisation', 'term'),
    source: fc.array(word, { maxLength: 3 }),
    terms: fc.array(
      fc.record({ text: word, status: fc.constantFrom<TermStatus>('preferred', 'admitted', 'deprecated') }),
      { minLength: 1, maxLength: 4 },
    ),
    note: multiline,
    changedBy: word,
    // TBX records a change by calendar date (xsd:date), and so does the store.
    changedAt: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { requiredKeys: ['id', 'kind', 'source', 'terms'] },
);
const glossary: fc.Arbitrary<Glossary> = fc
  .uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 })
  .map((entries) => ({ entries }));

const order: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2 };
/** CSV groups terms by status column; within a status the order is kept. */
function termsByStatus(g: Glossary): Glossary {
  return {
    entries: g.entries.map((e) => ({
      ...e,
      terms: [...e.terms].sort((a, b) => order[a.status] - order[b.status]),
    })),
  };
}

describe('round trips', () => {
  it('model → TBX → model is the identity', () => {
    fc.assert(
      fc.property(glossary, (g) => {
        expect(parseTbx(writeTbx(g))).toEqual({ glossary: g, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('TBX → model → TBX gives the same file', () => {
    fc.assert(
      fc.property(glossary, (g) => {
        const file = writeTbx(g);
        expect(writeTbx(parseTbx(file).glossary)).toBe(file);
      }),
    );
  });

  it('model → CSV → model keeps everything (terms grouped by status)', () => {
    fc.assert(
      fc.property(glossary, (g) => {
        expect(parseCsv(writeCsv(g))).toEqual({ glossary: termsByStatus(g), problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('CSV → model → CSV gives the same file', () => {
    fc.assert(
      fc.property(glossary, (g) => {
        const file = writeCsv(g);
        expect(writeCsv(parseCsv(file).glossary)).toBe(file);
      }),
    );
  });

  it('keeps a worked example exactly (aliases, all statuses, note, who and when)', () => {
    const hts: Glossary = {
      entries: [
        {
          id: 'hts',
          kind: 'organisation',
          source: ['Hayat Tahrir al-Sham', 'HTS'],
          terms: [
            { text: 'הייאת תחריר א-שאם', status: 'preferred' },
            { text: 'הייאת תחריר אל-שאם', status: 'admitted' },
            { text: 'חייאת תחריר א-שאם', status: 'deprecated' },
          ],
          note: 'Established form (ynet) | "א-" before a sun letter\nsecond line',
          changedBy: 'Dana',
          changedAt: '2026-11-25',
        },
      ],
    };
    expect(parseTbx(writeTbx(hts)).glossary).toEqual(hts);
    expect(parseCsv(writeCsv(hts)).glossary).toEqual(hts);
  });

  it('writes a full time as the xsd:date TBX-Basic allows; CSV keeps the time', () => {
    const timed: Glossary = {
      entries: [
        {
          id: 'x',
          kind: 'term',
          source: [],
          terms: [{ text: 'א', status: 'preferred' }],
          changedAt: '2026-11-25T13:00:00.000Z',
        },
      ],
    };
    expect(writeTbx(timed)).toContain('<date>2026-11-25</date>');
    expect(parseCsv(writeCsv(timed)).glossary).toEqual(timed);
  });
});
