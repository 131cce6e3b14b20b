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

const wrap = (body: string) =>
  `<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n${body}\n</body></text></tbx>`;
const he = (...terms: string[]) =>
  `<langSec xml:lang="he">${terms.map((t) => `<termSec><term>${t}</term></termSec>`).join('')}</langSec>`;
const codes = (problems: readonly { messageKey: string }[]) => problems.map((p) => p.messageKey);

describe('parseTbx on bad or unusual files', () => {
  it('reports malformed XML with its line and imports nothing', () => {
    const { glossary, problems } = parseTbx('<tbx><text><body>\n<conceptEntry id="a">\n</body></text></tbx>');
    expect(glossary.entries).toEqual([]);
    expect(problems).toMatchObject([
      { severity: 'error', messageKey: 'errors:glossary-xml-malformed', line: 3 },
    ]);
  });

  it('refuses a billion-laughs file quickly instead of expanding it', () => {
    const lol = (n: number) => `&lol${n};`.repeat(10);
    const entities = [
      '<!ENTITY lol0 "lol">',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `<!ENTITY lol${n} "${lol(n - 1)}">`),
    ];
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE tbx [\n${entities.join('\n')}\n]>\n${wrap(
      `<conceptEntry id="a">${he('&lol9;')}</conceptEntry>`,
    ).replace(/^<\?xml[^>]*>\n/, '')}`;
    const started = Date.now();
    const { glossary } = parseTbx(bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(glossary).length).toBeLessThan(10_000);
  });

  it('stops a flat entity flood at the expansion budget', () => {
    const flood = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY big "${'x'.repeat(900)}">]>\n${wrap(
      `<conceptEntry id="a">${he('&big;'.repeat(2000))}</conceptEntry>`,
    ).replace(/^<\?xml[^>]*>\n/, '')}`;
    const { glossary, problems } = parseTbx(flood);
    expect(glossary.entries).toEqual([]);
    expect(codes(problems)).toEqual(['errors:glossary-xml-unsafe']);
  });

  it('never reads external entities', () => {
    const external = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${wrap(
      `<conceptEntry id="a">${he('&x;')}</conceptEntry>`,
    ).replace(/^<\?xml[^>]*>\n/, '')}`;
    const { glossary, problems } = parseTbx(external);
    expect(JSON.stringify(glossary)).not.toContain('root:');
    expect(codes(problems)).toEqual(['errors:glossary-xml-unsafe']);
  });

  it('decodes predefined, numeric and plain internal entities', () => {
    const file = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY sham "א-שאם">]>\n${wrap(
      `<conceptEntry id="a">${he('&#x5D7;&#1500;&#x5D1; &amp; &sham;')}</conceptEntry>`,
    ).replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(parseTbx(file).glossary.entries[0]?.terms[0]?.text).toBe('חלב & א-שאם');
  });

  it('is not TBX: says what the root element was', () => {
    expect(parseTbx('<xliff version="2.0"/>').problems).toMatchObject([
      { messageKey: 'errors:glossary-tbx-not-tbx', params: { root: 'xliff' } },
    ]);
  });

  it('reports duplicates, entries without Hebrew, other languages, unknown kinds and statuses, with lines', () => {
    const file = wrap(
      [
        `<conceptEntry id="a"><descrip type="subjectField">politics</descrip>${he('א')}</conceptEntry>`,
        `<conceptEntry id="a">${he('ב')}</conceptEntry>`,
        `<conceptEntry id="c"><langSec xml:lang="en"><termSec><term>C</term></termSec></langSec></conceptEntry>`,
        `<conceptEntry id="d"><langSec xml:lang="ar"><termSec><term>د</term></termSec></langSec>${he('ד')}</conceptEntry>`,
        `<conceptEntry id="e"><langSec xml:lang="he"><termSec><term>ה</term><termNote type="administrativeStatus">maybe</termNote></termSec></langSec></conceptEntry>`,
      ].join('\n'),
    );
    const { glossary, problems } = parseTbx(file);
    expect(glossary.entries.map((e) => [e.id, e.kind, e.terms[0]?.text])).toEqual([
      ['a', 'term', 'א'],
      ['d', 'term', 'ד'],
      ['e', 'term', 'ה'],
    ]);
    expect(
      problems.map((p) => [p.severity, p.messageKey.replace('errors:glossary-', ''), p.entryId, p.line]),
    ).toEqual([
      ['warning', 'unknown-kind', 'a', 3],
      ['error', 'duplicate-id', 'a', 4],
      ['error', 'entry-no-hebrew', 'c', 5],
      ['warning', 'tbx-language-skipped', 'd', 6],
      ['warning', 'unknown-status', 'e', 7],
    ]);
  });

  it('reads TBX 2 ntig/termGrp, TBX 3 DCT elements, notes and the latest transaction', () => {
    const v2 = `<martif type="TBX-Basic"><text><body><termEntry id="x">
      <note>Academy rule: خ → ח׳</note>
      <transacGrp><transac type="transactionType">origination</transac><transacNote type="responsibility">A</transacNote><date>2024-01-01</date></transacGrp>
      <transacGrp><transac type="transactionType">modification</transac><transacNote type="responsibility">B</transacNote><date>2025-06-01</date></transacGrp>
      <langSet xml:lang="iw"><ntig><termGrp><term>ח'אן יונס</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig></langSet>
    </termEntry></body></text></martif>`;
    expect(parseTbx(v2).glossary.entries[0]).toEqual({
      id: 'x',
      kind: 'term',
      source: [],
      terms: [{ text: "ח'אן יונס", status: 'preferred' }],
      note: 'Academy rule: خ → ח׳',
      changedBy: 'B',
      changedAt: '2025-06-01',
    });
    const dct = `<tbx type="TBX-Basic" style="dct" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body>
      <conceptEntry id="y"><basic:subjectField>person</basic:subjectField>
      <langSec xml:lang="en"><termSec><term>Nasrallah</term></termSec></langSec>
      <langSec xml:lang="he"><termSec><term>נסראללה</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
      <termSec><term>נסרללה</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
      </conceptEntry></body></text></tbx>`;
    expect(parseTbx(dct)).toEqual({
      glossary: {
        entries: [
          {
            id: 'y',
            kind: 'person',
            source: ['Nasrallah'],
            terms: [
              { text: 'נסראללה', status: 'preferred' },
              { text: 'נסרללה', status: 'deprecated' },
            ],
          },
        ],
      },
      problems: [],
    });
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const huge = wrap(`<conceptEntry id="a">${he('א')}</conceptEntry>`) + ' '.repeat(20 * 1024 * 1024);
    expect(codes(parseTbx(huge).problems)).toEqual(['errors:glossary-too-large']);
  });
});
