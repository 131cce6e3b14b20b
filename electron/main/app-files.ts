// Maps an app://nusach/... URL to a file of the built renderer, refusing anything outside it.
import { isAbsolute, relative, resolve } from 'node:path';
import { isAppUrl } from './security';

export function appFilePath(distDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = resolve(distDir, path === '/' ? 'index.html' : path.replace(/^\/+/, ''));
  const rel = relative(distDir, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : file;
}
