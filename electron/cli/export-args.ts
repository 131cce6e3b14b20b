// The export CLI's arguments, promised to newsroom pipelines (issue "Review and export"); keep exactly:
//   --original ORIGINAL.txt --target CURRENT.txt [--source SOURCE.txt] --out FILE
// The format follows FILE's extension.
import type { AppError, CallResult } from '../../shared/contract/define';
import type { ExportFormat } from '../../shared/formats/build-export';

export interface ExportArguments {
  readonly original: string;
  readonly target: string;
  readonly source?: string;
  readonly out: string;
  readonly format: ExportFormat;
}

const options = ['--original', '--target', '--source', '--out'] as const;
type OptionName = (typeof options)[number];

// .xlf is the other extension XLIFF files commonly carry (XLIFF 2.0 §4 names neither; tools use both).
const extensions: Readonly<Record<string, ExportFormat>> = {
  txt: 'txt',
  docx: 'docx',
  xliff: 'xliff',
  xlf: 'xliff',
  tmx: 'tmx',
  html: 'html',
  csv: 'csv',
};

function usageError(code: string, params?: Record<string, string>): CallResult<ExportArguments> {
  const error: AppError = { code, messageKey: `errors:${code}`, ...(params ? { params } : {}) };
  return { ok: false, error };
}

export function formatOf(path: string): ExportFormat | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? extensions[name.slice(dot + 1).toLowerCase()] : undefined;
}

/** Accepts `--option value` and `--option=value`; every option at most once. */
export function parseExportArguments(argv: readonly string[]): CallResult<ExportArguments> {
  const values: Partial<Record<OptionName, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (!argument.startsWith('--')) return usageError('cli-extra-argument', { argument });
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if (!(options as readonly string[]).includes(name))
      return usageError('cli-unknown-option', { option: name });
    const value = equals === -1 ? argv[++i] : argument.slice(equals + 1);
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('--')))
      return usageError('cli-missing-value', { option: name });
    if (values[name as OptionName] !== undefined)
      return usageError('export-repeated-option', { option: name });
    values[name as OptionName] = value;
  }
  const { '--original': original, '--target': target, '--source': source, '--out': out } = values;
  if (original === undefined || target === undefined || out === undefined) return usageError('export-usage');
  const format = formatOf(out);
  if (format === undefined) return usageError('export-unknown-extension', { file: out });
  return { ok: true, value: { original, target, out, format, ...(source !== undefined ? { source } : {}) } };
}
