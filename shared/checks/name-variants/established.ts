// A spelling the built-in starter table lists as deprecated beside its established form, both written in
// the document (חאלב beside חלב, Aleppo): one name written two ways, which the evidence rules cannot
// see when the established form is also a Hebrew word (חלב, "milk"). The table decides which is right,
// however often each is used. Only without a glossary of the user's: a glossary replaces the table,
// and its own check reports deprecated spellings. Words of Hebrew place names written defectively
// beside their full spelling (קרית beside קריית) are reported the same way, glossary or not: they are
// Hebrew spelling, which no glossary of foreign names lists (full-spelling-names.ts). So are words the
// press writes two accepted ways, mixed in one document (טורקיה beside תורכיה; dual-spellings.ts): the
// way the document uses most is kept (a gentilic's ending written two ways, אמריקני / אמריקאי, as a
// word's form: word-forms). So are well-known foreign names written two of the ways the press
// prints them (חפתר beside הפטר, Haftar; known-name-spellings.ts), under the name-variant message.
import type { Finding } from '../../model/finding';
import { starterGlossary } from '../../glossary/starter';
import { DUAL_SPELLINGS, type DualSpelling } from '../../hebrew/dual-spellings';
import { differInGentilicEndingOnly } from '../../hebrew/gentilic-ending';
import { KNOWN_NAME_SPELLINGS } from '../../hebrew/known-name-spellings';
import { FULL_SPELLING_NAMES } from '../../hebrew/full-spelling-names';
import { normalizeWord } from '../../hebrew/normalize';
import { attachPrefix, prefixReadings } from '../../hebrew/prefixes';
import type { NameDocument } from './stem-use';
import { notAtEarlier, pairFinding, type SpellingPair } from './pair-finding';
import { wordBefore } from './name-cues';
import { isWritten, uses, writings, writingsOf } from './stem-writings';

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

/**
 * The families whose ways a document keeps to one: words written two accepted ways (a row per form) and
 * well-known names (one row of the ways the press prints them).
 */
const FAMILIES: readonly { family: DualSpelling; kind: 'dual' | 'known' }[] = [
  ...DUAL_SPELLINGS.map((family) => ({ family, kind: 'dual' as const })),
  ...KNOWN_NAME_SPELLINGS.map((spellings) => ({ family: { rows: [spellings] }, kind: 'known' as const })),
];

let tableWords: ReadonlySet<string> | undefined;

/**
 * Every word that writes a form of the tables, alone or after a prefix. This pass reads nothing else
 * of the document (the word before a use of a form stands in its paragraph), so after an edit that
 * adds or removes none of them its findings are what they were.
 */
function wordsOfTheTables(): ReadonlySet<string> {
  if (tableWords) return tableWords;
  const forms = [...FULL_SPELLING_NAMES, ...ESTABLISHED].flat();
  for (const { family } of FAMILIES)
    for (const row of family.rows) forms.push(...row.filter((f) => f !== ''));
  tableWords = new Set(forms.flatMap((form) => writingsOf(form).map((w) => w.type)));
  return tableWords;
}

function someOf(words: ReadonlySet<string>, among: ReadonlySet<string>): boolean {
  for (const word of words) if (among.has(word)) return true;
  return false;
}

/** This pass's findings at the last re-check, before those the earlier passes made were taken out. */
export class EstablishedMemory {
  found: Finding[] | null = null;
}

/**
 * `earlier`: the name-variant findings made so far; a word one of them points at is not reported again
 * (notAtEarlier gathers their positions only when a spelling here is reported at all, which is rare).
 * `memory`: this pass's findings at the last re-check, reused when no word of `dirtyTypes` (the words
 * of the paragraphs edited since; null after a reset) writes a form of the tables.
 */
export function establishedFindings(
  doc: NameDocument,
  earlier: readonly Finding[],
  withStarterTable: boolean,
  memory: EstablishedMemory,
  dirtyTypes: ReadonlySet<string> | null,
): readonly Finding[] {
  const words = wordsOfTheTables();
  if (memory.found === null || dirtyTypes === null || someOf(dirtyTypes, words))
    memory.found = tableFindings(doc, withStarterTable);
  return notAtEarlier(memory.found, earlier);
}

function tableFindings(doc: NameDocument, withStarterTable: boolean): Finding[] {
  const findings: Finding[] = [];
  // One cluster per form (תורכי / טורקי, תורכית / טורקית), not per word: resolving a cluster in the
  // editor writes one spelling over all of its occurrences, which must be the same form.
  const report = (
    deprecated: string,
    preferred: string,
    count: number,
    kind: 'established' | 'dual' | 'known' = 'established',
    family?: DualSpelling,
  ) => {
    const pair: SpellingPair =
      kind === 'dual'
        ? {
            kind,
            preferred,
            found: deprecated,
            count,
            key: 'spelling-way',
            wordForm: family?.ordinaryWord === true || differInGentilicEndingOnly(deprecated, preferred),
          }
        : { kind, preferred, found: deprecated, count };
    for (const use of usesOf(doc, deprecated, family))
      findings.push(
        pairFinding(doc, pair, use.paragraph, use.start, use.end, attachPrefix(use.prefix, preferred)),
      );
  };
  const tables = withStarterTable ? [FULL_SPELLING_NAMES, ESTABLISHED] : [FULL_SPELLING_NAMES];
  for (const [deprecated, preferred] of tables.flatMap((table) => [...table])) {
    if (!isWritten(doc, deprecated)) continue;
    const count = uses(doc, preferred);
    if (count > 0) report(deprecated, preferred, count);
  }
  for (const { family, kind } of FAMILIES) {
    const { rows, notAfter, onlyWhere } = family;
    // How often each way is used over all its forms; only a family written two ways is looked at.
    const count = (form: string) =>
      form === '' || !isWritten(doc, form)
        ? 0
        : notAfter || onlyWhere
          ? usesOf(doc, form, family).length
          : uses(doc, form);
    const ways = (rows[0] as readonly string[]).map((_, way) =>
      rows.reduce((n, row) => n + count(row[way] as string), 0),
    );
    if (ways.filter((n) => n > 0).length < 2) continue;
    // The most used way; on a tie the one listed first, the commoner in the press.
    const kept = ways.indexOf(Math.max(...ways));
    for (const row of rows)
      row.forEach((form, way) => {
        const preferred = row[kept] as string;
        if (way !== kept && form !== '' && preferred !== '' && isWritten(doc, form))
          report(form, preferred, ways[kept] as number, kind, family);
      });
  }
  return findings;
}

interface Use {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
}

/**
 * Where the document writes `stem`, alone or after a prefix; for a dual family's form, not right after
 * one of its `notAfter` words and only where its `onlyWhere` says the form is that word.
 */
function usesOf(doc: NameDocument, stem: string, family?: DualSpelling): Use[] {
  const notAfter = family?.notAfter;
  const onlyWhere = family?.onlyWhere;
  const found: Use[] = [];
  for (const { type, prefix } of writings(doc, stem))
    for (const paragraph of doc.stats.paragraphsOf(type)) {
      const text = doc.stats.paragraphs[paragraph]?.text ?? '';
      for (const word of doc.stats.occurrences(paragraph, type)) {
        const before = notAfter ? wordBefore(text, word.start).word : '';
        if (before !== '' && prefixReadings(before).some((r) => notAfter?.has(r.stem))) continue;
        if (onlyWhere && !onlyWhere(text, word.start, word.end)) continue;
        found.push({ paragraph, start: word.start, end: word.end, prefix });
      }
    }
  return found;
}
