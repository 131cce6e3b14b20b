// Every file of the hostile corpus (e2e/fixtures/hostile/make-hostile.ts) through the Node-side readers
// a user reaches from the UI: documents (text and DOCX via mammoth) and glossary files. Each gives a
// document or a clear error value, in bounded time, and the file on disk is not touched.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClearMessage, withinMs } from '../../e2e/fixtures/hostile/clear-message';
import { ensureHostileCorpus, fileHash, hostileCorpus } from '../../e2e/fixtures/hostile/make-hostile';
import { CallFailure } from './call-failure';
import { readDocument } from './files';
import { parseGlossary, readGlossaryText } from './glossary-files';
import { checkDocxUnpackedSize } from './docx-unpacked-size';

let paths: Map<string, string>;
let scratch: string;
beforeAll(async () => {
  paths = await ensureHostileCorpus();
  scratch = await mkdtemp(join(tmpdir(), 'nusach-hostile-'));
}, 120_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function outcome<T>(work: () => Promise<T>, context: string): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    expect(error, `${context}: threw ${String(error)}`).toBeInstanceOf(CallFailure);
    expectClearMessage((error as CallFailure).error, context);
    return null;
  }
}

const bound = 15_000;

describe('readDocument on the hostile corpus', () => {
  it.each(hostileCorpus.map((file) => [file.name]))('%s', async (name) => {
    const path = paths.get(name) as string;
    const before = await fileHash(path);
    await withinMs(bound, name, () => outcome(() => readDocument(path), name));
    // The same bytes named .docx reach mammoth (or the zip checks) instead of the text decoder.
    const asDocx = join(scratch, `${name}.docx`);
    await copyFile(path, asDocx);
    await withinMs(bound, `${name} as .docx`, () => outcome(() => readDocument(asDocx), `${name} as .docx`));
    expect(await fileHash(path)).toBe(before);
  });

  it.each([
    ['zip-bomb.docx', 'errors:docx-too-large-unpacked'],
    ['truncated.docx', 'errors:docx-unreadable'],
    ['not-a-zip.docx', 'errors:docx-unreadable'],
    ['binary.bin', 'errors:text-binary'],
    ['nul-bytes.txt', 'errors:text-binary'],
    ['huge-50mb.txt', 'errors:file-too-large'],
  ])('%s is refused with %s', async (name, key) => {
    const failure = await readDocument(paths.get(name) as string).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CallFailure);
    expect((failure as CallFailure).error.messageKey).toBe(key);
  });

  it.each([
    ['windows-1255.txt', 'windows-1255'],
    ['utf16le.txt', 'utf-16le'],
    ['utf16be.txt', 'utf-16be'],
  ])('%s decodes as %s, to the same Hebrew', async (name, encoding) => {
    const document = await readDocument(paths.get(name) as string);
    expect(document).toMatchObject({ kind: 'text', encoding });
    expect(document.text).toContain('ראש עיריית חומס');
  });

  it('keeps HTML and script as text, character for character', async () => {
    const document = await readDocument(paths.get('html-script.he.txt') as string);
    expect(document.text).toContain('<img src=x onerror=alert(1)>');
    expect(document.text).toContain('<script>alert("nusach")</script>');
  });
});

describe('DOCX unpacked-size guard', () => {
  it('lets a real Word document through and stops the bomb early', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const real = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('שלום')] }] }));
    expect(checkDocxUnpackedSize(real)).toBe('ok');
    const bomb = await readFile(paths.get('zip-bomb.docx') as string);
    expect(await withinMs(2_000, 'bomb check', () => checkDocxUnpackedSize(bomb))).toBe('too-large');
  });
});

describe('glossary files on the hostile corpus', () => {
  it.each(hostileCorpus.map((file) => [file.name]))('%s', async (name) => {
    const path = paths.get(name) as string;
    const before = await fileHash(path);
    const text = await outcome(() => readGlossaryText(path), name);
    if (text !== null) {
      for (const format of ['tbx', 'csv'] as const) {
        const parsed = await withinMs(bound, `${name} as ${format}`, () => parseGlossary(format, text));
        parsed.problems.forEach((problem) => expectClearMessage(problem, `${name} as ${format}`));
      }
    }
    expect(await fileHash(path)).toBe(before);
  });

  it.each([['billion-laughs.tbx'], ['billion-laughs.xliff']])(
    '%s: entities are never multiplied',
    async (name) => {
      const parsed = parseGlossary('tbx', await readGlossaryText(paths.get(name) as string));
      expect(JSON.stringify(parsed)).not.toContain('lollol');
      expect(JSON.stringify(parsed).length).toBeLessThan(10_000);
    },
  );

  it.each([
    ['malformed.tbx', 'errors:glossary-xml-malformed'],
    ['malformed.xliff', 'errors:glossary-xml-malformed'],
    ['billion-laughs.xliff', 'errors:glossary-tbx-not-tbx'],
    ['empty.txt', 'errors:glossary-xml-malformed'],
  ])('%s as TBX: %s, nothing imported', async (name, key) => {
    const parsed = parseGlossary('tbx', await readGlossaryText(paths.get(name) as string));
    expect(parsed.glossary.entries).toEqual([]);
    expect(parsed.problems.map((p) => p.messageKey)).toContain(key);
  });

  it('never reads an external entity (XXE)', async () => {
    const parsed = parseGlossary('tbx', await readGlossaryText(paths.get('external-entity.tbx') as string));
    expect(JSON.stringify(parsed)).not.toContain('root:');
  });

  it('ragged CSV rows are reported, the good row imported', async () => {
    const parsed = parseGlossary('csv', await readGlossaryText(paths.get('ragged.csv') as string));
    expect(parsed.problems.map((p) => p.messageKey)).toContain('errors:glossary-csv-ragged-row');
    expect(parsed.glossary.entries.map((e) => e.id)).toContain('raqqa');
  });
});
