// Variant clusters as the reviewer resolves them: "Rastan — רסטן ×2, ראסטן ×1". A cluster is every
// name-variants finding with the same clusterId; its spellings are the findings' `variants`, and its
// occurrences are every place any of those spellings occurs (the engine flags only the deviant ones).
// Resolving rewrites each occurrence's stem and keeps its clitic prefix (ברסטן → בראסטן), with the
// shared prefix rules, as the edits of ONE transaction.
import type { Finding, TextEdit } from '../../shared/model/finding';
import { attachPrefix, prefixReadings } from '../../shared/hebrew/prefixes';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { findOccurrences, type Occurrence } from './occurrences';

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

export function clustersOf(findings: readonly Finding[], target: readonly string[]): Cluster[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.check !== 'name-variants' || f.clusterId === undefined) continue;
    const list = byId.get(f.clusterId) ?? [];
    list.push(f);
    byId.set(f.clusterId, list);
  }
  return [...byId].map(([id, list]) => {
    const spellings = [...new Set(list.flatMap((f) => f.variants ?? [f.text]))];
    const occurrences = findOccurrences(target, spellings);
    const counts = new Map<string, number>(spellings.map((s) => [s, 0]));
    for (const o of occurrences) counts.set(o.spelling, (counts.get(o.spelling) ?? 0) + 1);
    const variants = [...counts]
      .filter(([, count]) => count > 0)
      .map(([spelling, count]) => ({ spelling, count }))
      .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling, 'he'));
    const english = englishName(findings, spellings);
    return { id, label: english ?? variants[0]?.spelling ?? id, variants, findings: list, occurrences };
  });
}

/**
 * The English name of a cluster: what a source-names finding on one of its spellings matched in the
 * source ("Rastan"), so the cluster reads "Rastan — רסטן ×2, ראסטן ×1".
 */
function englishName(findings: readonly Finding[], spellings: readonly string[]): string | undefined {
  const wanted = new Set(spellings.map(normalizeWord));
  for (const f of findings) {
    if (f.check !== 'source-names') continue;
    const english = f.sourceRange?.text ?? f.message.params['source'];
    if (typeof english !== 'string' || english === '') continue;
    if (prefixReadings(f.text).some((r) => wanted.has(normalizeWord(r.stem)))) return english;
  }
  return undefined;
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
    if (target[o.paragraph]?.slice(o.start, o.end) === replacement) return [];
    return [{ paragraph: o.paragraph, start: o.start, end: o.end, replacement }];
  });
}
