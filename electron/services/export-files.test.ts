// Every export read back by a reader we did not write: DOCX through JSZip (the tracked changes Word
// would accept or reject), XLIFF 2.0 and TMX 1.4 through xmllint against the OASIS schema and the LISA
// DTD plus fast-xml-parser, CSV through papaparse, HTML checked for escaping of hostile text.
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { buildExport, type ExportContext } from '../../shared/formats/build-export';
import type { ExportDocument } from '../../shared/formats/export-document';
import type { Finding } from '../../shared/model/finding';
import type { AlignedDocument } from '../../shared/model/document';
import { readDocx } from '../testing/docx-reader';
import { hasXmllint, xmllint } from '../testing/xmllint';

const RLM = '\u200F';
const FSI = '\u2068';
const PDI = '\u2069';
const hostile = '<script>alert(1)</script>"&\'';

const document: ExportDocument = {
  source: ['Rastan fell.', 'HTS said <b>"no"</b> & left.', 'Version 2 is out.'],
  original: ['רסטן נפלה.', 'חיית תחריר אל-שאם אמרו "לא" ויצאו.', 'גרסה 2 יצאה.'],
  current: ['ראסטן נפלה.', 'חייאת תחריר אל-שאם אמרו "לא" ויצאו.', `גרסה ${RLM}${FSI}2${PDI} יצאה.`],
  comments: [
    {
      id: 'c1',
      paragraph: 1,
      start: 0,
      end: 5,
      text: `שם הארגון לפי המילון ${hostile}`,
      author: 'Dana',
      createdAt: '2026-11-25T10:00:00Z',
    },
  ],
  author: 'Reviewer',
  date: '2026-11-25T12:00:00Z',
  title: 'article.he.txt',
};

// A check that flags every paragraph containing the letters רסטן — found on ORIGINAL, gone on CURRENT
// (fixed) — and flags hostile text on CURRENT so the report must escape it.
function fakeChecks(doc: AlignedDocument): Finding[] {
  return doc.target.flatMap((p, paragraph) => {
    const at = p.text.indexOf('רסטן');
    const findings: Finding[] = [];
    if (at >= 0)
      findings.push({
        check: 'name-variants',
        severity: 'warning',
        paragraph,
        start: at,
        end: at + 4,
        text: 'רסטן',
        message: { key: 'findings:name-variants', params: { variants: 'רסטן, ראסטן' } },
        suggestions: [],
        fingerprint: 'rastan',
      });
    if (paragraph === 1)
      findings.push({
        check: 'typography',
        severity: 'info',
        paragraph,
        start: 0,
        end: 4,
        text: hostile,
        message: { key: 'findings:typography', params: {} },
        suggestions: [{ replacement: `=HYPERLINK("x")${hostile}`, edits: [] }],
        fingerprint: 'hostile',
      });
    return findings;
  });
}

const context: ExportContext = {
  document,
  currentText: document.current.join('\n') + '\n',
  ignored: new Set(),
  checkDocument: fakeChecks,
  language: 'en',
  toolVersion: '0.1.0',
};
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('tracked-changes DOCX', () => {
  it('accepting every change gives CURRENT and rejecting every change gives ORIGINAL', async () => {
    const docx = await readDocx(await buildExport('docx', context));
    expect(docx.accepted).toEqual(document.current);
    expect(docx.rejected).toEqual(document.original);
  });

  it('marks each word change as w:del + w:ins with author and date', async () => {
    const docx = await readDocx(await buildExport('docx', context));
    expect(docx.deletions.length).toBeGreaterThanOrEqual(3);
    expect(docx.insertions.length).toBeGreaterThanOrEqual(3);
    for (const mark of [...docx.insertions, ...docx.deletions])
      expect(mark).toEqual({ author: 'Reviewer', date: '2026-11-25T12:00:00Z' });
    expect(docx.documentXml).toContain('<w:delText xml:space="preserve">רסטן</w:delText>');
    expect(docx.documentXml).toContain('>ראסטן</w:t>');
  });

  it('writes the comments as Word comments anchored in their paragraph', async () => {
    const docx = await readDocx(await buildExport('docx', context));
    expect(docx.comments).toEqual([document.comments[0]?.text]);
    expect(docx.documentXml).toMatch(
      /<w:commentRangeStart w:id="(\d+)"\/>[\s\S]*<w:commentReference w:id="\1"\/>/,
    );
  });

  it('anchors a comment on the words it was made on, inside a tracked change', async () => {
    const docx = await readDocx(await buildExport('docx', context));
    const range = /<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/.exec(
      docx.documentXml,
    );
    const inside = [...(range?.[2] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('');
    expect(inside).toBe(document.current[1]?.slice(0, 5));
    expect(docx.accepted).toEqual(document.current);
  });

  it('keeps bidi controls byte for byte', async () => {
    const docx = await readDocx(await buildExport('docx', context));
    expect(docx.accepted[2]).toBe(document.current[2]);
  });
});

describe('corrected DOCX', () => {
  it('holds CURRENT in right-to-left paragraphs styled Hebrew right to left', async () => {
    const docx = await readDocx(await buildExport('docx-clean', context));
    expect(docx.accepted).toEqual(document.current);
    expect(docx.insertions).toEqual([]);
    expect(docx.documentXml.match(/<w:bidi\/>/g)?.length).toBe(3);
    const style = docx.stylesXml.slice(docx.stylesXml.indexOf('w:styleId="HebrewText"'));
    expect(style).toMatch(/^[^]*?<w:rtl\/>[^]*?<\/w:style>/);
    expect(style).toMatch(/^[^]*?w:cs="David"[^]*?<\/w:style>/);
  });
});

describe.skipIf(!hasXmllint)('XLIFF 2.0', () => {
  it('is valid by the OASIS schema and holds source, target and notes per paragraph', async () => {
    const xml = utf8(await buildExport('xliff', context));
    const verdict = xmllint(xml, '--schema', 'xliff2.0/xliff_core_2.0.xsd');
    expect(verdict.output).toMatch(/validates/);
    expect(verdict.ok).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      trimValues: false,
      isArray: (name) => ['unit', 'note'].includes(name),
    }).parse(xml);
    const units = parsed.xliff.file.unit as {
      segment: { source: string; target: string };
      notes?: { note: { '#text': string }[] };
    }[];
    expect(units.map((u) => String(u.segment.target))).toEqual(document.current);
    expect(units.map((u) => String(u.segment.source))).toEqual(document.source);
    expect(units[1]?.notes?.note.map((n) => n['#text'])).toContain(`Dana: ${document.comments[0]?.text}`);
    expect(parsed.xliff['@_srcLang']).toBe('en');
    expect(parsed.xliff['@_trgLang']).toBe('he');
  });

  it('writes code points XML cannot hold as <cp hex> and stays valid', async () => {
    const withControl = { ...document, current: ['א\u0001ב', 'ג', 'ד'] };
    const xml = utf8(await buildExport('xliff', { ...context, document: withControl }));
    expect(xml).toContain('<target>א<cp hex="0001"/>ב</target>');
    expect(xmllint(xml, '--schema', 'xliff2.0/xliff_core_2.0.xsd').ok).toBe(true);
  });
});

describe.skipIf(!hasXmllint)('TMX 1.4', () => {
  it('is valid by the DTD and pairs English with Hebrew per paragraph, bidi controls intact', async () => {
    const xml = utf8(await buildExport('tmx', context));
    const verdict = xmllint(xml, '--dtdvalid', 'tmx/tmx14.dtd');
    expect(
      verdict.output.split('\n').filter((l) => l && !/failed to load|DOCTYPE|^\s*\^|tmx14\.dtd/.test(l)),
    ).toEqual([]);
    const parsed = new XMLParser({ ignoreAttributes: false, trimValues: false }).parse(xml);
    const units = parsed.tmx.body.tu as { tuv: { '@_xml:lang': string; seg: string }[] }[];
    expect(units.map((u) => u.tuv.find((t) => t['@_xml:lang'] === 'he')?.seg)).toEqual(document.current);
    expect(units.map((u) => u.tuv.find((t) => t['@_xml:lang'] === 'en')?.seg)).toEqual(document.source);
    expect(parsed.tmx.header['@_creationdate']).toBe('20261125T120000Z');
  });
});

describe('review report', () => {
  it('HTML escapes every piece of document text and marks Hebrew cells right to left', async () => {
    const html = utf8(await buildExport('html', context));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/<td dir="rtl" lang="he">רסטן<\/td>/);
    expect(html).toMatch(/<tr class="decision-fixed">/);
    expect(html).toMatch(/<tr class="decision-commented">/);
    expect(html).toMatch(
      /<td dir="rtl" lang="he">\s*<del>רסטן<\/del>\s*<\/td>\s*<td dir="rtl" lang="he">\s*<ins>ראסטן<\/ins>/,
    );
  });

  it('CSV is UTF-8 with a BOM, one row per finding, formulas defused', async () => {
    const bytes = await buildExport('csv', context);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM it reads.
    const rows = Papa.parse<string[]>(utf8(bytes), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Paragraph',
      'Check',
      'Severity',
      'Decision',
      'Text',
      'Message',
      'Suggestion',
      'Comment',
    ]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['Fixed', 'Commented']);
    expect(rows[2]?.[6]?.startsWith("'=")).toBe(true);
    expect(rows[2]?.[7]).toBe(document.comments[0]?.text);
  });
});

describe('TXT', () => {
  it('is CURRENT byte for byte, UTF-8 without BOM', async () => {
    const bytes = await buildExport('txt', context);
    expect(utf8(bytes)).toBe(context.currentText);
    expect(bytes[0]).not.toBe(0xef);
  });
});
