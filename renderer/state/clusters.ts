// Variant clusters as the reviewer resolves them: "Rastan — רסטן ×2, ראסטן ×1". One cluster is every
// finding with the same clusterId; resolving it rewrites each occurrence's stem and keeps the clitic
// prefix the occurrence carries (ברסטן → בראסטן), all as edits for ONE transaction.
import type { Finding, TextEdit } from '../../shared/model/finding';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { attachPrefix, prefixReadings, type PrefixReading } from '../../shared/hebrew/prefixes';

export interface VariantCount {
  readonly spelling: string;
  readonly count: number;
}

export interface Cluster {
  readonly id: string;
  /** The English name when the engine matched one (source-names), else the commonest spelling. */
  readonly label: string;
  readonly variants: readonly VariantCount[];
  readonly findings: readonly Finding[];
}

/**
 * Splits an occurrence into its attached prefix and the spelling it uses (one of `variants`), with the
 * shared prefix rules (shared/hebrew/prefixes: vav doubling, the article dropped after ב/כ/ל).
 */
export function splitOccurrence(
  text: string,
  variants: readonly string[],
): PrefixReading & { spelling: string } {
  const wanted = new Set(variants.map(normalizeWord));
  const reading = prefixReadings(text).find((r) => wanted.has(normalizeWord(r.stem)));
  if (!reading) return { prefix: '', stem: text, spelling: text };
  // Counted under the spelling as listed: with its article even where a prefix swallowed it (בגולן).
  return { ...reading, spelling: reading.articleRestored ? reading.stem : text.slice(reading.prefix.length) };
}

export function clustersOf(findings: readonly Finding[]): Cluster[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.check !== 'name-variants' || f.clusterId === undefined) continue;
    const list = byId.get(f.clusterId) ?? [];
    list.push(f);
    byId.set(f.clusterId, list);
  }
  return [...byId].map(([id, list]) => {
    const counts = new Map<string, number>();
    for (const f of list) {
      const { spelling } = splitOccurrence(f.text, f.variants ?? []);
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
    const variants = [...counts]
      .map(([spelling, count]) => ({ spelling, count }))
      .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling, 'he'));
    const english = list.map((f) => f.message.params['source'] ?? f.sourceRange?.text).find(Boolean);
    return { id, label: String(english ?? variants[0]?.spelling ?? id), variants, findings: list };
  });
}

/** Edits that make every occurrence in the cluster use `spelling`, each keeping its own prefix. */
export function resolveClusterEdits(cluster: Cluster, spelling: string): TextEdit[] {
  const chosen = spelling.trim();
  if (chosen === '') return [];
  return cluster.findings.flatMap((f) => {
    const occurrence = splitOccurrence(f.text, f.variants ?? []);
    const replacement = attachPrefix(occurrence.prefix, chosen, occurrence.articleRestored);
    if (replacement === f.text) return [];
    return [{ paragraph: f.paragraph, start: f.start, end: f.end, replacement }];
  });
}
