// CSV cells that a spreadsheet would run are defused; harmless text is written as it is.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Finding } from '../model/finding';
import { buildReportCsv } from './report-csv';

const row = (text: string, replacement: string) => ({
  decision: 'open' as const,
  finding: {
    check: 'typography',
    severity: 'info',
    paragraph: 0,
    start: 0,
    end: 1,
    text,
    message: { key: 'findings:none', params: {} },
    suggestions: [{ replacement, edits: [] }],
    fingerprint: text,
  } satisfies Finding,
});

describe('buildReportCsv', () => {
  const cases: [string, string, string][] = [
    ['a lone hyphen (a maqaf finding) stays as it is', '-', '-'],
    ['a formula is prefixed with a quote', '=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['a signed expression is prefixed too', '-1+2', "'-1+2"],
    ['Hebrew text is untouched', 'חייאת', 'חייאת'],
  ];
  it.each(cases)('%s', (_why, text, cell) => {
    const csv = buildReportCsv([row(text, text)], 'en');
    const [, first] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(first?.[4]).toBe(cell);
    expect(first?.[6]).toBe(cell);
  });
});
