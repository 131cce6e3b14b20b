// Groups candidate stems into clusters of spellings of one name: candidates are bucketed by coarse key
// (so only plausible pairs are ever compared), each pair in a bucket is compared with the weighted
// alternation distance (results cached across re-checks), and connected pairs form a cluster.
import {
  Alternation,
  FAR_LETTERS,
  FAR_ROOM,
  NEEDS_NAME_WORD,
  areNameVariants,
  type ParsedName,
  type VariantComparison,
} from '../../hebrew/variants';
import { mayBeVariants } from '../../hebrew/variant-bound';
import type { StemInfo } from './stem-info';

export interface Candidate {
  readonly info: StemInfo;
  /** A common word admitted only because it stands next to a name (חיית in חיית תחריר א-שאם). */
  readonly contextOnly: boolean;
}

export interface StemCluster {
  readonly members: readonly Candidate[];
  /** OR of the alternation kinds on the pairs that joined the cluster. */
  readonly kinds: number;
}

export class ComparisonCache {
  /** First stem (the smaller) → second stem → result; nested so no key strings are built per lookup. */
  private readonly cache = new Map<string, Map<string, VariantComparison | null>>();

  /** areVariants of two stems (their joined-article readings too), for the prefix and naming rules. */
  compare(a: StemInfo, b: StemInfo): VariantComparison | null {
    const result = this.compareAsNames(a, b);
    return result && result.kinds & NEEDS_NAME_WORD ? null : result;
  }

  /** compare, with the pairs (ShortPlene, Far) judged-clusters.ts accepts only beside a name word. */
  compareAsNames(a: StemInfo, b: StemInfo): VariantComparison | null {
    const x = a.stem < b.stem ? a : b;
    const y = x === a ? b : a;
    let inner = this.cache.get(x.stem);
    const known = inner?.get(y.stem);
    if (known !== undefined) return known;
    // Most pairs of a bucket are ruled out by their letters alone, without the distance table.
    let result = best(
      variantsIfPossible(x.parsed, y.parsed),
      joinedReading(x, y) ? variantsIfPossible(x.joinedParsed as ParsedName, y.parsed) : null,
      joinedReading(y, x) ? variantsIfPossible(x.parsed, y.joinedParsed as ParsedName) : null,
    );
    // Equal letters in different words: only the maqaf between the parts differs (טול־כרם/טולכרם).
    if (result && result.cost === 0) result = { cost: 0, kinds: result.kinds | Alternation.Joiner };
    if (!inner) this.cache.set(x.stem, (inner = new Map()));
    inner.set(y.stem, result);
    return result;
  }
}

/**
 * Whether `a`'s reading with a joined article is compared with `b`: a joined אל always (אלשאם / שאם);
 * a joined assimilated א only with a spelling that writes the article (אסיסי / א־סיסי), since before a
 * bare spelling it would make names of the א that begins many (ארדואן is no א + רדואן).
 */
function joinedReading(a: StemInfo, b: StemInfo): boolean {
  return a.joinedParsed !== undefined && (a.joinedParsed.article !== 'א' || b.parsed.article !== '');
}

/** areNameVariants, skipped when the letters alone rule the pair out (variant-bound.ts). */
function variantsIfPossible(a: ParsedName, b: ParsedName): VariantComparison | null {
  const room = Math.min(a.units.length, b.units.length) >= FAR_LETTERS ? FAR_ROOM : 0;
  return mayBeVariants(a, b, room) ? areNameVariants(a, b) : null;
}

function best(...results: (VariantComparison | null | undefined)[]): VariantComparison | null {
  let chosen: VariantComparison | null = null;
  for (const r of results) if (r && (!chosen || r.cost < chosen.cost)) chosen = r;
  return chosen;
}

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

/** Bucket size beyond which a bucket is too generic to compare all pairs (very short keys). */
const MAX_BUCKET = 400;

export function clusterCandidates(candidates: readonly Candidate[], cache: ComparisonCache): StemCluster[] {
  const buckets = new Map<string, Candidate[]>();
  const add = (key: string, c: Candidate) => {
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(c);
  };
  for (const c of candidates) {
    add(c.info.key, c);
    if (c.info.joinedKey !== undefined) add(c.info.joinedKey, c);
    for (const key of c.info.altKeys ?? []) add(key, c);
  }
  const parent = new Map<string, string>();
  const kinds = new Map<string, number>();
  const byStem = new Map<string, Candidate>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as Candidate;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as Candidate;
        if ((a.contextOnly && b.contextOnly) || a.info.stem === b.info.stem) continue;
        const result = cache.compareAsNames(a.info, b.info);
        if (!result) continue;
        for (const c of [a, b]) {
          byStem.set(c.info.stem, c);
          if (!parent.has(c.info.stem)) parent.set(c.info.stem, c.info.stem);
        }
        const ra = find(parent, a.info.stem);
        const rb = find(parent, b.info.stem);
        const merged = (kinds.get(ra) ?? 0) | (kinds.get(rb) ?? 0) | result.kinds;
        if (ra !== rb) parent.set(rb, ra);
        kinds.set(ra, merged);
      }
    }
  }
  const groups = new Map<string, Candidate[]>();
  for (const stem of parent.keys()) {
    const root = find(parent, stem);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(byStem.get(stem) as Candidate);
  }
  const clusters: StemCluster[] = [];
  for (const [root, members] of groups)
    if (members.length > 1) clusters.push({ members, kinds: kinds.get(root) ?? 0 });
  return clusters;
}
