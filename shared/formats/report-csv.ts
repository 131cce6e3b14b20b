// The review report as CSV for spreadsheets: one row per finding, RFC 4180 quoting by papaparse, UTF-8
// with a byte-order mark so Excel reads the Hebrew as UTF-8 rather than the ANSI code page.
import Papa from 'papaparse';
import type { UiLanguage } from '../i18n/resources';
import { reportColumns, reportLabel, rowText } from './report-text';
import type { ReviewRow } from './review-decisions';

export function buildReportCsv(rows: readonly ReviewRow[], language: UiLanguage): string {
  const header = reportColumns.map((column) => reportLabel(language, `column-${column}`));
  const body = rows.map((row) => {
    const text = rowText(language, row);
    return reportColumns.map((column) => String(text[column]));
  });
  // escapeFormulae: a cell starting with = + - @ is not run as a formula when the file is opened
  // (OWASP "CSV Injection"); document text is hostile input.
  return '\uFEFF' + Papa.unparse([header, ...body], { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}
