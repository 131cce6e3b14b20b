// Groups candidate stems into clusters of spellings of one name, kept from one re-check to the next:
// candidates are bucketed by coarse key (so only plausible pairs are ever compared), each pair in a
// bucket is compared with the weighted alternation distance (ComparisonCache), and connected pairs form
// a cluster. A keystroke adds or removes a handful of candidates: only their pairs are compared, and
// the clusters are found again from the pairs kept.
import type { Candidate, ComparisonCache, StemCluster } from './clusters';

/** Bucket size beyond which a bucket is too generic to compare all pairs (very short keys). */
const MAX_BUCKET = 400;

/** Two candidates of one bucket that compare as spellings of one name, and how they differ. */
interface Pair {
  readonly a: Candidate;
  readonly b: Candidate;
  readonly kinds: number;
}

interface Bucket {
  /** In the order they came; a candidate whose keys repeat is in it once per key. */
  readonly members: Candidate[];
  pairs: Pair[];
}

/** The buckets a candidate goes in: its coarse key, its key with a joined article, its other keys. */
function keysOf(c: Candidate): string[] {
  const keys = [c.info.key];
  if (c.info.joinedKey !== undefined) keys.push(c.info.joinedKey);
  for (const key of c.info.altKeys ?? []) keys.push(key);
  return keys;
}

const sameCandidate = (a: Candidate, b: Candidate) => a.info === b.info && a.contextOnly === b.contextOnly;

function find(parent: Map<string, string>, x: string): string {
  let root = x;
  while (parent.get(root) !== root) root = parent.get(root) as string;
  let node = x;
  while (node !== root) {
    const up = parent.get(node) as string;
    parent.set(node, root);
    node = up;
  }
  return root;
}

export class CandidateClusters {
  /** Stem → the candidate filed under it. */
  private readonly current = new Map<string, Candidate>();
  private readonly buckets = new Map<string, Bucket>();
  /** The buckets holding at least one pair. */
  private readonly paired = new Set<Bucket>();

  constructor(private readonly comparisons: ComparisonCache) {}

  /**
   * The clusters of `candidates` (one candidate per stem; a later one replaces an earlier), their
   * members in the order of `candidates`. The candidates that came, went or changed since the last call
   * are taken out of their buckets or compared with the buckets' other members.
   */
  update(candidates: readonly Candidate[]): StemCluster[] {
    const next = new Map<string, Candidate>();
    for (const c of candidates) next.set(c.info.stem, c);
    for (const [stem, old] of this.current) {
      const now = next.get(stem);
      if (!now || !sameCandidate(now, old)) this.remove(old);
    }
    for (const [stem, c] of next) if (!this.current.has(stem)) this.add(c);
    return this.clusters(next);
  }

  private add(c: Candidate): void {
    this.current.set(c.info.stem, c);
    for (const key of keysOf(c)) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = { members: [], pairs: [] }));
      bucket.members.push(c);
      if (bucket.members.length > MAX_BUCKET) this.setPairs(bucket, []);
      else for (const other of bucket.members) this.compare(bucket, other, c);
    }
  }

  private remove(c: Candidate): void {
    this.current.delete(c.info.stem);
    for (const key of keysOf(c)) {
      const bucket = this.buckets.get(key) as Bucket;
      bucket.members.splice(bucket.members.indexOf(c), 1);
      if (bucket.members.length === 0) {
        this.buckets.delete(key);
        this.paired.delete(bucket);
      } else if (bucket.members.length === MAX_BUCKET) {
        // Small enough again: every pair of it counts.
        this.setPairs(bucket, []);
        bucket.members.forEach((a, i) => {
          for (const b of bucket.members.slice(i + 1)) this.compare(bucket, a, b);
        });
      } else if (bucket.members.length < MAX_BUCKET)
        this.setPairs(
          bucket,
          bucket.pairs.filter((p) => p.a !== c && p.b !== c),
        );
    }
  }

  /** Keeps the pair when the two compare as one name's spellings. */
  private compare(bucket: Bucket, a: Candidate, b: Candidate): void {
    if ((a.contextOnly && b.contextOnly) || a.info.stem === b.info.stem) return;
    const result = this.comparisons.compareAsNames(a.info, b.info);
    if (!result) return;
    bucket.pairs.push({ a, b, kinds: result.kinds });
    this.paired.add(bucket);
  }

  private setPairs(bucket: Bucket, pairs: Pair[]): void {
    bucket.pairs = pairs;
    if (pairs.length === 0) this.paired.delete(bucket);
  }

  /** The connected pairs, each cluster with the OR of its pairs' kinds. */
  private clusters(candidates: ReadonlyMap<string, Candidate>): StemCluster[] {
    const parent = new Map<string, string>();
    const kinds = new Map<string, number>();
    for (const bucket of this.paired)
      for (const { a, b, kinds: pairKinds } of bucket.pairs) {
        for (const stem of [a.info.stem, b.info.stem]) if (!parent.has(stem)) parent.set(stem, stem);
        const ra = find(parent, a.info.stem);
        const rb = find(parent, b.info.stem);
        const merged = (kinds.get(ra) ?? 0) | (kinds.get(rb) ?? 0) | pairKinds;
        if (ra !== rb) parent.set(rb, ra);
        kinds.set(ra, merged);
      }
    const groups = new Map<string, Candidate[]>();
    for (const [stem, c] of candidates) {
      if (!parent.has(stem)) continue;
      const root = find(parent, stem);
      let list = groups.get(root);
      if (!list) groups.set(root, (list = []));
      list.push(c);
    }
    const clusters: StemCluster[] = [];
    for (const [root, members] of groups) clusters.push({ members, kinds: kinds.get(root) ?? 0 });
    return clusters;
  }
}
