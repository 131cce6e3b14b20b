// The recovery file: written, offered only when newer than its project, removed when stale or discarded.
import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProject } from '../../shared/project/project-file';
import { createRecoveryStore } from './autosave';

const project = {
  ...newProject({ text: 'Rastan' }, { text: 'רסטן' }, '2026-11-25T12:00:00Z'),
  current: 'ראסטן\u200F',
};

async function fixture() {
  const dir = await mkdtemp(join(tmpdir(), 'nusach-recovery-'));
  return { dir, store: createRecoveryStore(dir) };
}

describe('recovery store', () => {
  it('offers the last write of a project never saved, exactly as written', async () => {
    const { store } = await fixture();
    await store.write({ ...project, current: 'first' }, null, new Date('2026-11-25T12:00:00Z'));
    await store.write(project, null, new Date('2026-11-25T12:00:03Z'));
    expect(await store.offer(async () => undefined)).toEqual({
      project,
      projectPath: null,
      savedAt: '2026-11-25T12:00:03.000Z',
    });
  });

  it('offers a recovery newer than its project file and drops one older than it', async () => {
    const { dir, store } = await fixture();
    const path = join(dir, 'a.nusach');
    await writeFile(path, '{}');
    await utimes(path, new Date('2026-11-25T11:00:00Z'), new Date('2026-11-25T11:00:00Z'));
    await store.write(project, path, new Date('2026-11-25T12:00:00Z'));
    const mtime = async () => Date.parse('2026-11-25T11:00:00Z');
    expect((await store.offer(mtime))?.projectPath).toBe(path);
    const savedLater = async () => Date.parse('2026-11-25T13:00:00Z');
    expect(await store.offer(savedLater)).toBeNull();
    expect(await store.offer(mtime)).toBeNull();
  });

  it('reads the project inside through the project codec: defaults filled, a newer version refused', async () => {
    const { dir, store } = await fixture();
    const { ignoredOnce: _, ...withoutIgnoreOnce } = project;
    const recovery = (p: object) =>
      writeFile(
        join(dir, 'recovery', 'project.json'),
        JSON.stringify({ savedAt: '2026-11-25T12:00:00Z', projectPath: null, project: p }),
      );
    await store.write(project, null);
    await recovery(withoutIgnoreOnce);
    expect((await store.offer(async () => undefined))?.project).toEqual(project);
    await recovery({ ...project, version: 99 });
    expect(await store.offer(async () => undefined)).toBeNull();
  });

  it('offers nothing after discard, or when the file is damaged', async () => {
    const { dir, store } = await fixture();
    await store.write(project, null);
    await store.discard();
    expect(await store.offer(async () => undefined)).toBeNull();
    await writeFile(join(dir, 'recovery', 'project.json'), '{"savedAt": 1');
    expect(await store.offer(async () => undefined)).toBeNull();
  });
});
