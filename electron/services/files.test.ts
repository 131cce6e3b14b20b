// Reading documents: text through the shared decoder, DOCX through mammoth, limits and refusals as
// typed errors.
import { Document, Packer, Paragraph } from 'docx';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallFailure } from './call-failure';
import { maxTextBytes, readDocument } from './files';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nusach-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallFailure) return error.error.code;
    throw error;
  }
  return 'no failure';
}

describe('reading documents', () => {
  it('reads UTF-8 text', async () => {
    await writeFile(join(dir, 'a.txt'), 'שלום\nworld\n');
    expect(await readDocument(join(dir, 'a.txt'))).toEqual({
      name: 'a.txt',
      kind: 'text',
      text: 'שלום\nworld\n',
      encoding: 'utf-8',
    });
  });

  it('reads a DOCX one paragraph per line', async () => {
    const doc = new Document({
      sections: [
        { children: [new Paragraph('לוחמים בסמוך לחומס.'), new Paragraph(''), new Paragraph('שורה שנייה')] },
      ],
    });
    await writeFile(join(dir, 'b.docx'), await Packer.toBuffer(doc));
    expect(await readDocument(join(dir, 'b.docx'))).toMatchObject({
      kind: 'docx',
      text: 'לוחמים בסמוך לחומס.\nשורה שנייה',
    });
  });

  it.each([
    ['binary data', 'c.bin', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]), 'text-binary'],
    ['a damaged DOCX', 'd.docx', new TextEncoder().encode('PK not really a zip'), 'docx-unreadable'],
  ])('refuses %s', async (_label, name, bytes, code) => {
    await writeFile(join(dir, name), bytes);
    expect(await failureCode(readDocument(join(dir, name)))).toBe(code);
  });

  it('refuses a missing file, a folder and a file over the limit before reading it', async () => {
    expect(await failureCode(readDocument(join(dir, 'nope.txt')))).toBe('file-not-found');
    expect(await failureCode(readDocument(dir))).toBe('not-a-file');
    const big = join(dir, 'big.txt');
    await writeFile(big, '');
    await truncate(big, maxTextBytes + 1); // sparse: no real disk use
    expect(await failureCode(readDocument(big))).toBe('file-too-large');
  });
});
