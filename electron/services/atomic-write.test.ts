import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomic write', () => {
  it('creates a file and replaces it, leaving no temporary file behind', async () => {
    const file = join(dir, 'glossary.tbx');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, new TextEncoder().encode('שני'));
    expect(await readFile(file, 'utf8')).toBe('שני');
    expect(await readdir(dir)).toEqual(['glossary.tbx']);
  });

  it("keeps the replaced file's permissions", async () => {
    const file = join(dir, 'private.txt');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('removes its temporary file and leaves the target alone when the rename fails', async () => {
    // A non-empty directory in the target's place makes rename fail after the data was written.
    const target = join(dir, 'occupied');
    await mkdir(join(target, 'child'), { recursive: true });
    await writeFile(join(dir, 'keep.txt'), 'k');
    await expect(writeFileAtomic(target, 'text')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'occupied']);
    expect(await readdir(target)).toEqual(['child']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.txt'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
