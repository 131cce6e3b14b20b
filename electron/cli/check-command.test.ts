import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding';
import type { AlignedDocument } from '../../shared/model/document';
import type { Glossary } from '../../shared/glossary/model';
import { runCheckCommand, type CheckCommandDeps } from './check-command';

const target = 'רסטן וטלביסה נכבשו.\n\nהמורדים נכנסו לראסטן  אתמול.\n';
const files: Record<string, Uint8Array> = {
  'target.txt': new TextEncoder().encode(target),
  'source.txt': new TextEncoder().encode(
    'Rastan and Talbiseh fell.\n\nThe rebels entered Rastan yesterday.\n',
  ),
  'glossary.tbx': new TextEncoder().encode('<tbx/>'),
  'empty.tbx': new TextEncoder().encode('<nothing'),
  'binary.bin': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]),
  // "רסטן" in Windows-1255.
  'legacy.txt': Uint8Array.from([0xf8, 0xf1, 0xe8, 0xef, 0x0a]),
};

/** A stand-in engine: one error on "ראסטן", one info on the double space; records what it was given. */
function fakeDeps(seen: { document?: AlignedDocument; glossary?: Glossary } = {}): CheckCommandDeps {
  return {
    checkDocument(document, glossary) {
      seen.document = document;
      seen.glossary = glossary;
      const findings: Finding[] = [];
      document.target.forEach((p, paragraph) => {
        const at = p.text.indexOf('ראסטן');
        if (at >= 0) {
          findings.push({
            check: 'name-variants',
            severity: 'error',
            paragraph,
            start: at,
            end: at + 5,
            text: 'ראסטן',
            message: { key: 'findings:missing-key', params: {} },
            suggestions: [
              { replacement: 'רסטן', edits: [{ paragraph, start: at, end: at + 5, replacement: 'רסטן' }] },
            ],
            fingerprint: 'x',
            variants: ['רסטן', 'ראסטן'],
          });
        }
        const gap = p.text.indexOf('  ');
        if (gap >= 0)
          findings.push({
            check: 'typography',
            severity: 'info',
            paragraph,
            start: gap,
            end: gap + 2,
            text: '  ',
            message: { key: 'findings:missing-key', params: {} },
            suggestions: [{ replacement: ' ', edits: [] }],
            fingerprint: 'y',
          });
      });
      return findings;
    },
    parseTbx: (xml) =>
      xml === '<tbx/>'
        ? {
            glossary: {
              entries: [
                { id: 'a', kind: 'place', source: ['Aleppo'], terms: [{ text: 'חלב', status: 'preferred' }] },
              ],
            },
            problems: [],
          }
        : { glossary: { entries: [] }, problems: ['not well-formed XML'] },
    parseCsv: () => ({ glossary: { entries: [] }, problems: [] }),
  };
}

async function run(argv: string[], deps = fakeDeps()) {
  let stdout = '';
  let stderr = '';
  const io = {
    readFile: async (path: string) => {
      const bytes = files[path];
      if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    },
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    now: () => 0,
  };
  const code = await runCheckCommand(argv, io, deps);
  return { code, stdout, stderr };
}

describe('check command', () => {
  it('prints one JSON object with line, offsets, text, message, suggestions, variants and stats', async () => {
    const { code, stdout } = await run(['target.txt', '--format', 'json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.stats).toEqual({ paragraphs: 2, words: 7, ms: 0 });
    const lines = target.split('\n');
    for (const f of out.findings) expect(lines[f.line - 1]!.slice(f.start, f.end)).toBe(f.text);
    expect(out.findings[0]).toMatchObject({
      check: 'name-variants',
      severity: 'error',
      line: 3,
      text: 'ראסטן',
      suggestions: [{ replacement: 'רסטן' }],
      variants: ['רסטן', 'ראסטן'],
    });
    expect(typeof out.findings[0].message).toBe('string');
  });

  it('prints compiler-style text lines and a summary by default', async () => {
    const { stdout } = await run(['target.txt']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^target\.txt:3:16 error name-variants /);
    expect(lines[1]).toMatch(/^target\.txt:3:21 info typography /);
    expect(lines.at(-1)).toBe('1 errors, 0 warnings, 1 info in 2 paragraphs (7 words, 0 ms)');
  });

  it('exits 0 when nothing is an error', async () => {
    const { code } = await run(['source.txt', '--format=json']);
    expect(code).toBe(0);
  });

  it('aligns the source by paragraph order and passes the glossary on', async () => {
    const seen: { document?: AlignedDocument; glossary?: Glossary } = {};
    await run(['target.txt', '--source', 'source.txt', '--glossary', 'glossary.tbx'], fakeDeps(seen));
    expect(seen.document?.source.map((p) => p.line)).toEqual([1, 3]);
    expect(seen.glossary?.entries).toHaveLength(1);
  });

  it('decodes a Windows-1255 target', async () => {
    const seen: { document?: AlignedDocument } = {};
    await run(['legacy.txt'], fakeDeps(seen));
    expect(seen.document?.target[0]?.text).toBe('רסטן');
  });

  it.each([
    ['no arguments', [], /Usage/],
    ['an unknown option', ['target.txt', '--no-such-option'], /Unknown option --no-such-option/],
    ['a missing option value', ['target.txt', '--source'], /--source needs a value/],
    ['a bad format', ['target.txt', '--format', 'xml'], /json or text/],
    ['two targets', ['target.txt', 'source.txt'], /Only one TARGET/],
    ['a missing file', ['missing.txt'], /Cannot read missing\.txt: ENOENT/],
    ['a missing source', ['target.txt', '--source', 'missing.txt'], /Cannot read missing\.txt/],
    ['a binary file', ['binary.bin', '--format', 'json'], /binary/],
    [
      'a glossary that does not parse',
      ['target.txt', '--glossary', 'empty.tbx'],
      /empty\.tbx cannot be used: not well-formed XML/,
    ],
    ['a glossary of an unknown type', ['target.txt', '--glossary', 'target.txt'], /\.tbx or \.csv/],
  ])('exits 2 with a message on stderr for %s', async (_, argv, pattern) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
  });
});

describe('check command on arbitrary bytes', () => {
  it('never throws and always exits 0, 1 or 2, with the real engine', async () => {
    const { checkDocument } = await import('../../shared/checks/engine');
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (bytes) => {
          const io = {
            readFile: async () => bytes,
            stdout: () => undefined,
            stderr: () => undefined,
            now: () => 0,
          };
          const deps = { ...fakeDeps(), checkDocument };
          const code = await runCheckCommand(['any.txt', '--format', 'json'], io, deps);
          expect([0, 1, 2]).toContain(code);
        },
      ),
      { numRuns: 150 },
    );
  });
});
