// The project and export calls through their handlers, on the web host's workspace policy: save and
// open round-trip, a bad project file is a message, recovery is offered and then gone, exports land.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject } from '../../shared/project/project-file';
import { CallFailure } from './call-failure';
import type { ServiceContext } from './context';
import { exportHandlers } from './export-handlers';
import { createFileWatcher } from './file-watcher';
import { projectHandlers } from './project-handlers';
import { createRecentFiles } from './recent-files';
import { createSettingsStore } from './settings-store';
import { stateFolderName, workspacePolicy } from './workspace';

let dir: string;
let ctx: ServiceContext;
const emit = (() => undefined) as ServiceContext['emit'];
const project = {
  ...newProject(
    { text: 'Rastan fell.\nHTS left.\n', path: 'a.en.txt' },
    { text: 'רסטן נפלה.\nחיית תחריר יצאו.\n', path: 'a.he.txt' },
    '2026-11-25T12:00:00Z',
  ),
  current: 'ראסטן נפלה.\nחייאת תחריר יצאו.\n',
  reviewed: [1],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-project-'));
  const stateDir = join(dir, stateFolderName);
  ctx = {
    info: { name: 'Nusach', version: '0.0.0', host: 'web', nativeDialogs: false },
    samplesDir: dir,
    stateDir,
    paths: workspacePolicy(dir),
    settings: createSettingsStore(stateDir, { uiLanguage: 'en' }),
    recent: createRecentFiles(stateDir),
    watcher: createFileWatcher(emit),
    emit,
    openRequests: [],
  };
});
afterAll(async () => {
  ctx.watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('project handlers', () => {
  it('saves atomically, lists it as recent and opens it back unchanged', async () => {
    const handlers = projectHandlers(ctx);
    const saved = await handlers['project.save']({ path: 'review.nusach', project });
    expect(saved.path).toBe('review.nusach');
    expect((await ctx.recent.list()).map((f) => f.path)).toContain('review.nusach');
    const opened = await handlers['project.open']({ path: 'review.nusach' });
    expect(opened).toEqual({ path: 'review.nusach', name: 'review.nusach', project });
  });

  it('refuses a file that is not a project with a message key', async () => {
    await writeFile(join(dir, 'not.nusach'), '{"hello": 1}');
    const open = projectHandlers(ctx)['project.open'];
    const failure = await open({ path: 'not.nusach' }).catch((e: unknown) => e);
    expect(failure instanceof CallFailure && failure.error.messageKey).toBe('errors:project-not-nusach');
  });

  it('offers the recovery of an unsaved project until it is discarded; a save discards it', async () => {
    const handlers = projectHandlers(ctx);
    await handlers['project.writeRecovery']({ project, projectPath: null });
    expect((await handlers['project.recovery']({}))?.project).toEqual(project);
    await handlers['project.discardRecovery']({});
    expect(await handlers['project.recovery']({})).toBeNull();
    await handlers['project.writeRecovery']({ project, projectPath: 'review.nusach' });
    await handlers['project.save']({ path: 'review.nusach', project });
    expect(await handlers['project.recovery']({})).toBeNull();
  });
});

describe('export handler', () => {
  it('writes the tracked DOCX and the TXT from the project', async () => {
    const handlers = exportHandlers(ctx);
    await handlers['export.write']({ path: 'out.txt', format: 'txt', project, language: 'he' });
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(project.current);
    const docx = await handlers['export.write']({
      path: 'out.docx',
      format: 'docx',
      project,
      language: 'en',
    });
    expect(docx.bytes).toBeGreaterThan(1000);
  });

  it("checks the report against the project's glossary files", async () => {
    await writeFile(join(dir, 'names.csv'), 'english,preferred,deprecated\r\nRastan,רסטן,ראסטן\r\n');
    const write = exportHandlers(ctx)['export.write'];
    const report = async (glossaries: string[]) => {
      await write({ path: 'r.csv', format: 'csv', project: { ...project, glossaries }, language: 'en' });
      return readFile(join(dir, 'r.csv'), 'utf8');
    };
    expect(await report([])).not.toContain('glossary');
    expect(await report(['names.csv'])).toMatch(/glossary,.*ראסטן/);
    // A glossary that is gone leaves the report as it would be without it.
    expect(await report(['gone.csv'])).not.toContain('glossary');
  });

  it('refuses a project whose paragraphs no longer pair up', async () => {
    const broken = { ...project, current: 'שורה אחת בלבד\n' };
    const write = exportHandlers(ctx)['export.write'];
    const failure = await write({ path: 'x.docx', format: 'docx', project: broken, language: 'en' }).catch(
      (e: unknown) => e,
    );
    expect(failure instanceof CallFailure && failure.error.code).toBe('export-paragraph-mismatch');
  });
});
