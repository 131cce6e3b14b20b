// Bilingual XLIFF 2.0 (OASIS Standard, 5 August 2014): one <unit> with one <segment> per aligned
// paragraph, English source and Hebrew target, the paragraph's comments and open findings as <notes>.
// Built with xmlbuilder2 so every character is escaped by the serializer, never by hand.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { SOURCE_LANGUAGE, TARGET_LANGUAGE, type ExportDocument } from './export-document';
import { xmlPieces } from './xml-characters';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** A note on one paragraph: who or what wrote it goes in `category` (XLIFF 2.0 §4.3.1.21). */
export interface ParagraphNote {
  readonly paragraph: number;
  readonly category: 'comment' | 'finding';
  readonly text: string;
}

/** Text with the code points XML cannot hold written as <cp hex="…"/> (XLIFF 2.0 §4.3.2.1). */
function appendText(element: XMLBuilder, text: string): void {
  for (const piece of xmlPieces(text)) {
    if ('text' in piece) element.txt(piece.text);
    else element.ele(XLIFF_NS, 'cp', { hex: piece.codePoint.toString(16).toUpperCase().padStart(4, '0') });
  }
}

export function buildXliff(document: ExportDocument, notes: readonly ParagraphNote[] = []): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF_NS, 'xliff', {
    version: '2.0',
    srcLang: SOURCE_LANGUAGE,
    trgLang: TARGET_LANGUAGE,
  });
  const file = root.ele(XLIFF_NS, 'file', { id: 'f1', original: document.title });
  document.current.forEach((target, index) => {
    // xml:space="preserve": a translator's double space or trailing space is part of the text.
    const unit = file.ele(XLIFF_NS, 'unit', { id: `u${index + 1}`, 'xml:space': 'preserve' });
    const unitNotes = notes.filter((note) => note.paragraph === index);
    if (unitNotes.length > 0) {
      const notesElement = unit.ele(XLIFF_NS, 'notes');
      for (const note of unitNotes)
        appendText(notesElement.ele(XLIFF_NS, 'note', { category: note.category }), note.text);
    }
    const reviewed = target !== (document.original[index] ?? '');
    const segment = unit.ele(XLIFF_NS, 'segment', {
      id: `s${index + 1}`,
      state: reviewed ? 'reviewed' : 'translated',
    });
    appendText(segment.ele(XLIFF_NS, 'source'), document.source[index] ?? '');
    appendText(segment.ele(XLIFF_NS, 'target'), target);
  });
  return root.end({ prettyPrint: false }) + '\n';
}
