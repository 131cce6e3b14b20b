// Reads a document the user opens: plain text through the shared decoder (so the CLI and the app read
// a file the same way), DOCX through mammoth's raw text. Size is checked before reading, so a huge
// or hostile file is refused with a message instead of filling memory.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import type { OpenedFile } from '../../shared/contract/files';
import { decodeText } from '../../shared/formats/text-decoding';
import { CallFailure, fail } from './call-failure';
import { checkDocxUnpackedSize, maxDocxUnpackedBytes } from './docx-unpacked-size';

/** Text files above this are refused: a news article is kilobytes; 32 MiB leaves room for books. */
export const maxTextBytes = 32 * 1024 * 1024;
/** DOCX is compressed; its limit is on the package. */
export const maxDocxBytes = 16 * 1024 * 1024;

export type ReadDocument = Omit<OpenedFile, 'path'>;

export async function readDocument(absolute: string): Promise<ReadDocument> {
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => failForFsError(error));
  if (!info.isFile()) fail('not-a-file');
  const isDocx = extname(absolute).toLowerCase() === '.docx';
  const limit = isDocx ? maxDocxBytes : maxTextBytes;
  if (info.size > limit) fail('file-too-large', { megabytes: Math.round(limit / 1024 / 1024) });
  const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => failForFsError(error));
  const name = basename(absolute);
  if (isDocx) return { name, kind: 'docx', text: await docxText(bytes), encoding: 'utf-8' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CallFailure(decoded.error);
  return { name, kind: 'text', ...decoded.value };
}

/** One paragraph per line, like our text files: mammoth separates paragraphs with a blank line. */
async function docxText(bytes: Buffer): Promise<string> {
  // Mammoth unpacks the whole zip in memory: a zip bomb must be refused before it gets there.
  const unpacked = checkDocxUnpackedSize(bytes);
  if (unpacked === 'too-large')
    fail('docx-too-large-unpacked', { megabytes: maxDocxUnpackedBytes / 1024 / 1024 });
  if (unpacked === 'damaged') fail('docx-unreadable');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value
      .split(/\n+/)
      .map((line) => line.trimEnd())
      .filter((line) => line !== '')
      .join('\n');
  } catch {
    return fail('docx-unreadable');
  }
}

export function failForFsError(error: NodeJS.ErrnoException): never {
  if (error.code === 'ENOENT') fail('file-not-found');
  // EROFS: a read-only filesystem or mount refuses the write just as permissions do.
  if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS')
    fail('file-permission-denied');
  if (error.code === 'EISDIR') fail('not-a-file');
  if (error.code === 'ENOSPC') fail('disk-full');
  throw error;
}
