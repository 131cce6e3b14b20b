// Every occurrence of a variant cluster's spellings, marked in the Hebrew text (dotted underline) so
// the reviewer sees all the spellings in play, not only the occurrence the engine flagged.
import type { Cluster } from '../state/clusters';

export interface ClusterMark {
  readonly start: number;
  readonly end: number;
  readonly cluster: number;
  readonly title: string;
}

export function clusterMarksByParagraph(clusters: readonly Cluster[]): Map<number, ClusterMark[]> {
  const map = new Map<number, ClusterMark[]>();
  clusters.forEach((cluster, index) => {
    const title = `${cluster.label}: ${cluster.variants.map((v) => `${v.spelling} ×${v.count}`).join(', ')}`;
    for (const o of cluster.occurrences) {
      const list = map.get(o.paragraph) ?? [];
      list.push({ start: o.start, end: o.end, cluster: index, title });
      map.set(o.paragraph, list);
    }
  });
  return map;
}
