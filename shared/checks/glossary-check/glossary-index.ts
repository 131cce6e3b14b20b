// The glossary, indexed for checking: deprecated spellings and accepted renderings by their first word
// (comparison form, shared/hebrew), English forms by their first word, and a word-tail prefilter. Built
// once per glossary object (glossaries are immutable values) and shared by every paragraph.
import type { Glossary, GlossaryEntry } from '../../glossary/model';
import { preferredTerm } from '../../glossary/model';
import { englishTermWords } from '../matching/english-words';
import { termParts } from '../matching/hebrew-terms';
import { wordTails, type WordTails } from './word-tails';

export interface DeprecatedTerm {
  readonly entry: GlossaryEntry;
  readonly text: string;
  readonly parts: readonly string[];
  readonly preferred: string;
}

export interface SourceForm {
  readonly entry: GlossaryEntry;
  readonly words: readonly string[];
  readonly exactCase: boolean;
}

export interface GlossaryIndex {
  readonly deprecatedByFirstPart: ReadonlyMap<string, readonly DeprecatedTerm[]>;
  /** Preferred and admitted renderings by first part: a word they explain is never a deprecated one. */
  readonly usableByFirstPart: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly sourceByFirstWord: ReadonlyMap<string, readonly SourceForm[]>;
  /** Per entry id: the preferred and admitted renderings as comparison parts. */
  readonly renderings: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly deprecatedOf: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * The last three letters of every deprecated term's first word, for a prefilter: prefixes change
   * the start of a word, never its end. Null when some first word is shorter than three letters.
   */
  readonly deprecatedTails: WordTails | null;
  /** The most parts any term has (deprecated or usable): how far a match can reach from its first word. */
  readonly longestTerm: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const indexes = new WeakMap<Glossary, GlossaryIndex>();

/** Built once per glossary object (glossaries are immutable values), then shared by every paragraph. */
export function glossaryIndex(glossary: Glossary): GlossaryIndex {
  const cached = indexes.get(glossary);
  if (cached) return cached;
  const usable = new Set<string>();
  for (const entry of glossary.entries)
    for (const term of entry.terms)
      if (term.status !== 'deprecated') usable.add(termParts(term.text).join(' '));
  const deprecatedByFirstPart = new Map<string, DeprecatedTerm[]>();
  const usableByFirstPart = new Map<string, string[][]>();
  const sourceByFirstWord = new Map<string, SourceForm[]>();
  const renderings = new Map<string, string[][]>();
  const deprecatedOf = new Map<string, string[][]>();
  let longestTerm = 0;
  for (const entry of glossary.entries) {
    const preferred = preferredTerm(entry);
    for (const term of entry.terms) {
      const parts = termParts(term.text);
      if (parts.length === 0) continue;
      longestTerm = Math.max(longestTerm, parts.length);
      if (term.status !== 'deprecated') {
        push(renderings, entry.id, parts);
        push(usableByFirstPart, parts[0] as string, parts);
        continue;
      }
      // A "deprecated" spelling that normalises to an accepted one differs only in geresh/maqaf form:
      // that is typography's business, not a glossary error.
      if (!preferred || usable.has(parts.join(' '))) continue;
      push(deprecatedOf, entry.id, parts);
      push(deprecatedByFirstPart, parts[0] as string, {
        entry,
        text: term.text,
        parts,
        preferred: preferred.text,
      });
    }
    for (const form of entry.source) {
      const { words, exactCase } = englishTermWords(form);
      if (words.length > 0)
        push(sourceByFirstWord, exactCase ? (words[0] as string) : (words[0] as string).toLowerCase(), {
          entry,
          words,
          exactCase,
        });
    }
  }
  const deprecatedTails = wordTails([...deprecatedByFirstPart.keys()]);
  const index = {
    deprecatedByFirstPart,
    deprecatedTails,
    usableByFirstPart,
    sourceByFirstWord,
    renderings,
    deprecatedOf,
    longestTerm,
  };
  indexes.set(glossary, index);
  return index;
}
