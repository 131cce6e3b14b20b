// Where in a target paragraph an expected rendering was probably attempted: the token sequence that is
// a spelling variant of it under the alternation table (HEBREW.md §6, shared/hebrew/variants.ts). Lets
// a "missing" finding sit on the misspelt name, with the expected spelling as its fix.
import { parseName, areVariants } from '../../hebrew/variants';
import { regularizeFinals } from '../../hebrew/letters';
import { isCommonWord } from '../../hebrew/lexicon';
import { rememberedPerKey } from '../../memo/remembered';
import { readingsAt, replacementFor, termParts, type TargetWords } from './hebrew-terms';

export interface ClosestRendering {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly cost: number;
}

/** Pairs whose cost is remembered (shared/memo/remembered.ts). */
const MAX_REMEMBERED = 100_000;

/**
 * The variant cost of a FOUND\0EXPECTED pair, or null. Remembered per pair: a long document asks about
 * the same expected name against the same words in paragraph after paragraph (every paragraph whose
 * rendering is missing is scanned word by word).
 */
const costOfPair = rememberedPerKey(MAX_REMEMBERED, (pair): number | null => {
  const [found, expected] = pair.split('\u0000') as [string, string];
  if (regularizeFinals(found) === expected) return 0;
  return areVariants(parseName(found), parseName(expected))?.cost ?? null;
});

function variantCost(found: string, expected: string): number | undefined {
  return costOfPair(`${found}\u0000${expected}`) ?? undefined;
}

export function closestRendering(words: TargetWords, expected: string): ClosestRendering | undefined {
  const parts = termParts(expected);
  if (parts.length === 0) return undefined;
  let best: ClosestRendering | undefined;
  for (let i = 0; i < words.parts.length; i++) {
    for (const reading of readingsAt(words, i)) {
      // An ordinary Hebrew word (ללב = ל + לב, "to the heart") is not a misspelt name.
      if (isCommonWord(reading.stem)) continue;
      let cost = variantCost(reading.stem, parts[0] as string);
      for (let k = 1; cost !== undefined && k < parts.length; k++) {
        const part = words.parts[i + k];
        const next = part ? variantCost(part.norm, parts[k] as string) : undefined;
        cost = next === undefined ? undefined : cost + next;
      }
      const last = words.parts[i + parts.length - 1];
      if (cost === undefined || cost === 0 || !last?.lastOfToken) continue;
      if (best && best.cost <= cost) continue;
      const first = words.parts[i];
      const start = words.tokens[first?.token ?? 0]?.start ?? 0;
      const end = words.tokens[last.token]?.end ?? start;
      const prefix = reading.prefix;
      const match = { start, end, prefix, reading, nextPart: i + parts.length };
      best = { start, end, replacement: replacementFor(match, expected), cost };
    }
  }
  return best;
}
