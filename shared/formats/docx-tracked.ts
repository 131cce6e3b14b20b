// A .docx whose body is CURRENT with Word's own tracked changes from ORIGINAL (ECMA-376 Part 1
// §17.13.5: w:ins and w:del with author and date), so an editor in Word or LibreOffice sees exactly
// what the reviewer changed and can accept or reject each change. The changes come from the word diff,
// one aligned paragraph at a time; the reviewer's comments become Word comments (§17.13.4) on the
// paragraph they belong to.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { diffParagraph } from '../diff/word-diff';
import type { ReviewComment } from '../project/comment';
import type { ExportDocument } from './export-document';
import { hebrewDocument, rtlParagraph } from './docx-rtl';

/** Word wants every revision and comment id unique in the document; one counter serves both. */
class Ids {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

function changeRuns(original: string, current: string, document: ExportDocument, ids: Ids): ParagraphChild[] {
  const attribution = { author: document.author, date: document.date };
  return diffParagraph(original, current).parts.map((part) => {
    if (part.kind === 'equal') return new TextRun(part.text);
    if (part.kind === 'insert')
      return new InsertedTextRun({ ...attribution, id: ids.take(), text: part.text });
    return new DeletedTextRun({ ...attribution, id: ids.take(), text: part.text });
  });
}

interface WordComment {
  readonly id: number;
  readonly author: string;
  readonly date: Date;
  readonly children: Paragraph[];
}

function wordComment(comment: ReviewComment, id: number): WordComment {
  const date = new Date(comment.createdAt);
  return {
    id,
    author: comment.author,
    date: Number.isNaN(date.getTime()) ? new Date(0) : date,
    children: [new Paragraph({ ...rtlParagraph, children: [new TextRun(comment.text)] })],
  };
}

export async function buildTrackedDocx(document: ExportDocument): Promise<Uint8Array> {
  const ids = new Ids();
  const comments: WordComment[] = [];
  const count = Math.max(document.original.length, document.current.length);
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < count; index++) {
    const runs = changeRuns(document.original[index] ?? '', document.current[index] ?? '', document, ids);
    for (const comment of document.comments.filter((c) => c.paragraph === index)) {
      const id = ids.take();
      comments.push(wordComment(comment, id));
      runs.unshift(new CommentRangeStart(id));
      runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    paragraphs.push(new Paragraph({ ...rtlParagraph, children: runs }));
  }
  const file = hebrewDocument(document, paragraphs, comments.length > 0 ? { children: comments } : undefined);
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
