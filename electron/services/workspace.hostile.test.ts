// Workspace confinement against the path tricks an attacker who controls the UI (or plants files in a
// shared workspace) would try (issue 7): every one is refused with `path-outside-workspace`, for reading,
// writing and listing, and nothing outside the workspace is created or changed.
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallFailure } from './call-failure';
import type { PathPolicy } from './path-policy';
import { workspacePolicy } from './workspace';

let root: string;
let outside: string;
let policy: PathPolicy;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof CallFailure ? error.error.code : `threw ${String(error)}`),
  );

beforeAll(async () => {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'nusach-confine-')));
  root = join(base, 'workspace');
  outside = join(base, 'outside');
  await mkdir(join(root, 'articles'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await writeFile(join(root, 'articles', 'a.he.txt'), 'שלום');
  await symlink(outside, join(root, 'dir-out')); // a folder symlink leading out
  await symlink(join(root, 'dir-out'), join(root, 'chain')); // a link to that link
  await symlink('/etc/passwd', join(root, 'passwd.txt')); // absolute target
  await symlink('../outside/secret.txt', join(root, 'relative-out.txt')); // relative target
  await symlink(join(outside, 'not-yet.txt'), join(root, 'dangling.txt')); // would create outside
  policy = workspacePolicy(root);
});
afterAll(() => rm(join(root, '..'), { recursive: true, force: true }));

describe('workspace confinement', () => {
  it.each([
    ['dir-out/secret.txt'],
    ['chain/secret.txt'],
    ['passwd.txt'],
    ['relative-out.txt'],
    ['../outside/secret.txt'],
    ['articles/../../outside/secret.txt'],
    ['/etc/passwd'],
    ['//etc/passwd'],
    ['\\\\server\\share\\x.txt'],
    ['C:\\Windows\\win.ini'],
    ['articles/a.he.txt\u0000.png'],
  ])('refuses to read %s', async (path) => {
    expect(await outcome(policy.resolve(path, 'read'))).toBe('path-outside-workspace');
  });

  it.each([['dir-out/new.txt'], ['chain/new.txt'], ['dangling.txt'], ['relative-out.txt'], ['../new.txt']])(
    'refuses to write %s, and nothing appears outside',
    async (path) => {
      expect(await outcome(policy.resolve(path, 'write'))).toBe('path-outside-workspace');
      expect((await readdir(outside)).sort()).toEqual(['secret.txt']);
      expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    },
  );

  it.each([['dir-out'], ['chain'], ['..'], ['/']])('refuses to list %s', async (path) => {
    expect(await outcome(policy.list(path))).toBe('path-outside-workspace');
  });

  it('any path built from .., separators, links and names resolves inside the workspace or is refused', async () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '',
      'articles',
      'dir-out',
      'chain',
      'a.he.txt',
      'secret.txt',
      '\u0000',
      'C:',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('/', '\\'),
        async (parts, separator) => {
          const path = parts.join(separator);
          for (const access of ['read', 'write'] as const) {
            const resolved = await policy.resolve(path, access).catch((error: unknown) => {
              expect(error, path).toBeInstanceOf(CallFailure);
              return null;
            });
            if (resolved !== null)
              expect(resolved === root || resolved.startsWith(`${root}/`), `${path} → ${resolved}`).toBe(
                true,
              );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
