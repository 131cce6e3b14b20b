import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import { writeFileAtomic } from './atomic-write';
import { createFileWatcher, type FileWatcher } from './file-watcher';

let dir: string;
let events: AppEvent[];
let watcher: FileWatcher;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
// mtime granularity can be coarse; a size change is always visible.
const settle = () => pause(250);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-watch-'));
  events = [];
  watcher = createFileWatcher((name, payload) => events.push({ name, payload } as AppEvent), {
    intervalMs: 30,
  });
});
afterEach(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('file watcher', () => {
  it('reports a change by another program, including a save by rename', async () => {
    const file = join(dir, 'glossary.tbx');
    await writeFile(file, 'one');
    await watcher.watch(file, 'glossary.tbx');
    await writeFile(join(dir, 'other'), 'changed by someone else');
    await rename(join(dir, 'other'), file);
    await settle();
    expect(events).toContainEqual({ name: 'file-changed', payload: { path: 'glossary.tbx', exists: true } });
  });

  it('reports a deletion', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'one');
    await watcher.watch(file, 'a.txt');
    await unlink(file);
    await settle();
    expect(events).toEqual([{ name: 'file-changed', payload: { path: 'a.txt', exists: false } }]);
  });

  it("does not report the app's own writes", async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'one');
    await watcher.watch(file, 'a.txt');
    await watcher.ownWrite(file, async () => {
      await writeFileAtomic(file, 'our much longer text');
      await settle();
    });
    await settle();
    expect(events).toEqual([]);
  });
});
