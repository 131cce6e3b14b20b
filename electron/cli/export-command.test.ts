// The export CLI's promises: the format from the extension, exit 0 on success, exit 2 with one clear
// line on bad input — and nothing written then, and never an input overwritten.
import { describe, expect, it } from 'vitest';
import { runExportCommand, type ExportCommandIo } from './export-command';
import { parseExportArguments } from './export-args';

const encode = (s: string) => new TextEncoder().encode(s);

function memoryIo(files: Record<string, Uint8Array>) {
  const written: Record<string, Uint8Array> = {};
  let stderr = '';
  const io: ExportCommandIo = {
    readFile: async (path) => {
      const file = files[path] ?? written[path];
      if (!file) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return file;
    },
    writeFile: async (path, data) => {
      written[path] = data;
    },
    identity: async (path) => (files[path] || written[path] ? `id:${path}` : undefined),
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    now: () => Date.UTC(2026, 10, 25, 12),
  };
  return { io, written, stderr: () => stderr };
}

const deps = { checkDocument: () => [], toolVersion: '0.1.0' };
const pair = {
  'orig.txt': encode('רסטן נפלה\n\nשורה שנייה\n'),
  'cur.txt': encode('ראסטן נפלה\n\nשורה שנייה\n'),
  'en.txt': encode('Rastan fell\n\nSecond line\n'),
};
const run = (argv: string[], files: Record<string, Uint8Array> = pair) => {
  const memory = memoryIo(files);
  return runExportCommand(argv, memory.io, deps).then((code) => ({ code, ...memory }));
};
const base = ['--original', 'orig.txt', '--target', 'cur.txt', '--source', 'en.txt'];

describe('export CLI', () => {
  it.each(['txt', 'docx', 'xliff', 'tmx', 'html', 'csv'])('writes .%s and exits 0', async (ext) => {
    const result = await run([...base, '--out', `out.${ext}`]);
    expect(result.code).toBe(0);
    expect(result.written[`out.${ext}`]?.length).toBeGreaterThan(0);
  });

  it('writes the TXT exactly as the target file', async () => {
    const result = await run([...base, '--out', 'out.txt']);
    expect(result.written['out.txt']).toEqual(pair['cur.txt']);
  });

  const bad: [string, string[], Record<string, Uint8Array>, RegExp][] = [
    ['no arguments', [], pair, /Usage: npm run --silent export/],
    [
      'an unknown option',
      [...base, '--out', 'x.txt', '--glossary', 'g.tbx'],
      pair,
      /Unknown option --glossary/,
    ],
    ['an unknown extension', [...base, '--out', 'x.pdf'], pair, /Cannot tell the export format from "x.pdf"/],
    [
      'a missing file',
      ['--original', 'nope.txt', '--target', 'cur.txt', '--out', 'x.txt'],
      pair,
      /Cannot read nope.txt: ENOENT/,
    ],
    [
      'a binary file',
      [...base, '--out', 'x.txt'],
      { ...pair, 'cur.txt': new Uint8Array([0, 1, 2, 3]) },
      /cur.txt: .*binary/,
    ],
    [
      'paragraphs that do not pair up',
      [...base, '--out', 'x.txt'],
      { ...pair, 'cur.txt': encode('אחת\n') },
      /orig.txt has 2 paragraphs but cur.txt has 1/,
    ],
    [
      'a bilingual format without --source',
      ['--original', 'orig.txt', '--target', 'cur.txt', '--out', 'x.tmx'],
      pair,
      /give the English with --source/,
    ],
    ['an output that is an input', [...base, '--out', 'cur.txt'], pair, /output file is the input cur.txt/],
  ];
  it.each(bad)('refuses %s with exit 2 and writes nothing', async (_why, argv, files, message) => {
    const result = await run(argv, files);
    expect(result.code).toBe(2);
    expect(result.stderr()).toMatch(message);
    expect(Object.keys(result.written)).toEqual([]);
  });

  it('reads --option=value and .xlf as XLIFF', () => {
    const parsed = parseExportArguments(['--original=a.txt', '--target=b.txt', '--out=c.XLF']);
    expect(parsed.ok && parsed.value.format).toBe('xliff');
  });
});
