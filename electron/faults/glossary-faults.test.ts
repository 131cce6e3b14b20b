// Issue 7 "Faults": a glossary file deleted, made read-only, or overwritten with garbage by another
// program while it is open with unsaved edits. Each time the store says so (a problem on the source, or
// an error value from the call) and the user's entries stay; saving afterwards writes them all.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personalGlossaryId, type GlossaryState } from '../../shared/contract/glossary';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { parseTbx, writeTbx } from '../../shared/glossary/tbx';
import { CallFailure } from '../services/call-failure';
import { GlossaryStore } from '../services/glossary-store';

const entry = (id: string, hebrew: string): GlossaryEntry => ({
  id,
  kind: 'place',
  source: [id],
  terms: [{ text: hebrew, status: 'preferred' }],
});
const homs = entry('homs', 'חומס');
const idlib = entry('idlib', 'אידליב');

let dir: string;
let store: GlossaryStore;
let events: GlossaryState[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-glossary-faults-'));
  events = [];
});
afterEach(async () => {
  store?.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function newStore(personalPath = join(dir, 'state', 'personal.tbx')): Promise<GlossaryStore> {
  store = new GlossaryStore({
    personalPath,
    user: 'tester',
    now: () => '2026-11-25',
    pollMs: 0,
    onChange: (state) => events.push(state),
  });
  await store.init();
  return store;
}

const source = (state: GlossaryState, id: string) => state.sources.find((s) => s.id === id);
const ids = (state: GlossaryState, id: string) => source(state, id)?.glossary.entries.map((e) => e.id);
const keys = (state: GlossaryState, id: string) => source(state, id)?.problems.map((p) => p.messageKey);
const onDisk = async (path: string) =>
  parseTbx(await readFile(path, 'utf8')).glossary.entries.map((e) => e.id);

describe('a glossary file deleted while open', () => {
  it('keeps the entries and unsaved edits, tells the user once, and saving writes them back', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs] }));
    await newStore();
    await store.open(shared, 'shared.tbx');
    await store.upsert('shared.tbx', idlib);
    await rm(shared);

    const afterDelete = await store.checkDisk('shared.tbx');
    expect(ids(afterDelete, 'shared.tbx')).toEqual(['homs', 'idlib']);
    expect(source(afterDelete, 'shared.tbx')?.dirty).toBe(true);
    expect(keys(afterDelete, 'shared.tbx')).toEqual(['errors:glossary-file-gone']);
    expect(source(afterDelete, 'shared.tbx')?.problems[0]?.params).toEqual({ file: 'shared.tbx' });
    // An event carried it to the UI; asking again does not repeat it.
    const told = events.length;
    await store.checkDisk('shared.tbx');
    expect(events.length).toBe(told);

    const saved = await store.save('shared.tbx');
    expect(keys(saved, 'shared.tbx')).toEqual([]);
    expect(await onDisk(shared)).toEqual(['homs', 'idlib']);
  });

  it('the personal glossary, deleted, is written again on the next edit with everything in it', async () => {
    const personal = join(dir, 'state', 'personal.tbx');
    await newStore(personal);
    await store.upsert(personalGlossaryId, homs);
    await rm(personal);
    expect(keys(await store.checkDisk(personalGlossaryId), personalGlossaryId)).toEqual([
      'errors:glossary-file-gone',
    ]);
    const state = await store.upsert(personalGlossaryId, idlib);
    expect(keys(state, personalGlossaryId)).toEqual([]);
    expect(await onDisk(personal)).toEqual(['homs', 'idlib']);
  });
});

describe('an unedited glossary file deleted while open', () => {
  it('becomes unsaved work, so Save is offered and writes it back', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs, idlib] }));
    await newStore();
    await store.open(shared, 'shared.tbx');
    await rm(shared);
    const state = await store.checkDisk('shared.tbx');
    expect(source(state, 'shared.tbx')).toMatchObject({ dirty: true });
    expect(keys(state, 'shared.tbx')).toEqual(['errors:glossary-file-gone']);
    await store.save('shared.tbx');
    expect(await onDisk(shared)).toEqual(['homs', 'idlib']);
  });
});

describe('a glossary file made read-only while open', () => {
  it('an edit that cannot be written is an error value; the entry stays in memory; saving later writes it', async (context) => {
    // Root ignores file modes, so as root the folder is a bind mount of `real` at `view`, remounted
    // read-only (EROFS); otherwise `real` itself loses its write permission (EACCES).
    const real = join(dir, 'real');
    const view = join(dir, 'view');
    await mkdir(real);
    await mkdir(view);
    const root = process.getuid?.() === 0;
    const folder = root ? view : real;
    if (root) execFileSync('mount', ['--bind', real, view], { stdio: 'ignore' });
    try {
      const personal = join(folder, 'personal.tbx');
      await newStore(personal);
      await store.upsert(personalGlossaryId, homs);
      const undo = root
        ? (() => {
            try {
              execFileSync('mount', ['-o', 'remount,bind,ro', view], { stdio: 'ignore' });
              return () => execFileSync('mount', ['-o', 'remount,bind,rw', view], { stdio: 'ignore' });
            } catch {
              return null;
            }
          })()
        : (() => {
            // Not root: file modes are obeyed, so a folder without write permission refuses the rename.
            execFileSync('chmod', ['0555', real]);
            return () => execFileSync('chmod', ['0755', real]);
          })();
      if (!undo) return context.skip('cannot remount read-only here (root without mount rights)');

      const failure = await store.upsert(personalGlossaryId, idlib).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CallFailure);
      expect((failure as CallFailure).error.messageKey).toBe('errors:file-permission-denied');
      expect(ids(store.state(), personalGlossaryId)).toEqual(['homs', 'idlib']);
      expect(source(store.state(), personalGlossaryId)?.dirty).toBe(true);
      expect(await onDisk(personal)).toEqual(['homs']);

      undo();
      await store.save(personalGlossaryId);
      expect(await onDisk(personal)).toEqual(['homs', 'idlib']);
    } finally {
      if (root) execFileSync('umount', [view], { stdio: 'ignore' });
      else await chmod(real, 0o755);
    }
  });
});

describe('a glossary file overwritten with garbage by another program while open', () => {
  it('reports the malformed file, keeps the entries, and saving replaces the garbage with them', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs] }));
    await newStore();
    await store.open(shared, 'shared.tbx');
    await store.upsert('shared.tbx', idlib);
    await writeFile(shared, '<martif><text><body><termEntry id="x">');

    const state = await store.checkDisk('shared.tbx');
    expect(ids(state, 'shared.tbx')).toEqual(['homs', 'idlib']);
    expect(keys(state, 'shared.tbx')).toContain('errors:glossary-xml-malformed');

    await store.save('shared.tbx');
    expect(await onDisk(shared)).toEqual(['homs', 'idlib']);
  });
});
