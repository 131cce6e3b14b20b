// Right-to-left Hebrew in WordprocessingML (ECMA-376 Part 1 §17.3.1.6 w:bidi, §17.3.2.30 w:rtl): a
// paragraph needs w:bidi for its base direction and its runs need w:rtl, with the complex-script font
// (w:rFonts/@w:cs) and language (w:lang/@w:bidi), or Word lays Hebrew out as LTR runs.
//
// The run properties live in one paragraph style, "Hebrew text", that every paragraph uses, so every
// run is right to left by inheritance (§17.7.2 style hierarchy) and carries no direct formatting.
// That is how Word itself wants a document formatted (an editor can restyle it in one place), and it
// matters to LibreOffice: a run with direct formatting becomes a <text:span> of its own, splitting
// a tracked change's neighbours into pieces for no reason.
import { Document, type IRunOptions, type Paragraph } from 'docx';
import { HEBREW_FONT, type ExportDocument } from './export-document';

const HEBREW_STYLE = 'HebrewText';

export const rtlParagraph = { bidirectional: true, style: HEBREW_STYLE } as const;

const hebrewRun: Pick<IRunOptions, 'rightToLeft' | 'font' | 'language'> = {
  rightToLeft: true,
  font: { ascii: HEBREW_FONT, hAnsi: HEBREW_FONT, cs: HEBREW_FONT },
  language: { value: 'he-IL', bidirectional: 'he-IL' },
};

type Comments = ConstructorParameters<typeof Document>[0]['comments'];

export function hebrewDocument(
  document: ExportDocument,
  paragraphs: Paragraph[],
  comments?: Comments,
): Document {
  return new Document({
    creator: document.author,
    title: document.title,
    ...(comments ? { comments } : {}),
    styles: {
      paragraphStyles: [
        { id: HEBREW_STYLE, name: 'Hebrew text', basedOn: 'Normal', quickFormat: true, run: hebrewRun },
      ],
    },
    sections: [{ properties: {}, children: paragraphs }],
  });
}
