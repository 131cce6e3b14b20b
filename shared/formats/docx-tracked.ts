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

/** A comment's range in CURRENT's offsets of its paragraph; a whole-paragraph note covers it all. */
interface Anchor {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

function anchorOf(comment: ReviewComment, id: number, length: number): Anchor {
  if (comment.start === comment.end) return { id, start: 0, end: length };
  const start = Math.min(comment.start, length);
  return { id, start, end: Math.max(start, Math.min(comment.end, length)) };
}

/**
 * The paragraph's runs: unchanged text, w:del and w:ins from the word diff, with each comment's
 * w:commentRangeStart/End placed at its offsets in CURRENT (runs are split where a range begins or
 * ends), and its w:commentReference right after the range (§17.13.4.4).
 */
function paragraphRuns(
  original: string,
  current: string,
  anchors: readonly Anchor[],
  document: ExportDocument,
  ids: Ids,
): ParagraphChild[] {
  const attribution = { author: document.author, date: document.date };
  const runs: ParagraphChild[] = [];
  const started = new Set<number>();
  const open = new Set<number>();
  const close = (a: Anchor) => {
    runs.push(new CommentRangeEnd(a.id), new TextRun({ children: [new CommentReference(a.id)] }));
    open.delete(a.id);
  };
  /** At `offset`: end the ranges that end there, then begin the ones that begin there. */
  const boundary = (offset: number) => {
    for (const a of anchors) if (open.has(a.id) && a.end === offset) close(a);
    for (const a of anchors)
      if (!started.has(a.id) && a.start === offset) {
        runs.push(new CommentRangeStart(a.id));
        started.add(a.id);
        open.add(a.id);
        if (a.end === offset) close(a);
      }
  };
  const cuts = [...new Set(anchors.flatMap((a) => [a.start, a.end]))].sort((x, y) => x - y);
  let offset = 0;
  for (const part of diffParagraph(original, current).parts) {
    boundary(offset);
    if (part.kind === 'delete') {
      runs.push(new DeletedTextRun({ ...attribution, id: ids.take(), text: part.text }));
      continue;
    }
    const end = offset + part.text.length;
    const bounds = [offset, ...cuts.filter((cut) => cut > offset && cut < end), end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i] as number;
      const to = bounds[i + 1] as number;
      if (i > 0) boundary(from);
      const text = part.text.slice(from - offset, to - offset);
      runs.push(
        part.kind === 'equal'
          ? new TextRun(text)
          : new InsertedTextRun({ ...attribution, id: ids.take(), text }),
      );
    }
    offset = end;
  }
  boundary(offset);
  return runs;
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
    const current = document.current[index] ?? '';
    const anchors = document.comments
      .filter((c) => c.paragraph === index)
      .map((comment) => {
        const id = ids.take();
        comments.push(wordComment(comment, id));
        return anchorOf(comment, id, current.length);
      });
    const runs = paragraphRuns(document.original[index] ?? '', current, anchors, document, ids);
    paragraphs.push(new Paragraph({ ...rtlParagraph, children: runs }));
  }
  const file = hebrewDocument(document, paragraphs, comments.length > 0 ? { children: comments } : undefined);
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
