// Find and replace across the whole translation. Plain mode finds the text as typed; name mode finds a
// word whatever clitic prefix is attached (רסטן finds ברסטן, ורסטן) and whatever geresh/gershayim form
// it is typed with, and the replacement keeps each occurrence's prefix (shared/hebrew/prefixes).
import type { TextEdit } from '../../shared/model/finding';
import { attachPrefix } from '../../shared/hebrew/prefixes';
import { findOccurrences } from './occurrences';

export interface FindOptions {
  /** Match a whole word with any attached prefix, and keep the prefix when replacing. */
  readonly prefixAware: boolean;
  readonly matchCase: boolean;
}

export interface Match {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly articleRestored?: boolean;
}

export function findMatches(target: readonly string[], query: string, options: FindOptions): Match[] {
  if (query === '') return [];
  return options.prefixAware ? findWords(target, query) : findText(target, query, options.matchCase);
}

function findText(target: readonly string[], query: string, matchCase: boolean): Match[] {
  const needle = matchCase ? query : query.toLocaleLowerCase();
  const matches: Match[] = [];
  target.forEach((text, paragraph) => {
    const hay = matchCase ? text : text.toLocaleLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      matches.push({ paragraph, start: at, end: at + needle.length, prefix: '' });
    }
  });
  return matches;
}

function findWords(target: readonly string[], query: string): Match[] {
  return findOccurrences(target, [query]);
}

export function replaceEdits(
  matches: readonly Match[],
  replacement: string,
  options: FindOptions,
): TextEdit[] {
  return matches.map((m) => ({
    paragraph: m.paragraph,
    start: m.start,
    end: m.end,
    replacement: options.prefixAware ? attachPrefix(m.prefix, replacement, m.articleRestored) : replacement,
  }));
}
