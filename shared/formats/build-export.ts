// One entry for every export format, used by the CLI and the app's export call alike, so a file
// exported from either is the same file.
import { diffDocument } from '../diff/document-diff';
import type { UiLanguage } from '../i18n/resources';
import type { AlignedDocument } from '../model/document';
import type { Finding } from '../model/finding';
import { buildDocx } from './docx-export';
import { buildTrackedDocx } from './docx-tracked';
import type { ExportDocument } from './export-document';
import { buildReportCsv } from './report-csv';
import { buildReportHtml } from './report-html';
import { reviewRows, type ReviewRow } from './review-decisions';
import { buildTmx } from './tmx';
import { buildText } from './txt-export';
import { buildXliff, type ParagraphNote } from './xliff';
import { translate } from '../i18n/resources';

import type { ExportFormat } from './export-formats';
export { exportFormats, type ExportFormat } from './export-formats';

export interface ExportContext {
  readonly document: ExportDocument;
  /** CURRENT exactly as edited (blank lines and line ends included), for the .txt export. */
  readonly currentText: string;
  readonly ignored: ReadonlySet<string>;
  readonly checkDocument: (document: AlignedDocument) => readonly Finding[];
  readonly language: UiLanguage;
  readonly toolVersion: string;
}

const encoder = new (
  globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }
).TextEncoder();

function aligned(source: readonly string[], target: readonly string[]): AlignedDocument {
  return { source: source.map((text) => ({ text })), target: target.map((text) => ({ text })) };
}

function rowsOf(context: ExportContext): ReviewRow[] {
  const { document } = context;
  return reviewRows({
    originalFindings: context.checkDocument(aligned(document.source, document.original)),
    currentFindings: context.checkDocument(aligned(document.source, document.current)),
    ignored: context.ignored,
    comments: document.comments,
  });
}

/** XLIFF notes: the reviewer's comments and the findings still open on each paragraph. */
function notesOf(context: ExportContext): ParagraphNote[] {
  const comments: ParagraphNote[] = context.document.comments.map((c) => ({
    paragraph: c.paragraph,
    category: 'comment',
    text: `${c.author}: ${c.text}`,
  }));
  const findings: ParagraphNote[] = rowsOf(context)
    .filter((row) => row.decision === 'open')
    .map((row) => ({
      paragraph: row.finding.paragraph,
      category: 'finding',
      text: translate(context.language, row.finding.message.key, row.finding.message.params),
    }));
  return [...comments, ...findings];
}

export async function buildExport(format: ExportFormat, context: ExportContext): Promise<Uint8Array> {
  const { document } = context;
  switch (format) {
    case 'txt':
      return buildText(context.currentText);
    case 'docx':
      return buildTrackedDocx(document);
    case 'docx-clean':
      return buildDocx(document);
    case 'xliff':
      return encoder.encode(buildXliff(document, notesOf(context)));
    case 'tmx':
      return encoder.encode(buildTmx(document, { toolVersion: context.toolVersion }));
    case 'html':
      return encoder.encode(
        buildReportHtml({
          title: document.title,
          rows: rowsOf(context),
          diff: diffDocument(document.original, document.current),
          language: context.language,
          date: document.date,
        }),
      );
    case 'csv':
      return encoder.encode(buildReportCsv(rowsOf(context), context.language));
  }
}
