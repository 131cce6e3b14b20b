// The words standing right before and right after a stem's words, each named by its cluster's first
// spelling (so רסטן and ראסטן count as one neighbour): the evidence of a multi-word name.
import type { NameDocument, StemUse } from './stem-use';

export interface NeighbourStems {
  readonly after: ReadonlySet<string>;
  readonly before: ReadonlySet<string>;
}

export function neighbours(
  use: StemUse,
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
): NeighbourStems {
  const name = (type: string) => {
    const stem = doc.readingOf(type).stem;
    return canonical.get(stem) ?? stem;
  };
  const after = new Set<string>();
  const before = new Set<string>();
  for (const type of use.types) {
    for (const other of doc.stats.next.get(type)?.keys() ?? []) after.add(name(other));
    for (const other of doc.stats.prev.get(type)?.keys() ?? []) before.add(name(other));
  }
  return { after, before };
}
