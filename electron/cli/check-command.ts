// The check command with its I/O passed in, so tests can run it without spawning a process and the
// entry point (check.ts) only wires in the real file system and streams.
import type { AppError, CallResult } from '../../shared/contract/define';
import { translate } from '../../shared/i18n/resources';
import { decodeText } from '../../shared/formats/text-decoding';
import { paragraphsFromText, type AlignedDocument } from '../../shared/model/document';
import type { Finding } from '../../shared/model/finding';
import type { Glossary } from '../../shared/glossary/model';
import { maxTextBytes } from '../services/files';
import { parseCheckArguments } from './args';
import { countWords, formatJson, formatText, sortedForOutput, toJsonFinding } from './report';
import { readGlossary, type GlossaryReaders } from './glossary-file';

export interface CheckCommandIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => number;
}

export interface CheckCommandDeps extends GlossaryReaders {
  readonly checkDocument: (document: AlignedDocument, glossary?: Glossary) => readonly Finding[];
}

export const exitCodes = { clean: 0, errorsFound: 1, badUsage: 2 } as const;

function message(error: AppError): string {
  return translate('en', error.messageKey, error.params ?? {});
}

/** Reads and decodes one text file; unreadable and undecodable files are errors, not exceptions. */
export async function readTextFile(io: CheckCommandIo, path: string): Promise<CallResult<string>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (cause) {
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
    return {
      ok: false,
      error: {
        code: 'cli-file-unreadable',
        messageKey: 'errors:cli-file-unreadable',
        params: { file: path, reason },
      },
    };
  }
  // The app's limit for a text document (files.ts): beyond it the engine would run for minutes.
  const decoded: CallResult<{ text: string }> =
    bytes.length > maxTextBytes
      ? {
          ok: false,
          error: {
            code: 'file-too-large',
            messageKey: 'errors:file-too-large',
            params: { megabytes: maxTextBytes / 1024 / 1024 },
          },
        }
      : decodeText(bytes);
  if (!decoded.ok) {
    const reason = message(decoded.error);
    return {
      ok: false,
      error: {
        code: 'cli-file-undecodable',
        messageKey: 'errors:cli-file-undecodable',
        params: { file: path, reason },
      },
    };
  }
  return { ok: true, value: decoded.value.text };
}

export async function runCheckCommand(
  argv: readonly string[],
  io: CheckCommandIo,
  deps: CheckCommandDeps,
): Promise<number> {
  const fail = (error: AppError): number => {
    io.stderr(`nusach check: ${message(error)}\n`);
    if (error.code !== 'cli-usage') io.stderr(`${translate('en', 'errors:cli-usage')}\n`);
    return exitCodes.badUsage;
  };
  const parsed = parseCheckArguments(argv);
  if (!parsed.ok) return fail(parsed.error);
  const args = parsed.value;

  const target = await readTextFile(io, args.target);
  if (!target.ok) return fail(target.error);
  let sourceText = '';
  if (args.source !== undefined) {
    const source = await readTextFile(io, args.source);
    if (!source.ok) return fail(source.error);
    sourceText = source.value;
  }
  let glossary: Glossary | undefined;
  if (args.glossary !== undefined) {
    const file = await readTextFile(io, args.glossary);
    if (!file.ok) return fail(file.error);
    const read = readGlossary(args.glossary, file.value, deps);
    if (!read.ok) return fail(read.error);
    glossary = read.value;
  }

  const document: AlignedDocument = {
    source: paragraphsFromText(sourceText),
    target: paragraphsFromText(target.value),
  };
  const started = io.now();
  const findings = deps.checkDocument(document, glossary);
  const stats = {
    paragraphs: document.target.length,
    words: countWords(document),
    ms: Math.round(io.now() - started),
  };
  const output = sortedForOutput(findings.map((f) => toJsonFinding(f, document)));
  io.stdout(args.format === 'json' ? formatJson(output, stats) : formatText(args.target, output, stats));
  return findings.some((f) => f.severity === 'error') ? exitCodes.errorsFound : exitCodes.clean;
}
