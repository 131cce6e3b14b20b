// The diff's behaviour as a table of examples: ORIGINAL, CURRENT, the changes a reviewer should see.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffParagraph, revertChange } from './word-diff';
import { createDocumentDiffer, diffDocument } from './document-diff';

const show = (original: string, current: string, ignoreNiqqud = false) =>
  diffParagraph(original, current, { ignoreNiqqud }).changes.map((c) => [c.deleted, c.inserted]);

describe('diffParagraph: what a reviewer sees as changed', () => {
  const table: [string, string, string, [string, string][]][] = [
    [
      'a letter added inside a prefixed name is one whole-word change',
      'נלחמו ברסטן אתמול',
      'נלחמו בראסטן אתמול',
      [['ברסטן', 'בראסטן']],
    ],
    ['the bare name changes alone', 'העיר רסטן נפלה', 'העיר ראסטן נפלה', [['רסטן', 'ראסטן']]],
    [
      'a two-word name replaced is one change, not word-space-word',
      'ארגון חיית תחריר אל-שאם',
      'ארגון חייאת תחריר אל-שאם',
      [['חיית', 'חייאת']],
    ],
    [
      'punctuation is its own token: a comma added does not touch the word',
      'אמר שלום ויצא',
      'אמר שלום, ויצא',
      [['', ',']],
    ],
    ['a full stop replaced by a question mark', 'האם הוא בא.', 'האם הוא בא?', [['.', '?']]],
    ['gershayim stay inside the word', 'דובר צה"ל אמר', 'דובר צה״ל אמר', [['צה"ל', 'צה״ל']]],
    ['whitespace changes are shown, not hidden (jsdiff #402)', 'שני  רווחים', 'שני רווחים', [['  ', ' ']]],
    ['a word deleted', 'הוא אמר אתמול שלום', 'הוא אמר שלום', [['אתמול ', '']]],
    [
      'a bidi mark inserted is a change, kept exactly (it joins the space before it, UAX #29 WB4)',
      'גרסה 2',
      'גרסה \u200F2',
      [[' ', ' \u200F']],
    ],
    [
      'two neighbouring words replaced read as one phrase change',
      'ברסטן ובחיית תחריר',
      'בראסטן ובחייאת תחריר',
      [['ברסטן ובחיית', 'בראסטן ובחייאת']],
    ],
    ['English words are words too', 'the quick fox', 'the slow fox', [['quick', 'slow']]],
    ['identical text has no change', 'ללא שינוי', 'ללא שינוי', []],
  ];
  it.each(table)('%s', (_why, original, current, expected) => {
    expect(show(original, current)).toEqual(expected);
  });

  it('niqqud-only differences count as changes by default and vanish when niqqud is ignored', () => {
    expect(show('שָׁלוֹם עולם', 'שלום עולם')).toEqual([['שָׁלוֹם', 'שלום']]);
    expect(show('שָׁלוֹם עולם', 'שלום עולם', true)).toEqual([]);
    expect(show('שָׁלוֹם עולם', 'שלום עולמות', true)).toEqual([['עולם', 'עולמות']]);
  });

  it('counts insertions and deletions per paragraph', () => {
    const diff = diffParagraph('א ב ג ד', 'א ב2 ג ה ו');
    expect(diff.changes.length).toBe(2);
    expect(diff.insertions).toBe(2);
    expect(diff.deletions).toBe(2);
    expect(diffParagraph('א ב', 'א ב ג').deletions).toBe(0);
  });
});

describe('diff parts and changes rebuild both texts exactly', () => {
  const hebrewish = fc.string({
    unit: fc.constantFrom(
      'ב',
      'ר',
      'ס',
      'ט',
      'ן',
      'א',
      ' ',
      '  ',
      ',',
      '.',
      '"',
      '\u200F',
      '\u2067',
      '\u2069',
      'ָ',
      'a',
    ),
    maxLength: 40,
  });
  it('equal+delete = ORIGINAL, equal+insert = CURRENT, and reverting every change gives ORIGINAL', () => {
    fc.assert(
      fc.property(hebrewish, hebrewish, (original, current) => {
        const diff = diffParagraph(original, current);
        const rebuilt = (skip: 'insert' | 'delete') =>
          diff.parts
            .filter((p) => p.kind !== skip)
            .map((p) => p.text)
            .join('');
        expect(rebuilt('insert')).toBe(original);
        expect(rebuilt('delete')).toBe(current);
        let reverted = current;
        for (const change of [...diff.changes].reverse()) reverted = revertChange(reverted, change);
        expect(reverted).toBe(original);
      }),
    );
  });

  it('a paragraph rewritten beyond the edit budget is one trimmed change, still exact', () => {
    const words = (seed: number) => Array.from({ length: 3000 }, (_, i) => `מ${(i * seed) % 997}`).join(' ');
    const original = `פתיח ${words(7)} סוף`;
    const current = `פתיח ${words(13)} סוף`;
    const diff = diffParagraph(original, current);
    expect(diff.approximate).toBe(true);
    expect(diff.changes).toHaveLength(1);
    expect(diff.parts[0]).toEqual({ kind: 'equal', text: 'פתיח מ0 ' });
    expect(revertChange(current, diff.changes[0]!)).toBe(original);
  });

  it('reverting one change undoes that change only', () => {
    const original = 'ברסטן, ובחיית תחריר';
    const current = 'בראסטן, ובחייאת תחריר';
    const diff = diffParagraph(original, current);
    expect(diff.changes.length).toBe(2);
    expect(revertChange(current, diff.changes[1]!)).toBe('בראסטן, ובחיית תחריר');
    expect(revertChange(current, diff.changes[0]!)).toBe('ברסטן, ובחייאת תחריר');
  });
});

describe('diffDocument', () => {
  it('sums paragraphs and lists the changed ones', () => {
    const diff = diffDocument(['א ב', 'ג ד', 'ה'], ['א ב', 'ג ז', 'ה ו']);
    expect(diff.changedParagraphs).toEqual([1, 2]);
    expect(diff.changes).toBe(2);
    expect(diff.insertions).toBe(2);
    expect(diff.deletions).toBe(1);
  });

  it('a document differ reuses the diffs of paragraphs that did not change', () => {
    const differ = createDocumentDiffer();
    const first = differ(['א ב', 'ג ד'], ['א ב', 'ג ה']);
    const second = differ(['א ב', 'ג ד'], ['א ב2', 'ג ה']);
    expect(second.paragraphs[1]).toBe(first.paragraphs[1]);
    expect(second.paragraphs[0]).not.toBe(first.paragraphs[0]);
    expect(second).toEqual(diffDocument(['א ב', 'ג ד'], ['א ב2', 'ג ה']));
  });

  it('stays fast on a long document because it diffs paragraph by paragraph', () => {
    const paragraph = Array.from({ length: 100 }, (_, i) => `מילה${i % 37}`).join(' ');
    const original = Array.from({ length: 100 }, () => paragraph);
    const current = original.map((p, i) => (i % 3 === 0 ? p.replace('מילה5 ', 'מלה5 ') : p));
    const started = Date.now();
    const diff = diffDocument(original, current);
    expect(diff.changes).toBe(34);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
