import { describe, expect, it } from 'vitest';
import { starterGlossary } from '../../shared/glossary/starter';
import { listEntries } from './entry-list';
import { entryOf, fieldsOf } from './entry-form';
import { combineGlossaries } from '../../shared/glossary/combine';

const all = starterGlossary.entries;
const ids = (options: Parameters<typeof listEntries>[1]) => listEntries(all, options).map((e) => e.id);

describe('glossary list', () => {
  it('searches English names, aliases and Hebrew spellings (geresh-insensitive)', () => {
    expect(ids({ query: 'HTS', kind: 'all', sort: 'english' })).toContain('hts');
    expect(ids({ query: 'חאלב', kind: 'all', sort: 'english' })).toEqual(['aleppo']);
    expect(ids({ query: 'ח׳אן', kind: 'all', sort: 'english' })).toContain('khan-yunis');
  });

  it('filters by kind and sorts', () => {
    const people = listEntries(all, { query: '', kind: 'person', sort: 'english' });
    expect(people.every((e) => e.kind === 'person')).toBe(true);
    const names = people.map((e) => e.source[0] ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('turns an entry into fields and back unchanged', () => {
    for (const entry of all) expect(entryOf(fieldsOf(entry), entry.id, entry)).toEqual(entry);
    expect(entryOf({ ...fieldsOf(all[0]!), preferred: '', admitted: '', deprecated: '' }, 'x')).toBeNull();
  });

  it('combines glossaries, the first holder of an id winning', () => {
    const [a, b] = all;
    const combined = combineGlossaries([{ entries: [a!] }, { entries: [{ ...a!, note: 'shared' }, b!] }]);
    expect(combined.entries).toEqual([a, b]);
  });
});
