// Glossary matching, pinned by a table (STYLE.md): each row is a text, what must be found in it, and why.
import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry, TermStatus } from './model';
import { findGlossaryHits, hitsAt } from './match';

const entry = (id: string, ...terms: [string, TermStatus][]): GlossaryEntry => ({
  id,
  kind: 'place',
  source: [id],
  terms: terms.map(([text, status]) => ({ text, status })),
});
const glossary: Glossary = {
  entries: [
    entry('aleppo', ['חלב', 'preferred'], ['חאלב', 'deprecated']),
    entry('homs', ['חומס', 'preferred']),
    entry('hts', ['הייאת תחריר א-שאם', 'preferred'], ['חייאת תחריר א-שאם', 'deprecated']),
    entry('wadi-khaled', ['ואדי חאלד', 'preferred']),
    entry('khan-yunis', ["ח'אן יונס", 'preferred'], ['חאן יונס', 'admitted']),
    entry('beirut', ['ביירות', 'preferred']),
    entry('lebanon', ['לבנון', 'preferred']),
  ],
};

// [text, matched text, entry id, probable, why]
const mustMatch: [string, string, string, boolean, string][] = [
  ['העיר חלב נכבשה', 'חלב', 'aleppo', false, 'the term itself'],
  ['נלחמו בחלב', 'בחלב', 'aleppo', true, 'ב prefix: probable (in Aleppo / in milk)'],
  ['ראו וחאלב', 'וחאלב', 'aleppo', true, 'a deprecated spelling with ו'],
  ['יצאו מחומס', 'מחומס', 'homs', true, 'מ prefix'],
  ['הגיעו לחומס', 'לחומס', 'homs', true, 'ל prefix'],
  ['כחומס של פעם', 'כחומס', 'homs', true, 'כ prefix'],
  ['העיר שחומס', 'שחומס', 'homs', true, 'ש prefix'],
  ['ומחומס יצאו', 'ומחומס', 'homs', true, 'stacked ו+מ'],
  ['וכשבחומס שקט', 'וכשבחומס', 'homs', true, 'stacked ו+כש+ב'],
  ['בוואדי חאלד', 'בוואדי חאלד', 'wadi-khaled', true, 'vav doubled after a prefix (Academy: בוואדי)'],
  ['ואדי חאלד', 'ואדי חאלד', 'wadi-khaled', false, 'a name starting with ו is read whole'],
  ["ח'אן יונס", "ח'אן יונס", 'khan-yunis', false, 'ASCII apostrophe as geresh'],
  ['ח׳אן יונס', 'ח׳אן יונס', 'khan-yunis', false, 'U+05F3 geresh'],
  ['ח’אן יונס', 'ח’אן יונס', 'khan-yunis', false, 'U+2019 (Mitvim) as geresh'],
  ["בח'אן יונס", "בח'אן יונס", 'khan-yunis', true, 'prefix before a geresh word'],
  ['חאן יונס', 'חאן יונס', 'khan-yunis', false, 'the admitted spelling without geresh'],
  ['הייאת תחריר א-שאם', 'הייאת תחריר א-שאם', 'hts', false, 'hyphen'],
  ['הייאת תחריר א־שאם', 'הייאת תחריר א־שאם', 'hts', false, 'maqaf U+05BE'],
  ['הייאת תחריר א–שאם', 'הייאת תחריר א–שאם', 'hts', false, 'en dash'],
  ['הייאת תחריר א שאם', 'הייאת תחריר א שאם', 'hts', false, 'space instead of maqaf'],
  ['וחייאת תחריר א-שאם', 'וחייאת תחריר א-שאם', 'hts', true, 'deprecated multi-word term with ו'],
  ['ביירות', 'ביירות', 'beirut', false, 'ב belongs to the name: not a prefix'],
  ['לבנון', 'לבנון', 'lebanon', false, 'ל belongs to the name: not a prefix'],
  ['בְּחַלֵב', 'בְּחַלֵב', 'aleppo', true, 'niqqud is invisible to matching (LESSONS.md 10)'],
  ['ח׳אן‏ יונס', 'ח׳אן‏ יונס', 'khan-yunis', false, 'an RLM inside the name is invisible'],
  ['בלבנון', 'בלבנון', 'lebanon', true, 'a real prefix on a name that starts with a prefix letter'],
];

// [text, why]
const mustNotMatch: [string, string][] = [
  ['חלבון', 'a longer word (protein) is not the term'],
  ['חומסים', 'a suffix makes another word'],
  ['אחלב', 'א is not a prefix'],
  ['הייאת תחריר', 'half of a multi-word term'],
  ['חיאן יונס', 'a misspelling is the engine’s variant business, not a glossary hit'],
  ['חל ב', 'letters split by a space'],
];

describe('findGlossaryHits', () => {
  it.each(mustMatch)('%s → %s (%s, probable %s): %s', (text, matched, id, probable) => {
    const hits = findGlossaryHits(glossary, text);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entry.id, h.probable])).toContainEqual([
      matched,
      id,
      probable,
    ]);
  });

  it.each(mustNotMatch)('%s: no hit (%s)', (text) => {
    expect(findGlossaryHits(glossary, text)).toEqual([]);
  });

  it('finds every occurrence in a paragraph, left to right, without overlaps', () => {
    const text = 'מחלב לחומס, ומשם לחאלב ולביירות';
    const hits = findGlossaryHits(glossary, text);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.term.status])).toEqual([
      ['מחלב', 'preferred'],
      ['לחומס', 'preferred'],
      ['לחאלב', 'deprecated'],
      ['ולביירות', 'preferred'],
    ]);
    expect(hitsAt(hits, text.indexOf('חומס') + 2).map((h) => h.entry.id)).toEqual(['homs']);
    expect(hitsAt(hits, text.indexOf(',') + 1)).toEqual([]);
  });
});
