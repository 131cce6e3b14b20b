// The store against real files in a temporary folder: concurrent edits (someone saves the shared file
// while we have unsaved edits), conflicts, bad imports that must not lose anything, size limits.
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaryState } from '../../shared/contract/glossary';
import type { Glossary, GlossaryEntry } from '../../shared/glossary/model';
import { parseTbx, writeTbx } from '../../shared/glossary/tbx';
import { CallFailure } from './call-failure';
import { GlossaryStore } from './glossary-store';

const entry = (id: string, preferred: string, note?: string): GlossaryEntry => ({
  id,
  kind: 'place',
  source: [id],
  terms: [{ text: preferred, status: 'preferred' }],
  ...(note ? { note } : {}),
});
const homs = entry('homs', 'חומס');
const hama = entry('hama', 'חמה');

let dir: string;
let stores: GlossaryStore[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-glossary-'));
  stores = [];
});
afterEach(async () => {
  stores.forEach((s) => s.dispose());
  await rm(dir, { recursive: true, force: true });
});

async function newStore(onChange?: (state: GlossaryState) => void): Promise<GlossaryStore> {
  const store = new GlossaryStore({
    personalPath: join(dir, 'state', 'personal.tbx'),
    user: 'tester',
    now: () => '2026-11-25',
    pollMs: 0,
    ...(onChange ? { onChange } : {}),
  });
  stores.push(store);
  await store.init();
  return store;
}

/** Another program saving the shared file the way careful programs do: write a temp file, rename it. */
async function saveElsewhere(path: string, glossary: Glossary): Promise<void> {
  await writeFile(`${path}.other`, writeTbx(glossary));
  await rename(`${path}.other`, path);
}

const source = (state: GlossaryState, id: string) => state.sources.find((s) => s.id === id);
const ids = (state: GlossaryState, id: string) => source(state, id)?.glossary.entries.map((e) => e.id);

describe('GlossaryStore', () => {
  it('keeps both our unsaved edits and the changes someone saved meanwhile, then saves them all', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs, hama] }));
    const store = await newStore();
    const { state: opened } = await store.open(shared, 'shared.tbx');
    expect(ids(opened, 'shared.tbx')).toEqual(['homs', 'hama']);

    await store.upsert('shared.tbx', entry('idlib', 'אידליב'));
    await store.delete('shared.tbx', 'hama');
    await saveElsewhere(shared, {
      entries: [entry('homs', 'חומס', 'theirs'), hama, entry('raqqa', 'א-רקה')],
    });

    const merged = await store.checkDisk('shared.tbx');
    expect(source(merged, 'shared.tbx')).toMatchObject({ dirty: true, conflicts: [] });
    expect(source(merged, 'shared.tbx')?.glossary.entries.map((e) => [e.id, e.note])).toEqual([
      ['homs', 'theirs'],
      ['idlib', undefined],
      ['raqqa', undefined],
    ]);

    await store.save('shared.tbx');
    const onDisk = parseTbx(await readFile(shared, 'utf8')).glossary;
    expect(onDisk.entries.map((e) => e.id)).toEqual(['homs', 'idlib', 'raqqa']);
    expect(onDisk.entries.find((e) => e.id === 'idlib')).toMatchObject({ changedBy: 'tester' });
  });

  it('merges before saving even when the outside change was not noticed yet', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs] }));
    const store = await newStore();
    await store.open(shared, 'shared.tbx');
    await store.upsert('shared.tbx', hama);
    await saveElsewhere(shared, { entries: [homs, entry('idlib', 'אידליב')] });
    await store.save('shared.tbx');
    expect(parseTbx(await readFile(shared, 'utf8')).glossary.entries.map((e) => e.id)).toEqual([
      'homs',
      'hama',
      'idlib',
    ]);
  });

  it('surfaces a conflict when both sides changed the same entry, and resolves it as the user decides', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs] }));
    const store = await newStore();
    await store.open(shared, 'shared.tbx');
    await store.upsert('shared.tbx', entry('homs', 'חומס', 'ours'));
    await saveElsewhere(shared, { entries: [entry('homs', 'חומס', 'theirs')] });

    const state = await store.checkDisk('shared.tbx');
    const conflicts = source(state, 'shared.tbx')?.conflicts ?? [];
    expect(conflicts.map((c) => [c.id, c.ours?.note, c.theirs?.note])).toEqual([['homs', 'ours', 'theirs']]);
    expect(source(state, 'shared.tbx')?.glossary.entries[0]?.note).toBe('ours');

    const resolved = await store.resolveConflict('shared.tbx', 'homs', conflicts[0]?.theirs ?? null);
    expect(source(resolved, 'shared.tbx')).toMatchObject({
      conflicts: [],
      glossary: { entries: [{ note: 'theirs' }] },
    });
  });

  it('notices a change on disk by itself (fs.watch on the folder survives an atomic replace)', async () => {
    const shared = join(dir, 'shared.tbx');
    await writeFile(shared, writeTbx({ entries: [homs] }));
    let seen: GlossaryState | undefined;
    const store = await newStore((state) => (seen = state));
    await store.open(shared, 'shared.tbx');
    await saveElsewhere(shared, { entries: [homs, hama] });
    for (
      let waited = 0;
      waited < 5000 && ids(seen ?? store.state(), 'shared.tbx')?.length !== 2;
      waited += 50
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ids(store.state(), 'shared.tbx')).toEqual(['homs', 'hama']);
    await saveElsewhere(shared, { entries: [homs, hama, entry('idlib', 'אידליב')] });
    for (let waited = 0; waited < 5000 && ids(store.state(), 'shared.tbx')?.length !== 3; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ids(store.state(), 'shared.tbx')).toEqual(['homs', 'hama', 'idlib']);
  });

  it('writes the personal glossary on every change and reads it back on the next start', async () => {
    const store = await newStore();
    const state = await store.upsert('personal', homs);
    expect(source(state, 'personal')?.dirty).toBe(false);
    const again = await newStore();
    expect(ids(again.state(), 'personal')).toEqual(['homs']);
  });

  it('loses nothing on a bad import and reports why', async () => {
    const store = await newStore();
    await store.upsert('personal', homs);
    const broken = join(dir, 'broken.tbx');
    await writeFile(broken, '<tbx><text><body><conceptEntry id="x">');
    const { state, report } = await store.importFile('personal', broken);
    expect(ids(state, 'personal')).toEqual(['homs']);
    expect(report).toMatchObject({ added: 0, problems: [{ messageKey: 'errors:glossary-xml-malformed' }] });

    const csv = join(dir, 'names.csv');
    await writeFile(csv, 'id,english,preferred,colour\nhoms,Homs,חומץ,red\nhama,Hama,חמה,blue\n');
    const imported = await store.importFile('personal', csv);
    expect(imported.report).toMatchObject({ added: 1, conflicts: 1, unchanged: 0 });
    expect(imported.report.problems.map((p) => p.messageKey)).toEqual(['errors:glossary-csv-unknown-column']);
    expect(
      source(imported.state, 'personal')?.glossary.entries.find((e) => e.id === 'homs')?.terms[0]?.text,
    ).toBe('חומס');
  });

  it('refuses a file over 20 MB with a clear error, and a file type it cannot read', async () => {
    const store = await newStore();
    const huge = join(dir, 'huge.tbx');
    await writeFile(huge, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
    await expect(store.importFile('personal', huge)).rejects.toMatchObject({
      error: { messageKey: 'errors:glossary-too-large' },
    });
    await expect(store.importFile('personal', join(dir, 'names.xlsx'))).rejects.toBeInstanceOf(CallFailure);
  });

  it('exports an empty glossary as CSV but refuses TBX, whose body needs an entry, and writes no file', async () => {
    const store = await newStore();
    const csv = join(dir, 'empty.csv');
    const tbx = join(dir, 'empty.tbx');
    expect(await store.exportFile('personal', csv, 'csv')).toBeGreaterThan(0);
    await expect(store.exportFile('personal', tbx, 'tbx')).rejects.toMatchObject({
      error: { messageKey: 'errors:glossary-export-empty' },
    });
    await expect(readFile(tbx)).rejects.toThrow();
    await store.upsert('personal', homs);
    expect(await store.exportFile('personal', tbx, 'tbx')).toBeGreaterThan(0);
  });
});
