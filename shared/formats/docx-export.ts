// The corrected Hebrew as a .docx: one right-to-left paragraph per paragraph of CURRENT.
import { Packer, Paragraph, TextRun } from 'docx';
import type { ExportDocument } from './export-document';
import { hebrewDocument, rtlParagraph } from './docx-rtl';

export async function buildDocx(document: ExportDocument): Promise<Uint8Array> {
  const paragraphs = document.current.map(
    (text) => new Paragraph({ ...rtlParagraph, children: [new TextRun(text)] }),
  );
  return new Uint8Array(await Packer.toArrayBuffer(hebrewDocument(document, paragraphs)));
}
