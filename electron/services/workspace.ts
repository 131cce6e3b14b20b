// The web host's confinement: every path is relative to one workspace folder given on the command
// line. Absolute paths, `..` escapes, NUL bytes and symlinks that lead outside are refused (issue 7),
// checked on the real (symlink-resolved) path, so a link planted inside the workspace cannot reach out.
import { lstat, readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep, win32 } from 'node:path';
import type { DirectoryEntry } from '../../shared/contract/files';
import { fail } from './call-failure';
import type { PathPolicy } from './path-policy';

/** The folder holding the web host's own state (settings, recent files); hidden from the picker. */
export const stateFolderName = '.nusach';

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** `root` must already be a real path (see createWorkspace). */
export function workspacePolicy(root: string): PathPolicy {
  async function confine(path: string, access: 'read' | 'write'): Promise<string> {
    // Both POSIX and Windows absolute forms are refused on every OS: a path from the UI is relative.
    if (path.includes('\0') || posix.isAbsolute(path) || win32.isAbsolute(path) || /^[a-zA-Z]:/.test(path)) {
      fail('path-outside-workspace');
    }
    const full = resolve(root, path);
    if (!isInside(root, full)) fail('path-outside-workspace');
    const real = await realpath(full).catch(() => null);
    if (real !== null) {
      if (!isInside(root, real)) fail('path-outside-workspace');
      return real;
    }
    if (access === 'read') fail('file-not-found');
    // A dangling symlink is not a new file: a write that follows it creates its target, wherever that is.
    const isLink = await lstat(full).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    if (isLink) fail('path-outside-workspace');
    // A new file: its folder must exist and really be inside the workspace.
    const parent = await realpath(resolve(full, '..')).catch(() => fail('file-not-found'));
    if (!isInside(root, parent)) fail('path-outside-workspace');
    return join(parent, relative(resolve(full, '..'), full));
  }

  function display(absolute: string): string {
    return relative(root, absolute).split(sep).join('/');
  }

  return {
    resolve: confine,
    display,
    grant() {
      // The workspace is the grant; nothing to remember.
    },
    async list(path) {
      const dir = await confine(path || '.', 'read');
      const info = await lstat(dir);
      if (!info.isDirectory()) fail('not-a-directory');
      const entries: DirectoryEntry[] = [];
      for (const dirent of await readdir(dir, { withFileTypes: true })) {
        if (dirent.name.startsWith('.')) continue;
        const full = join(dir, dirent.name);
        // Symlinks are listed only when they resolve inside the workspace.
        const real = await realpath(full).catch(() => null);
        if (real === null || !isInside(root, real)) continue;
        const target = await lstat(real);
        if (!target.isFile() && !target.isDirectory()) continue;
        entries.push({
          name: dirent.name,
          path: display(full),
          kind: target.isDirectory() ? 'directory' : 'file',
          size: target.isFile() ? target.size : 0,
        });
      }
      entries.sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1,
      );
      const shown = display(dir);
      return shown === ''
        ? { path: '', entries }
        : { path: shown, parent: display(resolve(dir, '..')), entries };
    },
  };
}
