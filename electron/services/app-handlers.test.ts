import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import { paragraphsFromText } from '../../shared/model/document';
import { appHandlers } from './app-handlers';
import type { ServiceContext } from './context';
import { createFileWatcher } from './file-watcher';
import { grantedPathsPolicy } from './granted-paths';
import { createRecentFiles } from './recent-files';
import { createSettingsStore } from './settings-store';

let dir: string;
let ctx: ServiceContext;
const events: AppEvent[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-app-'));
  const emit = ((name: AppEvent['name'], payload: AppEvent['payload']) =>
    events.push({ name, payload })) as ServiceContext['emit'];
  ctx = {
    info: { name: 'Nusach', version: '0.0.0', host: 'electron', nativeDialogs: true },
    samplesDir: resolve(import.meta.dirname, '..', '..', 'shared', 'samples'),
    stateDir: dir,
    paths: grantedPathsPolicy(),
    settings: createSettingsStore(dir, { uiLanguage: 'en' }),
    recent: createRecentFiles(dir),
    watcher: createFileWatcher(emit),
    emit,
    openRequests: ['/home/u/a.nusach'],
  };
});
afterAll(async () => {
  ctx.watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('app handlers', () => {
  it('answers the demo pair: English source, Hebrew target, aligned paragraph for paragraph', async () => {
    const demo = await appHandlers(ctx)['app.demo']({});
    expect(demo.source).toMatchObject({ name: 'article.en.txt', language: 'en' });
    expect(demo.target).toMatchObject({ name: 'article.he.txt', language: 'he' });
    const source = paragraphsFromText(demo.source.text);
    const target = paragraphsFromText(demo.target.text);
    expect(source.length).toBe(target.length);
    expect(source.map((p) => p.line)).toEqual(target.map((p) => p.line));
  });

  it('hands out the OS open requests once', async () => {
    const handlers = appHandlers(ctx);
    expect(await handlers['app.openRequests']({})).toEqual(['/home/u/a.nusach']);
    expect(await handlers['app.openRequests']({})).toEqual([]);
  });

  it('saves a settings change and tells every window', async () => {
    expect(await appHandlers(ctx)['app.settings.set']({ uiLanguage: 'he' })).toEqual({ uiLanguage: 'he' });
    expect(await appHandlers(ctx)['app.settings.get']({})).toEqual({ uiLanguage: 'he' });
    expect(events).toContainEqual({ name: 'settings-changed', payload: { uiLanguage: 'he' } });
  });
});
