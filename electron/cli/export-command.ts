// The export command with its I/O passed in (tests run it without spawning a process); export.ts wires
// in the real file system. Bad input is exit 2 with one clear line; nothing is written then.
import type { AppError, CallResult } from '../../shared/contract/define';
import { translate } from '../../shared/i18n/resources';
import { paragraphsFromText } from '../../shared/model/document';
import type { Finding } from '../../shared/model/finding';
import type { AlignedDocument } from '../../shared/model/document';
import { buildExport } from '../../shared/formats/build-export';
import type { ExportDocument } from '../../shared/formats/export-document';
import { readTextFile, type CheckCommandIo } from './check-command';
import { parseExportArguments, type ExportArguments } from './export-args';

export interface ExportCommandIo extends CheckCommandIo {
  /** Atomic write (temp file, fsync, rename). */
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** The file's identity (device and inode, or the resolved path), or undefined when it does not exist. */
  readonly identity: (path: string) => Promise<string | undefined>;
}

export interface ExportCommandDeps {
  readonly checkDocument: (document: AlignedDocument) => readonly Finding[];
  readonly toolVersion: string;
}

export const exportExitCodes = { ok: 0, badInput: 2 } as const;

function error(code: string, params?: Record<string, string | number>): AppError {
  return { code, messageKey: `errors:${code}`, ...(params ? { params } : {}) };
}

/** Paragraphs must pair up one to one: an export cannot guess which paragraph a change belongs to. */
function alignedTexts(
  args: ExportArguments,
  original: string,
  target: string,
  source: string | undefined,
): CallResult<{ original: string[]; current: string[]; source: string[] }> {
  const texts = (text: string) => paragraphsFromText(text).map((p) => p.text);
  const aligned = {
    original: texts(original),
    current: texts(target),
    source: source === undefined ? [] : texts(source),
  };
  if (aligned.original.length !== aligned.current.length)
    return {
      ok: false,
      error: error('export-paragraph-mismatch', {
        first: args.original,
        firstCount: aligned.original.length,
        second: args.target,
        secondCount: aligned.current.length,
      }),
    };
  if (source !== undefined && aligned.source.length !== aligned.current.length)
    return {
      ok: false,
      error: error('export-paragraph-mismatch', {
        first: args.source ?? '',
        firstCount: aligned.source.length,
        second: args.target,
        secondCount: aligned.current.length,
      }),
    };
  return { ok: true, value: aligned };
}

async function collides(io: ExportCommandIo, args: ExportArguments): Promise<string | undefined> {
  const out = await io.identity(args.out);
  if (out === undefined) return undefined;
  for (const input of [args.original, args.target, args.source]) {
    if (input !== undefined && (await io.identity(input)) === out) return input;
  }
  return undefined;
}

export async function runExportCommand(
  argv: readonly string[],
  io: ExportCommandIo,
  deps: ExportCommandDeps,
): Promise<number> {
  const fail = (failure: AppError): number => {
    io.stderr(`nusach export: ${translate('en', failure.messageKey, failure.params ?? {})}\n`);
    if (failure.code.startsWith('cli-') || failure.code === 'export-usage')
      io.stderr(`${translate('en', 'errors:export-usage')}\n`);
    return exportExitCodes.badInput;
  };
  const parsed = parseExportArguments(argv);
  if (!parsed.ok) return fail(parsed.error);
  const args = parsed.value;
  if ((args.format === 'xliff' || args.format === 'tmx') && args.source === undefined)
    return fail(error('export-needs-source', { format: args.format }));
  const input = await collides(io, args);
  if (input !== undefined) return fail(error('export-overwrites-input', { file: input }));

  const original = await readTextFile(io, args.original);
  if (!original.ok) return fail(original.error);
  const target = await readTextFile(io, args.target);
  if (!target.ok) return fail(target.error);
  let source: string | undefined;
  if (args.source !== undefined) {
    const read = await readTextFile(io, args.source);
    if (!read.ok) return fail(read.error);
    source = read.value;
  }
  const aligned = alignedTexts(args, original.value, target.value, source);
  if (!aligned.ok) return fail(aligned.error);

  const document: ExportDocument = {
    ...aligned.value,
    comments: [],
    author: 'Nusach',
    // Word's w:date is xsd:dateTime; whole seconds, as Word itself writes it.
    date: new Date(io.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    title: args.target.split(/[\\/]/).pop() ?? args.target,
  };
  const bytes = await buildExport(args.format, {
    document,
    currentText: target.value,
    ignored: new Set(),
    checkDocument: deps.checkDocument,
    language: 'en',
    toolVersion: deps.toolVersion,
  });
  try {
    await io.writeFile(args.out, bytes);
  } catch (cause) {
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
    return fail(error('export-unwritable', { file: args.out, reason }));
  }
  io.stdout(`${translate('en', 'review:export-written', { file: args.out, format: args.format })}\n`);
  return exportExitCodes.ok;
}
