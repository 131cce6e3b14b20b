import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from './model';
import { mergeGlossaries, resolveConflict } from './merge';

const entry = (id: string, preferred: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  kind: 'place',
  source: [id],
  terms: [{ text: preferred, status: 'preferred' }],
  ...extra,
});
const g = (...entries: GlossaryEntry[]): Glossary => ({ entries });
const ids = (glossary: Glossary) => glossary.entries.map((e) => e.id);

const homs = entry('homs', 'חומס');
const hama = entry('hama', 'חמה');
const idlib = entry('idlib', 'אידליב');

describe('mergeGlossaries', () => {
  it.each([
    // [why, base, ours, theirs, merged ids]
    ['they added, we added', g(homs), g(homs, hama), g(homs, idlib), ['homs', 'hama', 'idlib']],
    ['they deleted, we did not touch it', g(homs, hama), g(homs, hama), g(homs), ['homs']],
    ['we deleted, they did not touch it', g(homs, hama), g(homs), g(homs, hama), ['homs']],
    ['both deleted', g(homs, hama), g(homs), g(homs), ['homs']],
  ])('%s', (_why, base, ours, theirs, expected) => {
    const result = mergeGlossaries(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(ids(result.glossary)).toEqual(expected);
  });

  it('takes a change made on one side only', () => {
    const theirHoms = entry('homs', 'חומס', { note: 'Academy: ح → ח' });
    expect(mergeGlossaries(g(homs), g(homs), g(theirHoms)).glossary).toEqual(g(theirHoms));
  });

  it('merges different fields of the same entry without a conflict', () => {
    const ours = entry('homs', 'חומס', { note: 'ours', changedAt: '2026-01-02' });
    const theirs = entry('homs', 'חומס', {
      terms: [...homs.terms, { text: 'חמס', status: 'deprecated' }],
      changedBy: 'Dana',
      changedAt: '2026-01-03',
    });
    const result = mergeGlossaries(g(homs), g(ours), g(theirs));
    expect(result.conflicts).toEqual([]);
    expect(result.glossary.entries[0]).toEqual({ ...theirs, note: 'ours' });
  });

  it('surfaces a conflict when both sides changed the same field differently, keeping ours for now', () => {
    const ours = entry('homs', 'חומס', { note: 'ours' });
    const theirs = entry('homs', 'חומס', { note: 'theirs' });
    const result = mergeGlossaries(g(homs, hama), g(ours, hama), g(theirs, hama));
    expect(result.conflicts).toEqual([{ id: 'homs', base: homs, ours, theirs }]);
    expect(result.glossary).toEqual(g(ours, hama));
    expect(resolveConflict(result.glossary, 'homs', theirs)).toEqual(g(theirs, hama));
  });

  it('treats delete-versus-edit as a conflict and keeps the edited entry until decided', () => {
    const theirs = entry('homs', 'חומס', { note: 'edited' });
    const result = mergeGlossaries(g(homs), g(), g(theirs));
    expect(result.conflicts).toEqual([{ id: 'homs', base: homs, theirs }]);
    expect(result.glossary).toEqual(g(theirs));
    expect(resolveConflict(result.glossary, 'homs', null)).toEqual(g());
  });

  it('is symmetric about which side changed, and merging identical sides changes nothing', () => {
    const arbitraryEntry = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      kind: fc.constantFrom('person' as const, 'place' as const),
      source: fc.array(fc.constantFrom('A', 'B'), { maxLength: 2 }),
      terms: fc.array(
        fc.record({ text: fc.constantFrom('א', 'ב'), status: fc.constant('preferred' as const) }),
        {
          maxLength: 2,
        },
      ),
    });
    const glossary = fc
      .uniqueArray(arbitraryEntry, { selector: (e) => e.id })
      .map((entries) => ({ entries }));
    fc.assert(
      fc.property(glossary, glossary, (base, changed) => {
        expect(mergeGlossaries(base, base, changed)).toEqual({ glossary: changed, conflicts: [] });
        expect(mergeGlossaries(base, changed, base)).toEqual({ glossary: changed, conflicts: [] });
        expect(mergeGlossaries(base, changed, changed).glossary).toEqual(changed);
      }),
    );
  });
});
