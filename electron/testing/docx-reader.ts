// Test helper: reads a .docx the way a reviewer's Word would, per body paragraph — the text with every
// tracked change accepted and with every one rejected — plus the tracked changes and comments found.
import JSZip from 'jszip';

export interface ReadDocx {
  readonly accepted: string[];
  readonly rejected: string[];
  readonly insertions: { author: string; date: string }[];
  readonly deletions: { author: string; date: string }[];
  readonly comments: string[];
  readonly documentXml: string;
  readonly stylesXml: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(xml: string, keep: 'ins' | 'del'): string {
  const drop = keep === 'ins' ? /<w:del\b[\s\S]*?<\/w:del>/g : /<w:ins\b[\s\S]*?<\/w:ins>/g;
  return [...xml.replace(drop, '').matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
    .map((m) => decode(m[1] ?? ''))
    .join('');
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  const paragraphs = [...body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '');
  const marks = (tag: string) =>
    [...documentXml.matchAll(new RegExp(`<w:${tag} [^>]*w:author="([^"]*)"[^>]*w:date="([^"]*)"`, 'g'))].map(
      (m) => ({
        author: m[1] ?? '',
        date: m[2] ?? '',
      }),
    );
  return {
    accepted: paragraphs.map((p) => paragraphText(p, 'ins')),
    rejected: paragraphs.map((p) => paragraphText(p, 'del')),
    insertions: marks('ins'),
    deletions: marks('del'),
    comments: [...commentsXml.matchAll(/<w:comment\b[\s\S]*?<\/w:comment>/g)].map((m) =>
      paragraphText(m[0], 'ins'),
    ),
    documentXml,
    stylesXml,
  };
}
