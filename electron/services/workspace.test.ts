import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallFailure } from './call-failure';
import type { PathPolicy } from './path-policy';
import { workspacePolicy } from './workspace';

let root: string;
let policy: PathPolicy;
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof CallFailure ? error.error.code : String(error)),
  );

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'nusach-workspace-')));
  await mkdir(join(root, 'articles', 'deep'), { recursive: true });
  await writeFile(join(root, 'articles', 'a.he.txt'), 'שלום');
  await mkdir(join(root, '.nusach'));
  await symlink(join(root, 'articles', 'a.he.txt'), join(root, 'shortcut.txt'));
  policy = workspacePolicy(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('workspace policy', () => {
  it('lists folders first, then files; hides dot-folders; gives the parent of a subfolder', async () => {
    expect(await policy.list('')).toEqual({
      path: '',
      entries: [
        { name: 'articles', path: 'articles', kind: 'directory', size: 0 },
        { name: 'shortcut.txt', path: 'shortcut.txt', kind: 'file', size: 8 },
      ],
    });
    expect(await policy.list('articles')).toMatchObject({ path: 'articles', parent: '' });
    expect(await policy.list('articles/deep')).toMatchObject({ path: 'articles/deep', parent: 'articles' });
  });

  it('follows a symlink that stays inside the workspace', async () => {
    expect(await policy.resolve('shortcut.txt', 'read')).toBe(join(root, 'articles', 'a.he.txt'));
  });

  it('allows a new file in an existing folder, and says which folder is missing otherwise', async () => {
    expect(await policy.resolve('articles/new.txt', 'write')).toBe(join(root, 'articles', 'new.txt'));
    expect(await code(policy.resolve('nowhere/new.txt', 'write'))).toBe('file-not-found');
    expect(await code(policy.resolve('articles/missing.txt', 'read'))).toBe('file-not-found');
  });

  it('refuses to list a file as a folder', async () => {
    expect(await code(policy.list('articles/a.he.txt'))).toBe('not-a-directory');
  });

  it('shows paths with forward slashes, relative to the workspace', () => {
    expect(policy.display(join(root, 'articles', 'a.he.txt'))).toBe('articles/a.he.txt');
  });
});
