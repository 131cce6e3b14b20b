// The review report as CSV for spreadsheets: one row per finding, RFC 4180 quoting by papaparse, UTF-8
// with a byte-order mark so Excel reads the Hebrew as UTF-8 rather than the ANSI code page.
import Papa from 'papaparse';
import type { UiLanguage } from '../i18n/resources';
import { reportColumns, reportLabel, rowText } from './report-text';
import type { ReviewRow } from './review-decisions';

/**
 * A cell that a spreadsheet would run as a formula gets a leading ' (OWASP "CSV Injection"; document
 * text is hostile input). A lone sign is left alone: the typography findings' text is often just "-",
 * which no spreadsheet evaluates, and "'-" in every such row would only confuse.
 */
const formulaStart = /^[=+\-@\t\r][\s\S]/;

export function buildReportCsv(rows: readonly ReviewRow[], language: UiLanguage): string {
  const header = reportColumns.map((column) => reportLabel(language, `column-${column}`));
  const body = rows.map((row) => {
    const text = rowText(language, row);
    return reportColumns.map((column) => String(text[column]));
  });
  return (
    '\uFEFF' + Papa.unparse([header, ...body], { newline: '\r\n', escapeFormulae: formulaStart }) + '\r\n'
  );
}
