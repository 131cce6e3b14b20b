import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asXmlId, idsForFile, slugOf, uniqueId } from './ids';
import { parseCsv } from './csv';
import { parseTbx, writeTbx } from './tbx';

// XML 1.0 §2.3 names less the colon, written out separately from ids.ts so the two can disagree. The
// ranges hold ZWNJ, ZWJ and combining marks, as the standard's do.
const isNcName = (id: string) =>
  // eslint-disable-next-line no-misleading-character-class
  /^[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F\u2040]*$/u.test(
    id,
  );

describe('asXmlId', () => {
  it.each([
    ['aleppo', 'aleppo', 'a valid id is kept, so round trips and merges see the same entry'],
    ['חלב', 'חלב', 'Hebrew letters are name characters'],
    ['12', 'e-12', 'a spreadsheet row number: an NCName cannot start with a digit'],
    ['a b', 'a-b', 'no spaces in an xsd:ID'],
    ['ns:x', 'ns-x', 'an NCName has no colon'],
    ['-x', 'x', 'a leading hyphen is dropped'],
    ['!!!', 'e-', 'nothing usable left: still a valid id'],
  ])('%s → %s (%s)', (raw, id) => {
    expect(asXmlId(raw)).toBe(id);
    expect(isNcName(asXmlId(raw))).toBe(true);
  });

  it('makes every string an NCName, and leaves an NCName as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (raw) => {
        const id = asXmlId(raw);
        expect(isNcName(id)).toBe(true);
        expect(asXmlId(id)).toBe(id);
      }),
    );
  });

  it('agrees with the ids Nusach makes itself', () => {
    expect(asXmlId(slugOf('1948 war'))).toBe(slugOf('1948 war'));
    expect(uniqueId('Aleppo', new Set(['aleppo']))).toBe('aleppo-2');
  });
});

describe('ids read from files', () => {
  it('makes a TBX entry id that is no XML name one, so the glossary writes valid TBX again', () => {
    const tbx = writeTbx({
      entries: [
        { id: '12 x', kind: 'place', source: ['Rastan'], terms: [{ text: 'רסטן', status: 'preferred' }] },
      ],
    });
    const { glossary } = parseTbx(tbx);
    expect(glossary.entries.map((e) => e.id)).toEqual(['e-12-x']);
    expect(writeTbx(glossary)).toContain('<conceptEntry id="e-12-x">');
  });

  it('makes numbered CSV ids valid TBX ids', () => {
    const { glossary } = parseCsv('id,english,preferred\n1,Rastan,רסטן\n2,Homs,חומס\n');
    expect(glossary.entries.map((e) => e.id)).toEqual(['e-1', 'e-2']);
  });
});

describe('idsForFile', () => {
  const made = (index: number) => `entry-${index + 1}`;
  it.each([
    [['a', 'b'], ['a', 'b'], 'valid ids are kept'],
    [['a', 'a'], ['a', undefined], 'an id written twice: the second entry is a duplicate'],
    [['a b', 'a-b'], ['a-b-2', 'a-b'], 'a cleaned id never takes a valid one written later'],
    [['a-b', 'a b'], ['a-b', 'a-b-2'], 'nor one written earlier'],
    [['a b', 'a  b'], ['a-b', 'a-b-2'], 'two ids cleaned alike are two entries'],
    [['a b', 'a b'], ['a-b', undefined], 'the same raw id twice is still a duplicate'],
    [[undefined, 'entry-1'], ['entry-1-2', 'entry-1'], 'a made-up id yields to a written one'],
    [[undefined, undefined], ['entry-1', 'entry-2'], 'made-up ids differ'],
  ] as [(string | undefined)[], (string | undefined)[], string][])('%j → %j (%s)', (written, ids) => {
    expect(idsForFile(written, made)).toEqual(ids);
  });

  it('imports both CSV rows whose ids clean to the same name, and a row whose id an earlier row made up', () => {
    const { glossary, problems } = parseCsv(
      'id,english,preferred\na b,Rastan,רסטן\na-b,Homs,חומס\n,Aleppo,חלב\naleppo,Halab,חלב\n',
    );
    expect(glossary.entries.map((e) => [e.id, e.source[0]])).toEqual([
      ['a-b-2', 'Rastan'],
      ['a-b', 'Homs'],
      ['aleppo-2', 'Aleppo'],
      ['aleppo', 'Halab'],
    ]);
    expect(problems).toEqual([]);
  });

  it('leaves an id to the next entry when the first one holding it is refused (no Hebrew)', () => {
    const { glossary, problems } = parseCsv('id,english,preferred\nx,Rastan,\nx,Homs,חומס\n');
    expect(glossary.entries.map((e) => [e.id, e.source[0]])).toEqual([['x', 'Homs']]);
    expect(problems.map((p) => [p.messageKey, p.line])).toEqual([['errors:glossary-entry-no-hebrew', 2]]);
  });

  it('imports both TBX entries whose ids clean to the same name, and writes them back distinct', () => {
    const entry = (id: string, he: string) =>
      `<conceptEntry id="${id}"><langSec xml:lang="he"><termSec><term>${he}</term></termSec></langSec></conceptEntry>`;
    const tbx = `<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>${entry('a b', 'רסטן')}${entry('a-b', 'חומס')}</body></text></tbx>`;
    const { glossary, problems } = parseTbx(tbx);
    expect(glossary.entries.map((e) => e.id)).toEqual(['a-b-2', 'a-b']);
    expect(problems).toEqual([]);
    expect(parseTbx(writeTbx(glossary)).glossary.entries.map((e) => e.id)).toEqual(['a-b-2', 'a-b']);
  });
});
