// A cluster's judgement kept from one re-check to the next (name-variants.ts): judging a cluster means
// weighing its evidence and writing a finding for every occurrence of its minority spellings, and most
// clusters are untouched by a keystroke.
import type { Finding } from '../../model/finding';
import type { StemCluster } from './clusters';
import type { NameDocument, StemUse } from './stem-use';

/** A cluster's score and findings, reusable while none of its words is in an edited paragraph. */
export interface ClusterResult {
  /** The key it is found again by (leastStem). */
  readonly key: string;
  /** Each spelling with what its judgement read of it: `count * 2 + 1` for an ordinary word. */
  readonly spellings: ReadonlyMap<string, number>;
  readonly score: number;
  readonly findings: readonly Finding[];
}

/** A cluster's least stem: the key its result is found again by (clusters never share a stem). */
export function leastStem(members: readonly StemUse[]): string {
  let key = (members[0] as StemUse).info.stem;
  for (const m of members) if (m.info.stem < key) key = m.info.stem;
  return key;
}

/** What a cluster's judgement reads of a spelling's use, as one number. */
const useMark = (use: StemUse): number => use.count * 2 + (use.info.common ? 1 : 0);

/** What the judgement read of each spelling, to tell a cluster that is the same from one that changed. */
export function spellingsOf(members: readonly StemUse[]): ReadonlyMap<string, number> {
  return new Map(members.map((m) => [m.info.stem, useMark(m)]));
}

/**
 * The previous re-check's score and findings of a cluster, when the cluster is the same (same
 * spellings, same counts) and none of its words was edited, re-read or moved (`dirtyStems`, null
 * after a reset): then neither its occurrences, nor its neighbours, nor the paragraphs its findings
 * point into have changed.
 */
export function reusedResult(
  previousResults: ReadonlyMap<string, ClusterResult>,
  cluster: StemCluster,
  doc: NameDocument,
  dirtyStems: ReadonlySet<string> | null,
): ClusterResult | undefined {
  if (!dirtyStems) return undefined;
  const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
  const previous = previousResults.get(leastStem(members));
  if (
    previous &&
    previous.spellings.size === members.length &&
    members.every((m) => previous.spellings.get(m.info.stem) === useMark(m) && !dirtyStems.has(m.info.stem))
  )
    return previous;
  return undefined;
}
