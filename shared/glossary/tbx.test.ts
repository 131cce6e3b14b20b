import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTbx, writeTbx } from './tbx';

const fixture = (name: string) => readFileSync(`/work/shared/acceptance/fixtures/glossary/${name}`, 'utf8');

describe('parseTbx', () => {
  it.each(['v2.tbx', 'v3.tbx'])('reads the %s fixture (TBX 2 martif and TBX 3 tbx)', (name) => {
    const { glossary, problems } = parseTbx(fixture(name));
    expect(problems).toEqual([]);
    expect(glossary.entries.map((e) => e.id)).toEqual(['talbiseh', 'aleppo']);
    expect(glossary.entries[1]).toMatchObject({
      source: ['Aleppo'],
      terms: [
        { text: 'חלב', status: 'preferred' },
        { text: 'חאלב', status: 'deprecated' },
      ],
    });
  });

  it('round-trips the fixtures through writeTbx', () => {
    for (const name of ['v2.tbx', 'v3.tbx']) {
      const first = parseTbx(fixture(name)).glossary;
      expect(parseTbx(writeTbx(first))).toEqual({ glossary: first, problems: [] });
    }
  });
});
