// The check CLI as users and scripts run it: a real process (`npx tsx electron/cli/check.ts`), real
// files, exit codes and output formats.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir = '';
const target = [
  'הלוחמים נכנסו לרסטן ולטלביסה.',
  '',
  'המורדים שלטו ברסטן, ואחר כך בראסטן, ואז שוב ברסטן.',
  'גשר רסטן נהרס.',
].join('\n');

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'electron/cli/check.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nusach-cli-'));
  writeFileSync(join(dir, 'target.txt'), target);
  writeFileSync(
    join(dir, 'source.txt'),
    'Fighters entered Rastan and Talbiseh.\n\nThe rebels held Rastan.\nThe Rastan bridge was destroyed.\n',
  );
  // Windows-1255: "רסטן וראסטן, רסטן" written byte by byte (א = 0xE0 … ת = 0xFA).
  const hebrew1255 = (s: string) =>
    Uint8Array.from(
      [...s].map((c) => (c >= 'א' && c <= 'ת' ? 0xe0 + c.charCodeAt(0) - 0x5d0 : c.charCodeAt(0))),
    );
  writeFileSync(join(dir, 'legacy.txt'), hebrew1255('רסטן וטלביסה\nהמורדים ברסטן ובראסטן ושוב ברסטן\n'));
  writeFileSync(
    join(dir, 'binary.bin'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(join(dir, 'bad.tbx'), '<martif><text><body><termEntry');
  writeFileSync(
    join(dir, 'glossary.tbx'),
    `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="rastan"><langSec xml:lang="en"><termSec><term>Rastan</term></termSec></langSec>
<langSec xml:lang="he"><termSec><term>רסטן</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>ראסטן</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check CLI (spawned)', () => {
  it('prints the JSON contract: findings with line, offsets, exact text, message, suggestions; stats', () => {
    const { code, stdout } = run(join(dir, 'target.txt'), '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.stats).toMatchObject({ paragraphs: 3, words: 16 });
    expect(typeof out.stats.ms).toBe('number');
    const lines = target.split('\n');
    for (const f of out.findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(lines[f.line - 1]?.slice(f.start, f.end)).toBe(f.text);
      expect(typeof f.message).toBe('string');
      expect(f.message).not.toMatch(/^findings:/);
      expect(Array.isArray(f.suggestions)).toBe(true);
    }
  }, 60_000);

  it('exits 1 when a finding is an error (a deprecated glossary spelling), and reports it in text form', () => {
    const { code, stdout } = run(join(dir, 'target.txt'), '--glossary', join(dir, 'glossary.tbx'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/target\.txt:3:\d+ error glossary .*ראסטן/u);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ errors, \d+ warnings, \d+ info in 3 paragraphs/,
    );
  }, 60_000);

  it('accepts a source and reports source-name findings with the English range', () => {
    const { stdout } = run(join(dir, 'target.txt'), '--source', join(dir, 'source.txt'), '--format', 'json');
    // The engine reports a misspelt name once: a name-variants finding that carries the English range.
    const names = JSON.parse(stdout).findings.filter((f: { source?: unknown }) => f.source !== undefined);
    expect(
      names.some(
        (f: { variants?: string[]; source?: { text: string } }) =>
          f.variants?.includes('ראסטן') && f.source?.text === 'Rastan',
      ),
    ).toBe(true);
  }, 60_000);

  it('decodes a Windows-1255 file', () => {
    const { code, stdout } = run(join(dir, 'legacy.txt'), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stats.paragraphs).toBe(2);
    expect(stdout).toContain('ראסטן');
  }, 60_000);

  it.each([
    ['no arguments', []],
    ['an unknown option', ['x.txt', '--no-such-option']],
    ['a missing file', ['/nonexistent/target.txt']],
    ['a binary file', ['BINARY']],
    ['a glossary that does not parse', ['TARGET', '--glossary', 'BAD']],
  ])(
    'exits 2 with a message on stderr for %s',
    (_, args) => {
      const resolved = args.map((a) =>
        a === 'BINARY'
          ? join(dir, 'binary.bin')
          : a === 'BAD'
            ? join(dir, 'bad.tbx')
            : a === 'TARGET'
              ? join(dir, 'target.txt')
              : a,
      );
      const { code, stdout, stderr } = run(...resolved);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^nusach check: /);
    },
    60_000,
  );
});
