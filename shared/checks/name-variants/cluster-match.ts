// How a measurement matches the clusters name-variants reports against an answer key (the corpus test
// and `npm run measure-names`): one cluster per name, its spellings in comparison form.
import { checkDocument } from '../engine';
import { paragraphsFromText } from '../../model/document';
import { isSpellingCluster } from '../../model/finding';
import { normalizeWord } from '../../hebrew/normalize';
import { prefixReadings } from '../../hebrew/prefixes';
import { afterArticle } from './name-cues';

/**
 * A cluster of spellings the checker reports: a name's (name-variants) or a word's form (word-forms,
 * which the measures count apart: no key lists them as names); its spellings, and whether it calls them
 * two accepted ways.
 */
export interface ReportedCluster {
  readonly check: 'name-variants' | 'word-forms';
  readonly spellings: Set<string>;
  /** One word the press writes two accepted ways (אמריקני / אמריקאי) or a compound with a maqaf and a space. */
  readonly acceptedWays: boolean;
}

/** The clusters name-variants and word-forms report for a text (no source, no glossary). */
export function reportedClusterKinds(text: string): ReportedCluster[] {
  const byId = new Map<string, ReportedCluster>();
  for (const f of checkDocument({ source: [], target: paragraphsFromText(text) }))
    if (isSpellingCluster(f) && f.clusterId && f.variants)
      byId.set(f.clusterId, {
        check: f.check,
        spellings: new Set(f.variants.map(normalizeWord)),
        acceptedWays: f.message.key === 'findings:spelling-way',
      });
  return [...byId.values()];
}

/** The clusters name-variants reports for a text, each as its spellings. */
export function reportedClusters(text: string): Set<string>[] {
  return reportedClusterKinds(text).flatMap((c) => (c.check === 'name-variants' ? [c.spellings] : []));
}

/**
 * A reported cluster finds a key's name when two of its spellings are the name's (an adjective's other
 * form written two ways counts for the adjective's line), or stand in two of its multi-word spellings
 * where they differ (partsOfTwoSpellings). A spelling counts when it is one of them with a prefix still
 * attached (במוסול for מוסול, הקטרית for the form קטרית of קטרי): the finding and its fix are right,
 * only the cluster's label keeps the prefix. It counts too when the key writes the name with a prefix
 * the label leaves out (the key's החות׳ים for the label's חות׳ים: keys copy the words as they stand,
 * and the article ה is undone before names are compared).
 */
export function findsName(reported: ReadonlySet<string>, name: ReadonlySet<string>): boolean {
  // Each key spelling under the stems its prefix readings give (החות׳ים under חות׳ים too).
  const byStem = new Map<string, Set<string>>();
  const file = (stem: string, spelling: string) => {
    let set = byStem.get(stem);
    if (!set) byStem.set(stem, (set = new Set()));
    set.add(spelling);
  };
  for (const spelling of name) {
    file(spelling, spelling);
    for (const r of prefixReadings(spelling)) if (r.prefix !== '') file(r.stem, spelling);
    for (const form of inflectedForms(spelling)) file(form, spelling);
  }
  // The key spellings the reported ones are: two different ones find the name (במוסול and מוסול are
  // one spelling of it, not two).
  const matched = new Set<string>();
  for (const word of reported) {
    for (const spelling of byStem.get(word) ?? []) matched.add(spelling);
    // A key writes a joined name's words on a line of their own too (קאעדה / קאעידה under אל־קאעדה /
    // אל־קאעידה): the label's spelling with its article is that word's spelling as well, the article
    // joined by a maqaf or written apart (אל טבריזי under טבריזי / טאבריזי).
    const bare = afterArticle(word) ?? /^(?:אל|א) ([^ ]+)$/.exec(word)?.[1] ?? word;
    if (bare !== word) for (const spelling of byStem.get(bare) ?? []) matched.add(spelling);
    for (const r of prefixReadings(word))
      if (r.prefix !== '') for (const spelling of byStem.get(r.stem) ?? []) matched.add(spelling);
  }
  return matched.size >= 2 || partsOfTwoSpellings(reported, name);
}

/** `part` is written in `spelling` as its words, a space or maqaf on either side (אל אחמר in חאן אל אחמר). */
function writtenIn(part: string, spelling: string): boolean {
  return (' ' + spelling.replace(/־/g, '־ ') + ' ').includes(' ' + part.replace(/־/g, '־ ') + ' ');
}

/**
 * Two reported spellings, each written in one of the name's multi-word spellings and not in the other
 * (אל־אחמר in ח׳אן אל־אחמר, אל אחמר in חאן אל אחמר): the checker reports where two spellings of a
 * name differ, and a name's spellings may differ in two of its words.
 */
function partsOfTwoSpellings(reported: ReadonlySet<string>, name: ReadonlySet<string>): boolean {
  const whole = [...name].filter((s) => s.includes(' '));
  for (const a of reported)
    for (const b of reported)
      if (a !== b)
        for (const inA of whole)
          for (const inB of whole)
            if (
              inA !== inB &&
              writtenIn(a, inA) &&
              writtenIn(b, inB) &&
              !writtenIn(a, inB) &&
              !writtenIn(b, inA)
            )
              return true;
  return false;
}

/**
 * A one-word adjective's other forms (אמריקני: אמריקנית, אמריקנים, אמריקניים, אמריקניות): the checker
 * reports each form written two ways as a cluster of its own, as resolving a cluster writes one spelling
 * over all its uses, and a key lists the adjective once.
 */
function inflectedForms(spelling: string): string[] {
  if (spelling.includes(' ') || !spelling.endsWith('י') || spelling.length < 4) return [];
  return [`${spelling}ת`, `${spelling.slice(0, -1)}ים`, `${spelling}ים`, `${spelling}ות`];
}
