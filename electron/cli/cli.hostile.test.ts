// The check and export commands on every file of the hostile corpus, with the real file system and the
// real engine: exit 0/1 with a result, or exit 2 with one clear line; never a throw, never a hang, and
// the input files are never changed (an export may not write over its input either).
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../shared/checks/engine';
import { parseCsv } from '../../shared/glossary/csv';
import { parseTbx } from '../../shared/glossary/tbx';
import { withinMs } from '../../e2e/fixtures/hostile/clear-message';
import { ensureHostileCorpus, fileHash, hostileCorpus } from '../../e2e/fixtures/hostile/make-hostile';
import { writeFileAtomic } from '../services/atomic-write';
import { runCheckCommand } from './check-command';
import { runExportCommand } from './export-command';

let paths: Map<string, string>;
let out: string;
beforeAll(async () => {
  paths = await ensureHostileCorpus();
  out = await mkdtemp(join(tmpdir(), 'nusach-cli-hostile-'));
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

function realIo() {
  const streams = { stdout: '', stderr: '' };
  const io = {
    readFile: async (path: string) => new Uint8Array(await readFile(path)),
    writeFile: writeFileAtomic,
    identity: async (path: string) => {
      const info = await stat(path).catch(() => null);
      return info ? `${info.dev}:${info.ino}` : undefined;
    },
    stdout: (text: string) => void (streams.stdout += text),
    stderr: (text: string) => void (streams.stderr += text),
    now: () => Date.UTC(2026, 10, 25),
  };
  return { io, streams };
}

/** A refusal is one message line naming no stack frame; English, from the errors namespace. */
function expectClearRefusal(stderr: string, context: string): void {
  expect(stderr, context).toMatch(/^nusach (check|export): \S/);
  expect(stderr, context).not.toMatch(/\bat .+:\d+:\d+|TypeError|RangeError|errors:/);
}

const bound = 15_000;
const glossaryFiles = hostileCorpus.filter((f) => /\.(tbx|csv|xliff)$/.test(f.name)).map((f) => f.name);

describe('check CLI on the hostile corpus', () => {
  it.each(hostileCorpus.map((file) => [file.name]))('%s as the translation', async (name) => {
    const path = paths.get(name) as string;
    const before = await fileHash(path);
    const { io, streams } = realIo();
    const code = await withinMs(bound, name, () =>
      runCheckCommand([path, '--format', 'json'], io, { checkDocument, parseTbx, parseCsv }),
    );
    expect([0, 1, 2]).toContain(code);
    if (code === 2) expectClearRefusal(streams.stderr, name);
    else expect(() => JSON.parse(streams.stdout)).not.toThrow();
    expect(await fileHash(path)).toBe(before);
  });

  it.each(glossaryFiles.map((name) => [name]))('%s as the glossary', async (name) => {
    const glossary = paths.get(name) as string;
    const before = await fileHash(glossary);
    const { io, streams } = realIo();
    const target = paths.get('html-script.he.txt') as string;
    const code = await withinMs(bound, name, () =>
      runCheckCommand([target, '--glossary', glossary], io, { checkDocument, parseTbx, parseCsv }),
    );
    expect([0, 1, 2]).toContain(code);
    if (code === 2) expectClearRefusal(streams.stderr, name);
    expect(await fileHash(glossary)).toBe(before);
  });
});

describe('export CLI on the hostile corpus', () => {
  const formats = ['txt', 'docx', 'xliff', 'tmx', 'html'] as const;
  it.each(hostileCorpus.map((file) => [file.name]))(
    '%s as original and translation, every format',
    async (name) => {
      const path = paths.get(name) as string;
      const before = await fileHash(path);
      for (const format of formats) {
        const { io, streams } = realIo();
        const target = join(out, `${name}.${format}`);
        const code = await withinMs(bound, `${name} → ${format}`, () =>
          runExportCommand(['--original', path, '--target', path, '--source', path, '--out', target], io, {
            checkDocument,
            toolVersion: 'test',
          }),
        );
        expect([0, 2], `${name} → ${format}: ${streams.stderr}`).toContain(code);
        if (code === 2) expectClearRefusal(streams.stderr, `${name} → ${format}`);
      }
      expect(await fileHash(path)).toBe(before);
    },
  );

  it('refuses to write the export over its input', async () => {
    const path = paths.get('html-script.he.txt') as string;
    const before = await fileHash(path);
    const { io, streams } = realIo();
    const code = await runExportCommand(['--original', path, '--target', path, '--out', path], io, {
      checkDocument,
      toolVersion: 'test',
    });
    expect(code).toBe(2);
    expectClearRefusal(streams.stderr, 'overwrite');
    expect(await fileHash(path)).toBe(before);
  });
});
