import { describe, expect, it } from 'vitest';
import { entryForChoice } from './glossary-choice';

const now = new Date('2026-11-25T12:00:00Z');

describe('saving a cluster choice to the glossary', () => {
  it('creates an entry: kept spelling preferred, the others deprecated', () => {
    const entry = entryForChoice({ entries: [] }, 'Rastan', 'רסטן', ['ראסטן', 'רסטן'], now);
    expect(entry.source).toEqual(['Rastan']);
    expect(entry.terms).toEqual([
      { text: 'רסטן', status: 'preferred' },
      { text: 'ראסטן', status: 'deprecated' },
    ]);
  });

  it('updates the entry that already names the English name, keeping its id and other terms', () => {
    const glossary = {
      entries: [
        {
          id: 'rastan',
          kind: 'place' as const,
          source: ['Rastan', 'Al-Rastan'],
          terms: [
            { text: 'ראסטן', status: 'preferred' as const },
            { text: 'אר-רסטן', status: 'admitted' as const },
          ],
        },
      ],
    };
    const entry = entryForChoice(glossary, 'rastan', 'רסטן', ['ראסטן'], now);
    expect(entry.id).toBe('rastan');
    expect(entry.kind).toBe('place');
    expect(entry.terms).toEqual([
      { text: 'רסטן', status: 'preferred' },
      { text: 'ראסטן', status: 'deprecated' },
      { text: 'אר-רסטן', status: 'admitted' },
    ]);
  });
});
