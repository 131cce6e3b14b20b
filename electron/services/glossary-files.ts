// Reading and writing glossary files: the 20 MB limit checked before reading (issue 5), bytes decoded
// by the shared decoder (a CSV saved by Excel may be Windows-1255), the reader chosen by extension.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from '../../shared/formats/text-decoding';
import { maxGlossaryBytes, type ImportProblem } from '../../shared/glossary/import-report';
import type { Glossary } from '../../shared/glossary/model';
import { parseTbx, writeTbx } from '../../shared/glossary/tbx';
import { parseCsv, writeCsv } from '../../shared/glossary/csv';
import { CallFailure, fail } from './call-failure';
import { failForFsError } from './files';

export type GlossaryFormat = 'tbx' | 'csv';

/** Identifies a version of a file on disk without reading it (the polling fallback compares these). */
export interface DiskStamp {
  readonly mtimeMs: number;
  readonly size: number;
  readonly ino: number;
}

export function formatOf(path: string): GlossaryFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.tbx' || extension === '.xml') return 'tbx';
  if (extension === '.csv') return 'csv';
  return fail('glossary-file-type');
}

export async function diskStamp(absolute: string): Promise<DiskStamp | null> {
  try {
    const info = await stat(absolute);
    return { mtimeMs: info.mtimeMs, size: info.size, ino: info.ino };
  } catch {
    return null;
  }
}

export function sameStamp(a: DiskStamp | null, b: DiskStamp | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino)
  );
}

/** The file's text, or a CallFailure with the reason (too large, missing, not text). */
export async function readGlossaryText(absolute: string): Promise<string> {
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => failForFsError(error));
  if (!info.isFile()) fail('not-a-file');
  if (info.size > maxGlossaryBytes) fail('glossary-too-large', { limitMb: maxGlossaryBytes / 1024 / 1024 });
  const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => failForFsError(error));
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CallFailure(decoded.error);
  return decoded.value.text;
}

export function parseGlossary(
  format: GlossaryFormat,
  text: string,
): { glossary: Glossary; problems: ImportProblem[] } {
  return format === 'tbx' ? parseTbx(text) : parseCsv(text);
}

export function serializeGlossary(format: GlossaryFormat, glossary: Glossary): string {
  return format === 'tbx' ? writeTbx(glossary) : writeCsv(glossary);
}

/** A problem that stopped the whole file (not one entry): nothing in it can be trusted. */
export function isFileFailure(problems: readonly ImportProblem[]): boolean {
  return (
    problems.some((p) => p.severity === 'error' && p.entryId === undefined && p.line === undefined) ||
    problems.some((p) => p.messageKey === 'errors:glossary-xml-malformed')
  );
}
