import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starterGlossary } from './starter';
import { parseTbx, writeTbx } from './tbx';
import { findGlossaryHits } from './match';
import { termParts } from '../checks/matching/hebrew-terms';

const entries = starterGlossary.entries;
const byId = new Map(entries.map((e) => [e.id, e]));

describe('starter glossary', () => {
  it('has 60–120 entries, unique ids, an English name, one preferred term and a source note each', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(entries.length).toBeLessThanOrEqual(120);
    expect(byId.size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.source.length, entry.id).toBeGreaterThan(0);
      expect(
        entry.terms.filter((t) => t.status === 'preferred'),
        entry.id,
      ).toHaveLength(1);
      expect(entry.note, entry.id).toMatch(/^Starter glossary\. \S/);
    }
  });

  it('never forbids a spelling that any entry accepts', () => {
    const usable = new Set(
      entries.flatMap((e) =>
        e.terms.filter((t) => t.status !== 'deprecated').map((t) => termParts(t.text).join(' ')),
      ),
    );
    const clashes = entries.flatMap((e) =>
      e.terms
        .filter((t) => t.status === 'deprecated' && usable.has(termParts(t.text).join(' ')))
        .map((t) => t.text),
    );
    expect(clashes).toEqual([]);
  });

  it('covers the names of the seed story, with its known misspellings forbidden', () => {
    expect(byId.get('aleppo')?.terms).toContainEqual({ text: 'חאלב', status: 'deprecated' });
    expect(byId.get('talbiseh')?.terms).toContainEqual({ text: 'טלביסה', status: 'deprecated' });
    for (const id of [
      'homs',
      'hama',
      'damascus',
      'rastan',
      'hts',
      'hezbollah',
      'sana',
      'gaza',
      'khan-yunis',
      'idlib',
      'deir-ez-zor',
      'hassan-nasrallah',
      'houthis',
    ])
      expect(byId.has(id), id).toBe(true);
    const seed = readFileSync('shared/samples/article.he.txt', 'utf8');
    const deprecatedHits = findGlossaryHits(starterGlossary, seed)
      .filter((h) => h.term.status === 'deprecated')
      .map((h) => seed.slice(h.start, h.end));
    expect(deprecatedHits.sort()).toEqual(
      ['וטלביסה', 'וטלביסה', 'חאלב', 'חייאת תחריר א-שאם', 'חיית תחריר א-שאם'].sort(),
    );
  });

  it('survives TBX export and import unchanged', () => {
    expect(parseTbx(writeTbx(starterGlossary))).toEqual({ glossary: starterGlossary, problems: [] });
  });
});
