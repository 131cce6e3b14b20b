// Two passes may pair the same two spellings and each prefer its own: a cluster keeps the spelling
// written more often, a compound's pass the commoner joining, the full-spelling table the standard one.
// Shown both, a user would be told to write X for Y and Y for X, and resolving one would raise the
// other. The earlier finding stands (clusters are reported first); a later one that undoes it is left out.
// A fix is known both by its spellings (the message's found and preferred: בקטר → בקטאר is קטר → קטאר)
// and by the word it replaces (הכנרת → הכינרת, where one pass names the spellings with the article ה
// and the other without).
import type { Finding } from '../../model/finding';
import { normalizeWord } from '../../hebrew/normalize';

export function inOneDirection(findings: readonly Finding[]): Finding[] {
  const fixes = new Set<string>();
  const pairOf = (from: unknown, to: unknown) =>
    typeof from === 'string' && typeof to === 'string'
      ? ([normalizeWord(from), normalizeWord(to)] as const)
      : undefined;
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.check !== 'name-variants') {
      kept.push(f);
      continue;
    }
    const pairs = [
      pairOf(f.message.params['found'], f.message.params['preferred']),
      pairOf(f.text, f.suggestions[0]?.replacement),
    ].filter((p) => p !== undefined);
    if (pairs.some(([from, to]) => fixes.has(`${to}\u0000${from}`))) continue;
    for (const [from, to] of pairs) fixes.add(`${from}\u0000${to}`);
    kept.push(f);
  }
  return kept;
}
