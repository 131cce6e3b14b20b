// Issue 7 "Faults": a full disk. On a real 64 KiB tmpfs (when this process may mount one) and with an
// injected ENOSPC (always): saving a project, the personal glossary and an export fail with the
// `errors:disk-full` value, the previous file is intact, and no temporary file is left behind.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { personalGlossaryId } from '../../shared/contract/glossary';
import { parseTbx } from '../../shared/glossary/tbx';
import { parseProject } from '../../shared/project/project-codec';
import { newProject } from '../../shared/project/project-file';
import { CallFailure } from '../services/call-failure';
import { GlossaryStore } from '../services/glossary-store';
import { writeProjectFile } from '../services/project-store';

const line = 'ראש עיריית חומס אמר כי הסיוע יגיע מחר.\n';
const small = newProject({ text: 'Homs\n' }, { text: line }, '2026-11-25T00:00:00Z');
const large = { ...small, current: line.repeat(4000) };

async function expectDiskFull(work: Promise<unknown>): Promise<void> {
  const failure = await work.then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(CallFailure);
  expect((failure as CallFailure).error.messageKey).toBe('errors:disk-full');
}

// The injection: while `enospc` is on, writing a temporary file (opened 'wx' by atomic-write.ts) fails
// as a full disk fails it. Off for the real-tmpfs tests.
const injected = vi.hoisted(() => ({ enospc: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    if (injected.enospc && args[1] === 'wx')
      handle.writeFile = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
    return handle;
  }) as typeof real.open;
  return { ...real, open, default: { ...real, open } };
});

let tiny: string | null = null;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nusach-tinyfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    tiny = dir;
  } catch {
    await rm(dir, { recursive: true, force: true });
  }
});
afterAll(async () => {
  if (!tiny) return;
  execFileSync('umount', [tiny], { stdio: 'ignore' });
  await rm(tiny, { recursive: true, force: true });
});

describe('a real full disk (64 KiB tmpfs)', () => {
  it('project save: disk-full, the saved project intact, no temp file left', async (context) => {
    if (!tiny) return context.skip('mounting a tmpfs needs root; the injected ENOSPC test below still runs');
    const path = join(tiny, 'review.nusach');
    await writeProjectFile(path, small);
    await expectDiskFull(writeProjectFile(path, large));
    const reread = parseProject(await readFile(path, 'utf8'));
    expect(reread.ok && reread.value.current).toBe(line);
    expect(await readdir(tiny)).toEqual(['review.nusach']);
  });

  it('personal glossary: disk-full, the entry kept in memory, the file on disk the last good one', async (context) => {
    if (!tiny) return context.skip('mounting a tmpfs needs root; the injected ENOSPC test below still runs');
    const personal = join(tiny, 'personal.tbx');
    const store = new GlossaryStore({ personalPath: personal, user: 'tester', pollMs: 0 });
    try {
      await store.init();
      const homs = {
        id: 'homs',
        kind: 'place' as const,
        source: ['Homs'],
        terms: [{ text: 'חומס', status: 'preferred' as const }],
      };
      await store.upsert(personalGlossaryId, homs);
      const huge = { ...homs, id: 'huge', note: 'x'.repeat(200_000) };
      await expectDiskFull(store.upsert(personalGlossaryId, huge));
      expect(store.state().sources[0]?.glossary.entries.map((e) => e.id)).toEqual(['homs', 'huge']);
      expect(parseTbx(await readFile(personal, 'utf8')).glossary.entries.map((e) => e.id)).toEqual(['homs']);
    } finally {
      store.dispose();
    }
  });
});

describe('an injected ENOSPC (any machine)', () => {
  it('project save: disk-full and the previous file intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nusach-enospc-'));
    try {
      const path = join(dir, 'review.nusach');
      await writeProjectFile(path, small);
      injected.enospc = true;
      try {
        await expectDiskFull(writeProjectFile(path, large));
      } finally {
        injected.enospc = false;
      }
      const reread = parseProject(await readFile(path, 'utf8'));
      expect(reread.ok && reread.value.current).toBe(line);
      expect(await readdir(dir)).toEqual(['review.nusach']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
