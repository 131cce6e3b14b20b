// The check CLI's arguments: `TARGET [--source SOURCE] [--glossary FILE] [--format json|text]`.
// This interface is promised to users and scripts (issue "The checking engine"); keep it exactly so.
import type { AppError, CallResult } from '../../shared/contract/define';

export type OutputFormat = 'json' | 'text';

export interface CheckArguments {
  readonly target: string;
  readonly source?: string;
  readonly glossary?: string;
  readonly format: OutputFormat;
}

const valueOptions = ['--source', '--glossary', '--format'] as const;
type ValueOption = (typeof valueOptions)[number];

function usageError(code: string, params?: Record<string, string>): CallResult<CheckArguments> {
  const error: AppError = { code, messageKey: `errors:${code}`, ...(params ? { params } : {}) };
  return { ok: false, error };
}

/** Accepts `--option value` and `--option=value`; anything else starting with `-` is unknown. */
export function parseCheckArguments(argv: readonly string[]): CallResult<CheckArguments> {
  const values: Partial<Record<ValueOption, string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (argument === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    const [name, inlineValue] = argument.includes('=')
      ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
      : [argument, undefined];
    if (!(valueOptions as readonly string[]).includes(name))
      return usageError('cli-unknown-option', { option: name });
    const value = inlineValue ?? argv[i + 1];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
      return usageError('cli-missing-value', { option: name });
    }
    if (inlineValue === undefined) i++;
    values[name as ValueOption] = value;
  }
  const [target, extra] = positional;
  if (target === undefined) return usageError('cli-usage');
  if (extra !== undefined) return usageError('cli-extra-argument', { argument: extra });
  const format = values['--format'] ?? 'text';
  if (format !== 'json' && format !== 'text') return usageError('cli-bad-format', { value: format });
  return {
    ok: true,
    value: {
      target,
      format,
      ...(values['--source'] !== undefined ? { source: values['--source'] } : {}),
      ...(values['--glossary'] !== undefined ? { glossary: values['--glossary'] } : {}),
    },
  };
}
