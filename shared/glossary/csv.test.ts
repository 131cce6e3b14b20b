import { describe, expect, it } from 'vitest';
import { csvColumns, parseCsv, writeCsv } from './csv';

const header = csvColumns.join(',');
const summary = (problems: readonly { severity: string; messageKey: string; line?: number }[]) =>
  problems.map((p) => [p.severity, p.messageKey.replace('errors:glossary-', ''), p.line]);

describe('CSV glossary', () => {
  it('writes UTF-8 with a BOM, the documented header and CRLF rows', () => {
    const csv = writeCsv({
      entries: [
        {
          id: 'aleppo',
          kind: 'place',
          source: ['Aleppo'],
          terms: [
            { text: 'חלב', status: 'preferred' },
            { text: 'חאלב', status: 'deprecated' },
          ],
        },
      ],
    });
    expect(csv).toBe(`\uFEFF${header}\r\naleppo,place,Aleppo,,חלב,,חאלב,,,\r\n`);
  });

  it('reads columns in any order, header case-insensitive, several values per cell', () => {
    const csv = 'English,Preferred,Deprecated,Kind\r\nHoms,חומס,חומץ|חמס,Place\r\n';
    expect(parseCsv(csv)).toEqual({
      glossary: {
        entries: [
          {
            id: 'homs',
            kind: 'place',
            source: ['Homs'],
            terms: [
              { text: 'חומס', status: 'preferred' },
              { text: 'חומץ', status: 'deprecated' },
              { text: 'חמס', status: 'deprecated' },
            ],
          },
        ],
      },
      problems: [],
    });
  });

  it('reports unknown columns, ragged rows, duplicates and rows without Hebrew, row by row', () => {
    const csv = [
      'id,english,preferred,colour',
      'a,Aleppo,חלב,red',
      'b,Beirut',
      'a,Again,שוב,blue',
      'c,Cairo,,green',
      'd,Damascus,דמשק,x,extra',
    ].join('\n');
    const { glossary, problems } = parseCsv(csv);
    expect(glossary.entries.map((e) => e.id)).toEqual(['a', 'd']);
    expect(summary(problems)).toEqual([
      ['warning', 'csv-unknown-column', 1],
      ['warning', 'csv-ragged-row', 3],
      ['error', 'entry-no-hebrew', 3],
      ['error', 'duplicate-id', 4],
      ['error', 'entry-no-hebrew', 5],
      ['warning', 'csv-ragged-row', 6],
    ]);
  });

  it('imports nothing from a file without a usable header, and says which columns it expects', () => {
    const { glossary, problems } = parseCsv('Aleppo,חלב\nHoms,חומס\n');
    expect(glossary.entries).toEqual([]);
    expect(problems.at(-1)).toMatchObject({
      messageKey: 'errors:glossary-csv-no-header',
      params: { expected: header },
    });
    expect(summary(parseCsv('').problems)).toEqual([['error', 'csv-empty', undefined]]);
  });

  it('gives generated ids that do not collide', () => {
    const { glossary } = parseCsv('english,preferred\nHoms,חומס\nHoms,חמס\n,ראסטן\n');
    expect(glossary.entries.map((e) => e.id)).toEqual(['homs', 'homs-2', 'entry']);
  });

  it('guards formula-looking cells on write and restores them on read', () => {
    const entries = [
      {
        id: 'f',
        kind: 'term' as const,
        source: ['=HYPERLINK("x")'],
        terms: [{ text: '-ממשלתי', status: 'preferred' as const }],
      },
    ];
    const csv = writeCsv({ entries });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`'-ממשלתי`);
    expect(parseCsv(csv).glossary.entries).toEqual(entries);
  });

  it('refuses a file over 20 MB', () => {
    const huge = `${header}\n` + 'x'.repeat(20 * 1024 * 1024 + 1);
    expect(summary(parseCsv(huge).problems)).toEqual([['error', 'too-large', undefined]]);
  });
});
