// Two spellings only the news word list knows (both printed, as names are) are one name's when they
// stand beside the same unknown name word: בדר / באדר אל־בוסעידי. Alone, printed pairs are as often
// two words (the list holds loanwords and their inflections: פנלים / פאנלים), and a printed neighbour
// says no more, since the list holds ordinary words the written list lacks (פנלים סולאריים). The
// shared name word is what admits them as candidates; evidence.ts then judges them as any other
// cluster.
import { Alternation, type VariantComparison } from '../../hebrew/variants';
import type { StemInfo } from './stem-info';
import { MIN_LETTERS, type NameDocument, type StemUse } from './stem-use';
import { sharedNeighbourScore } from './shared-neighbours';

/**
 * What relates two printed spellings of one name: an inserted א (the transcription's vowel), or a ו or
 * י written or doubled (row 12: דייוויד / דיוויד, קמפ דייוויד / קמפ דיוויד).
 */
const PRINTED_PAIR = Alternation.Alef | Alternation.Plene;

export function printedPairs(
  doc: NameDocument,
  compare: (a: StemInfo, b: StemInfo) => VariantComparison | null,
): StemInfo[] {
  const byKey = new Map<string, StemUse[]>();
  for (const use of doc.uses.values()) {
    if (use.info.seenOnly !== true || use.info.letters < MIN_LETTERS) continue;
    let list = byKey.get(use.info.key);
    if (!list) byKey.set(use.info.key, (list = []));
    list.push(use);
  }
  const found = new Set<StemInfo>();
  const identity = new Map<string, string>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as StemUse;
        const b = list[j] as StemUse;
        const r = compare(a.info, b.info);
        const kinds = r ? r.kinds & ~Alternation.Joiner : 0;
        if (kinds === 0 || (kinds & ~PRINTED_PAIR) !== 0) continue;
        if (sharedNeighbourScore([a, b], doc, identity) < 2) continue;
        found.add(a.info);
        found.add(b.info);
      }
  }
  return [...found];
}
