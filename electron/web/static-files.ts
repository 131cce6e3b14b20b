// Serves the built renderer (dist/). Only files under that folder, by their real path; no listings.
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { contentTypeOf } from '../services/content-types';

export interface StaticFile {
  /** The file's real path. */
  readonly path: string;
  readonly body: Buffer;
  readonly contentType: string;
}

/** The file for a URL path, or null (404). `root` must be a real path. */
export async function staticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const real = await realpath(resolve(root, wanted)).catch(() => null);
  if (real === null) return null;
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  if (!(await stat(real)).isFile()) return null;
  return {
    path: real,
    body: await readFile(real),
    contentType: contentTypeOf(real),
  };
}
