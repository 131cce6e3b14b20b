import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from './model';
import { deleteEntry, importEntries, mergeEntries, upsertEntry } from './edits';

const rastan: GlossaryEntry = {
  id: 'rastan',
  kind: 'place',
  source: ['Rastan'],
  terms: [
    { text: 'רסתן', status: 'preferred' },
    { text: 'רסטן', status: 'admitted' },
  ],
  note: 'one',
};
const arRastan: GlossaryEntry = {
  id: 'ar-rastan',
  kind: 'place',
  source: ['ar-Rastan', 'rastan'],
  terms: [
    { text: 'ראסטן', status: 'preferred' },
    { text: 'רסטן', status: 'admitted' },
  ],
  note: 'two',
};
const homs: GlossaryEntry = {
  id: 'homs',
  kind: 'place',
  source: ['Homs'],
  terms: [{ text: 'חומס', status: 'preferred' }],
};
const g = (...entries: GlossaryEntry[]): Glossary => ({ entries });

describe('glossary edits', () => {
  it('upserts by id, and puts a deleted entry back where it was', () => {
    const without = deleteEntry(g(homs, rastan), 'homs');
    expect(without).toEqual(g(rastan));
    expect(upsertEntry(without, homs, 0)).toEqual(g(homs, rastan));
    expect(upsertEntry(g(homs), { ...homs, note: 'x' })).toEqual(g({ ...homs, note: 'x' }));
  });

  it('merges two entries of one name: names and spellings move, one preferred stays, notes join', () => {
    expect(mergeEntries(g(rastan, homs, arRastan), 'rastan', 'ar-rastan')).toEqual(
      g(
        {
          ...rastan,
          source: ['Rastan', 'ar-Rastan'],
          terms: [...rastan.terms, { text: 'ראסטן', status: 'admitted' }],
          note: 'one\ntwo',
        },
        homs,
      ),
    );
  });

  it('imports without losing anything: new entries added, equal ones counted, different ones become conflicts', () => {
    const changedHoms = { ...homs, note: 'from file' };
    const result = importEntries(g(homs), g(changedHoms, rastan));
    expect(result.glossary).toEqual(g(homs, rastan));
    expect(result.conflicts).toEqual([{ id: 'homs', ours: homs, theirs: changedHoms }]);
    expect([result.added, result.unchanged]).toEqual([1, 0]);
    expect(importEntries(g(homs), g(homs))).toMatchObject({ added: 0, unchanged: 1, conflicts: [] });
  });
});
