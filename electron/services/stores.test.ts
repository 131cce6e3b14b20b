// Settings and recent files: persisted, validated on read, serialised on write.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles } from './recent-files';
import { createSettingsStore } from './settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-stores-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it('answers the defaults until something is saved, then what was saved, across instances', async () => {
    expect(await createSettingsStore(dir, { uiLanguage: 'he' }).get()).toEqual({ uiLanguage: 'he' });
    await createSettingsStore(dir, { uiLanguage: 'he' }).set({ uiLanguage: 'en' });
    expect(await createSettingsStore(dir, { uiLanguage: 'he' }).get()).toEqual({ uiLanguage: 'en' });
  });

  it('reads a corrupt or invalid file as the defaults', async () => {
    await writeFile(join(dir, 'settings.json'), '{"uiLanguage": "klingon"}');
    expect(await createSettingsStore(dir, { uiLanguage: 'en' }).get()).toEqual({ uiLanguage: 'en' });
    await writeFile(join(dir, 'settings.json'), '\u0000\u0001');
    expect(await createSettingsStore(dir, { uiLanguage: 'en' }).get()).toEqual({ uiLanguage: 'en' });
  });

  it('applies quick successive changes in order', async () => {
    const store = createSettingsStore(dir, { uiLanguage: 'en' });
    await Promise.all([
      store.set({ uiLanguage: 'he' }),
      store.set({ uiLanguage: 'en' }),
      store.set({ uiLanguage: 'he' }),
    ]);
    expect(await store.get()).toEqual({ uiLanguage: 'he' });
  });

  it('ignores an absent value instead of erasing the setting', async () => {
    const store = createSettingsStore(dir, { uiLanguage: 'en' });
    await store.set({ uiLanguage: 'he' });
    expect(await store.set({})).toEqual({ uiLanguage: 'he' });
  });
});

describe('recent files', () => {
  it('lists newest first, one entry per path, at most the limit', async () => {
    const recent = createRecentFiles(dir, 3);
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
    await recent.add('/a/one.txt', at(1));
    await recent.add('/a/two.txt', at(2));
    await recent.add('/a/one.txt', at(3));
    await recent.add('/a/three.txt', at(4));
    await recent.add('/a/four.txt', at(5));
    expect((await createRecentFiles(dir, 3).list()).map((f) => [f.name, f.usedAt])).toEqual([
      ['four.txt', '2026-01-01T12:05:00.000Z'],
      ['three.txt', '2026-01-01T12:04:00.000Z'],
      ['one.txt', '2026-01-01T12:03:00.000Z'],
    ]);
  });

  it('keeps every one of many concurrent additions', async () => {
    const recent = createRecentFiles(dir, 20);
    await Promise.all(Array.from({ length: 10 }, (_, i) => recent.add(`/f${i}.txt`)));
    expect(await recent.list()).toHaveLength(10);
  });
});
