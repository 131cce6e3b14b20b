// The review report as one self-contained HTML page: summary counts, then every finding with the
// decision taken. Document text is hostile input (LESSONS.md 6): the page is built with xmlbuilder2,
// which escapes every text node and attribute, and its Content-Security-Policy forbids scripts
// anyway. Hebrew cells carry dir="rtl" (LESSONS.md 2); messages, in the report language, take its direction.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { UiLanguage } from '../i18n/resources';
import type { DocumentDiff } from '../diff/document-diff';
import { decisionLabel, reportColumns, reportLabel, rowText } from './report-text';
import { decisions, summarize, type ReviewRow } from './review-decisions';

export interface ReportInput {
  readonly title: string;
  readonly rows: readonly ReviewRow[];
  readonly diff: DocumentDiff;
  readonly language: UiLanguage;
  /** ISO 8601 time the report was made. */
  readonly date: string;
}

const STYLE = [
  'body { font-family: "David CLM", David, Arial, sans-serif; margin: 2rem; }',
  'table { border-collapse: collapse; margin-block: 1rem; }',
  'th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }',
  '.decision-fixed .decision { color: #1b5e20; } .decision-open .decision { color: #b71c1c; font-weight: bold; }',
  'del { background: #fbd3d3; } ins { background: #cdeccd; text-decoration: none; }',
  // A space changed to no space is still a change the reader must see.
  'del, ins { white-space: pre-wrap; }',
].join('\n');

// Cells holding Hebrew document text; the rest are labels in the report's language.
const hebrewColumns = new Set<string>(['text', 'suggestion', 'comment']);

function summaryTable(body: XMLBuilder, input: ReportInput): void {
  const { language } = input;
  const summary = summarize(input.rows);
  const table = body.ele('table', { class: 'summary' });
  const row = (label: string, value: number) => {
    const tr = table.ele('tr');
    tr.ele('th', { scope: 'row' }).txt(label);
    tr.ele('td').txt(String(value));
  };
  row(reportLabel(language, 'report-total'), summary.total);
  for (const decision of decisions) row(decisionLabel(language, decision), summary.byDecision[decision]);
  row(reportLabel(language, 'report-changes'), input.diff.changes);
  row(reportLabel(language, 'report-changed-paragraphs'), input.diff.changedParagraphs.length);
  row(reportLabel(language, 'report-insertions'), input.diff.insertions);
  row(reportLabel(language, 'report-deletions'), input.diff.deletions);
}

function findingsTable(body: XMLBuilder, input: ReportInput): void {
  const { language } = input;
  const table = body.ele('table', { class: 'findings' });
  const head = table.ele('thead').ele('tr');
  for (const column of reportColumns)
    head.ele('th', { scope: 'col' }).txt(reportLabel(language, `column-${column}`));
  const tbody = table.ele('tbody');
  for (const row of input.rows) {
    const text = rowText(language, row);
    const tr = tbody.ele('tr', { class: `decision-${row.decision}` });
    for (const column of reportColumns) {
      const attributes: Record<string, string> = hebrewColumns.has(column)
        ? { dir: 'rtl', lang: 'he' }
        : column === 'message'
          ? // The message is in the report's language, quoting Hebrew spellings: the report's direction.
            { dir: language === 'he' ? 'rtl' : 'ltr', lang: language }
          : column === 'decision'
            ? { class: 'decision' }
            : {};
      tr.ele('td', attributes).txt(String(text[column]));
    }
  }
}

/** Every change from ORIGINAL to CURRENT, so the report alone shows what the reviewer changed. */
function changesTable(body: XMLBuilder, input: ReportInput): void {
  const { language } = input;
  body.ele('h2').txt(reportLabel(language, 'report-changes'));
  const table = body.ele('table', { class: 'changes' });
  const head = table.ele('thead').ele('tr');
  for (const column of ['paragraph', 'before', 'after'])
    head.ele('th', { scope: 'col' }).txt(reportLabel(language, `column-${column}`));
  const tbody = table.ele('tbody');
  input.diff.paragraphs.forEach((paragraph, index) => {
    for (const change of paragraph.changes) {
      const tr = tbody.ele('tr');
      tr.ele('td').txt(String(index + 1));
      tr.ele('td', { dir: 'rtl', lang: 'he' }).ele('del').txt(change.deleted);
      tr.ele('td', { dir: 'rtl', lang: 'he' }).ele('ins').txt(change.inserted);
    }
  });
}

export function buildReportHtml(input: ReportInput): string {
  const { language } = input;
  const title = reportLabel(language, 'report-title', { title: input.title });
  const html = create().ele('html', { lang: language, dir: language === 'he' ? 'rtl' : 'ltr' });
  const head = html.ele('head');
  head.ele('meta', { charset: 'utf-8' });
  head.ele('meta', {
    'http-equiv': 'Content-Security-Policy',
    content: "default-src 'none'; style-src 'unsafe-inline'",
  });
  head.ele('title').txt(title);
  head.ele('style').txt(STYLE);
  const body = html.ele('body');
  body.ele('h1', { dir: 'auto' }).txt(title);
  body.ele('p').txt(reportLabel(language, 'report-date', { date: input.date }));
  summaryTable(body, input);
  if (input.rows.length === 0) body.ele('p').txt(reportLabel(language, 'report-no-findings'));
  else findingsTable(body, input);
  if (input.diff.changes > 0) changesTable(body, input);
  return '<!DOCTYPE html>\n' + html.end({ headless: true, allowEmptyTags: true, prettyPrint: true }) + '\n';
}
