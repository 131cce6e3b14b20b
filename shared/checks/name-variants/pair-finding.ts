// The finding of a two-spelling cluster that is not scored but known (a compound written two ways, an
// acronym without its gershayim, a spelling the starter table deprecates): one word of the document,
// reported with the preferred spelling as its fix, under the name-variant message. A word's form (the
// gentilic ending, a people's adjective plural) is reported the same way under word-forms.
import type { Finding } from '../../model/finding';
import { buildFinding } from '../finding-builder';
import { hashString } from '../fingerprint';
import type { NameDocument } from './stem-use';

export interface SpellingPair {
  /** What kind of pair (part of the cluster id). */
  readonly kind: string;
  readonly preferred: string;
  readonly found: string;
  /** How often the preferred spelling is written. */
  readonly count: number;
  /** What the cluster id is made of, when it must not follow which spelling is preferred. */
  readonly idParts?: readonly string[];
  /**
   * The message, when not the name-variant one: a word written two accepted ways, a typing slip, a
   * people's adjective after a thing in the form the Academy keeps for people.
   */
  readonly key?: 'spelling-way' | 'typing-slip' | 'adjective-of-things';
  /** The pair is a word's form, not a name's spelling (model/finding.ts, CheckId): word-forms. */
  readonly wordForm?: boolean;
  /** The pair is a number in Hebrew letters without its gershayim (hebrew-numerals.ts): typography. */
  readonly numeral?: boolean;
}

/** Reports one word: builds the cluster id, the message parameters and the variants from the pair. */
export function pairFinding(
  doc: NameDocument,
  pair: SpellingPair,
  paragraph: number,
  start: number,
  end: number,
  replacement: string,
): Finding {
  return buildFinding({
    check: pair.numeral ? 'typography' : pair.wordForm ? 'word-forms' : 'name-variants',
    severity: 'warning',
    paragraph,
    paragraphText: doc.stats.paragraphs[paragraph]?.text ?? '',
    start,
    end,
    key: pair.numeral ? 'typography-numeral-gershayim' : (pair.key ?? 'name-variant'),
    params: {
      found: pair.found,
      preferred: pair.preferred,
      count: pair.count,
      spellings: 2,
    },
    replacements: [replacement],
    variants: [pair.preferred, pair.found],
    clusterId: 'nv:' + hashString((pair.idParts ?? [pair.kind, pair.preferred, pair.found]).join('\u0000')),
  });
}

/**
 * Whether one of `earlier` (findings made so far) starts at a place. Their positions are gathered on
 * the first question, which a re-check that reports nothing new never asks: a list of every finding's
 * position on every re-check would be work for nothing.
 */
export function earlierAt(earlier: readonly Finding[]): (paragraph: number, start: number) => boolean {
  let positions: ReadonlySet<string> | undefined;
  return (paragraph, start) => {
    positions ??= new Set(earlier.map((f) => `${f.paragraph}:${f.start}`));
    return positions.has(`${paragraph}:${start}`);
  };
}

/**
 * `found` without the findings at a place one of `earlier` starts at: for a pass that keeps its
 * findings between re-checks while the earlier passes' change. The same list when it is empty.
 */
export function notAtEarlier(found: readonly Finding[], earlier: readonly Finding[]): readonly Finding[] {
  if (found.length === 0) return found;
  const reported = earlierAt(earlier);
  return found.filter((f) => !reported(f.paragraph, f.start));
}
