// What clustering works with: candidate stems, clusters of them, and the comparison of two stems as
// spellings of one name (the weighted alternation distance, cached across re-checks). The clusters
// themselves are kept by candidate-clusters.ts.
import {
  Alternation,
  farRoom,
  NEEDS_NAME_WORD,
  areNameVariants,
  type ParsedName,
  type VariantComparison,
} from '../../hebrew/variants';
import { mayBeVariants } from '../../hebrew/variant-bound';
import type { StemInfo } from './stem-info';
import { countryAndItsAdjective } from './country-adjective';

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
    if (result && result.kinds & Alternation.Construct && countryAndItsAdjective(x.stem, y.stem))
      result = null;
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
  const room = farRoom(Math.min(a.units.length, b.units.length));
  return mayBeVariants(a, b, room) ? areNameVariants(a, b) : null;
}

function best(...results: (VariantComparison | null | undefined)[]): VariantComparison | null {
  let chosen: VariantComparison | null = null;
  for (const r of results) if (r && (!chosen || r.cost < chosen.cost)) chosen = r;
  return chosen;
}
