// Variant clusters as the reviewer resolves them: "Rastan — רסטן ×2, ראסטן ×1". A cluster is every
// name-variants finding with the same clusterId; its spellings are the findings' `variants`, and its
// occurrences are every place any of those spellings occurs (the engine flags only the deviant ones).
// Resolving rewrites each occurrence's stem and keeps its clitic prefix (ברסטן → בראסטן), with the
// shared prefix rules, as the edits of ONE transaction.
import { isSpellingCluster, type Finding, type TextEdit } from '../../shared/model/finding';
import { attachPrefix, prefixReadings } from '../../shared/hebrew/prefixes';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { findOccurrenceGroups, type Occurrence } from './occurrences';

export interface VariantCount {
  readonly spelling: string;
  readonly count: number;
}

export interface Cluster {
  readonly id: string;
  /** The English name when a finding carries one, else the preferred (commonest) spelling. */
  readonly label: string;
  /** Most frequent first. */
  readonly variants: readonly VariantCount[];
  /** The engine's findings in this cluster. */
  readonly findings: readonly Finding[];
  /** Every occurrence of every spelling, flagged or not. */
  readonly occurrences: readonly Occurrence[];
}

/** What a cluster takes from the findings alone (not the text), shared by every keystroke's recount. */
interface ClusterFindings {
  readonly entries: readonly (readonly [string, readonly Finding[]])[];
  readonly spellingsOf: readonly (readonly string[])[];
  readonly english: ReadonlyMap<string, string>;
}

// Keyed by the findings list: while the reviewer types, the list stays the same object until the
// worker answers, and only the occurrences (which follow the text) are counted again.
const byFindings = new WeakMap<readonly Finding[], ClusterFindings>();

function clusterFindings(findings: readonly Finding[]): ClusterFindings {
  const cached = byFindings.get(findings);
  if (cached) return cached;
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!isSpellingCluster(f) || f.clusterId === undefined) continue;
    const list = byId.get(f.clusterId) ?? [];
    list.push(f);
    byId.set(f.clusterId, list);
  }
  const entries = [...byId];
  const spellingsOf = entries.map(([, list]) => [...new Set(list.flatMap((f) => f.variants ?? [f.text]))]);
  const prepared = { entries, spellingsOf, english: englishNames(findings) };
  byFindings.set(findings, prepared);
  return prepared;
}

// The clusters last built from a findings list and the occurrences they were counted from: typing
// that moves no occurrence gets the same array back (findOccurrenceGroups returns its same arrays).
const lastBuilt = new WeakMap<ClusterFindings, { occurrencesOf: Occurrence[][]; clusters: Cluster[] }>();

export function clustersOf(findings: readonly Finding[], target: readonly string[]): Cluster[] {
  const prepared = clusterFindings(findings);
  const occurrencesOf = findOccurrenceGroups(target, prepared.spellingsOf);
  const last = lastBuilt.get(prepared);
  if (last?.occurrencesOf === occurrencesOf) return last.clusters;
  const clusters = buildClusters(prepared, occurrencesOf);
  lastBuilt.set(prepared, { occurrencesOf, clusters });
  return clusters;
}

function buildClusters(
  { entries, spellingsOf, english }: ClusterFindings,
  occurrencesOf: Occurrence[][],
): Cluster[] {
  return entries.map(([id, list], i) => {
    const spellings = spellingsOf[i] as string[];
    const occurrences = occurrencesOf[i] as Occurrence[];
    const counts = new Map<string, number>(spellings.map((s) => [s, 0]));
    for (const o of occurrences) counts.set(o.spelling, (counts.get(o.spelling) ?? 0) + 1);
    // The engine's preferred spelling is offered even when the text does not write it yet: a word
    // written two accepted ways may be preferred in another form (טורקיה written, so תורכי → טורקי).
    const preferred = list[0]?.variants?.[0];
    const variants = [...counts]
      .filter(([spelling, count]) => count > 0 || spelling === preferred)
      .map(([spelling, count]) => ({ spelling, count }))
      .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling, 'he'));
    const name = spellings.map((sp) => english.get(normalizeWord(sp))).find(Boolean);
    return { id, label: name ?? variants[0]?.spelling ?? id, variants, findings: list, occurrences };
  });
}

/**
 * English names by Hebrew stem: what source-names findings matched in the source ("Rastan"), so a
 * cluster reads "Rastan — רסטן ×2, ראסטן ×1".
 */
function englishNames(findings: readonly Finding[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of findings) {
    // The engine folds a source-names duplicate into the name-variants finding, giving it the English range.
    if (f.check !== 'source-names' && !f.sourceRange) continue;
    const english = f.sourceRange?.text ?? f.message.params['source'];
    if (typeof english !== 'string' || english === '') continue;
    for (const stem of stemsOf(f)) if (!names.has(stem)) names.set(stem, english);
  }
  return names;
}

// Findings that did not change keep their object (worker deltas), so their stems are computed once.
const stemCache = new WeakMap<Finding, readonly string[]>();

function stemsOf(f: Finding): readonly string[] {
  let stems = stemCache.get(f);
  if (!stems) {
    stems = prefixReadings(f.text).map((r) => normalizeWord(r.stem));
    stemCache.set(f, stems);
  }
  return stems;
}

/** Edits that make every occurrence in the cluster use `spelling`, each keeping its own prefix. */
export function resolveClusterEdits(
  cluster: Cluster,
  spelling: string,
  target: readonly string[],
): TextEdit[] {
  const chosen = spelling.trim();
  if (chosen === '') return [];
  return cluster.occurrences.flatMap((o) => {
    const replacement = attachPrefix(o.prefix, chosen, o.articleRestored);
    const current = target[o.paragraph]?.slice(o.start, o.end);
    if (current === replacement) return [];
    // Clusters are computed at low priority; an occurrence whose text has since moved is left alone.
    if (current === undefined || !current.startsWith(o.prefix)) return [];
    if (!normalizeWord(current).endsWith(normalizeWord(o.articleRestored ? o.spelling.slice(1) : o.spelling)))
      return [];
    return [{ paragraph: o.paragraph, start: o.start, end: o.end, replacement }];
  });
}
