// Where an aligned pair stops lining up, to tell the reviewer where to split or merge when the paragraph
// counts differ. Numbers survive translation unchanged (5 km → 5 ק"מ), and a Hebrew paragraph's length
// stays within a band of its English one's, so the first row where either breaks is where to look.
export interface Divergence {
  readonly sourceCount: number;
  readonly targetCount: number;
  /** 0-based row where the pairs first stop matching; absent when the counts agree. */
  readonly row?: number;
}

const numbers = (text: string): Set<string> => new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);

function rowMatches(source: string, target: string, medianRatio: number): boolean {
  const a = numbers(source);
  const b = numbers(target);
  // Most numbers of a pair should be shared (Jaccard ≥ ¾); a few may be written out in words.
  const shared = [...a].filter((n) => b.has(n)).length;
  const union = a.size + b.size - shared;
  if (union > 0 && shared / union < 0.75) return false;
  const ratio = target.length / Math.max(1, source.length) / medianRatio;
  return ratio > 0.5 && ratio < 2;
}

export function findDivergence(source: readonly string[], target: readonly string[]): Divergence {
  const base = { sourceCount: source.length, targetCount: target.length };
  if (source.length === target.length) return base;
  const common = Math.min(source.length, target.length);
  const ratios = Array.from(
    { length: common },
    (_, i) => (target[i] ?? '').length / Math.max(1, (source[i] ?? '').length),
  ).sort((x, y) => x - y);
  const median = ratios[Math.floor(ratios.length / 2)] ?? 1;
  for (let i = 0; i < common; i++) {
    if (!rowMatches(source[i] as string, target[i] as string, median)) return { ...base, row: i };
  }
  return { ...base, row: common };
}
