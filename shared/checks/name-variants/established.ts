// A spelling the built-in starter table lists as deprecated beside its established form, both written in
// the document (חאלב beside חלב, Aleppo): one name written two ways, which the evidence rules cannot
// see when the established form is also a Hebrew word (חלב, "milk"). The table decides which is right,
// however often each is used. Only without a glossary of the user's: a glossary replaces the table,
// and its own check reports deprecated spellings. Words of Hebrew place names written defectively
// beside their full spelling (קרית beside קריית) are reported the same way, glossary or not: they are
// Hebrew spelling, which no glossary of foreign names lists (full-spelling-names.ts).
import type { Finding } from '../../model/finding';
import { starterGlossary } from '../../glossary/starter';
import { FULL_SPELLING_NAMES } from '../../hebrew/full-spelling-names';
import { normalizeWord } from '../../hebrew/normalize';
import { PREFIXES, attachPrefix } from '../../hebrew/prefixes';
import type { NameDocument } from './stem-use';
import { pairFinding, type SpellingPair } from './pair-finding';

/** Deprecated one-word spelling → the established one (comparison forms). */
const ESTABLISHED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of starterGlossary.entries) {
    const preferred = entry.terms.find((t) => t.status === 'preferred');
    if (!preferred || preferred.text.includes(' ')) continue;
    for (const term of entry.terms)
      if (term.status === 'deprecated' && !term.text.includes(' '))
        map.set(normalizeWord(term.text), normalizeWord(preferred.text));
  }
  return map;
})();

/** The words of the document that write `stem`, alone or after a prefix, with that prefix. */
function writings(doc: NameDocument, stem: string): { type: string; prefix: string }[] {
  const found: { type: string; prefix: string }[] = [];
  if (doc.stats.typeCount.has(stem)) found.push({ type: stem, prefix: '' });
  for (const prefix of PREFIXES) {
    const type = attachPrefix(prefix, stem);
    if (doc.stats.typeCount.has(type)) found.push({ type, prefix });
  }
  return found;
}

/**
 * `earlier`: the name-variant findings made so far; a word one of them points at is not reported again.
 * Their positions are gathered only when a deprecated spelling is written at all, which is rare: a full
 * list of positions on every re-check would be work for nothing.
 */
export function establishedFindings(
  doc: NameDocument,
  earlier: readonly Finding[],
  withStarterTable: boolean,
): Finding[] {
  const findings: Finding[] = [];
  let reported: ReadonlySet<string> | undefined;
  const tables = withStarterTable ? [FULL_SPELLING_NAMES, ESTABLISHED] : [FULL_SPELLING_NAMES];
  for (const [deprecated, preferred] of tables.flatMap((table) => [...table])) {
    const written = writings(doc, deprecated);
    if (written.length === 0) continue;
    const established = writings(doc, preferred);
    if (established.length === 0) continue;
    reported ??= new Set(earlier.map((f) => `${f.paragraph}:${f.start}`));
    const count = established.reduce((n, w) => n + (doc.stats.typeCount.get(w.type) ?? 0), 0);
    const pair: SpellingPair = { kind: 'established', preferred, found: deprecated, count };
    for (const { type, prefix } of written)
      for (const paragraph of doc.stats.paragraphsOf(type))
        for (const word of doc.stats.occurrences(paragraph, type))
          if (!reported.has(`${paragraph}:${word.start}`))
            findings.push(
              pairFinding(doc, pair, paragraph, word.start, word.end, attachPrefix(prefix, preferred)),
            );
  }
  return findings;
}
