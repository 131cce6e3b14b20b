// The order the engine lists findings in: by paragraph, then position, then check, then message, then
// the fix. The fix comes last so that the one of two findings over one spot (compareSpots) the engine
// keeps is the same whichever pass or paragraph made it first: an incremental re-check makes them in
// another order than a full check. Of two fixes, the one whose spelling the document writes more often
// comes first (a spaced אל חיה written 8 times gives way to אל־חיה written 27), then the first in code
// point order.
import type { Finding } from '../model/finding';

/** Two findings of one check and message over one range: the engine keeps one of them. */
export function compareSpots(a: Finding, b: Finding): number {
  return (
    a.paragraph - b.paragraph ||
    a.start - b.start ||
    a.end - b.end ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0) ||
    (a.message.key < b.message.key ? -1 : a.message.key > b.message.key ? 1 : 0)
  );
}

/** How often the document writes a finding's preferred spelling, where its message says. */
const preferredCount = (f: Finding): number => {
  const count = f.message.params['count'];
  return typeof count === 'number' ? count : 0;
};

export function compareFindings(a: Finding, b: Finding): number {
  const spots = compareSpots(a, b);
  if (spots !== 0) return spots;
  const counts = preferredCount(b) - preferredCount(a);
  if (counts !== 0) return counts;
  const x = a.suggestions[0]?.replacement ?? '';
  const y = b.suggestions[0]?.replacement ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Buckets this long or longer are sorted with Array.prototype.sort, shorter ones by insertion. */
const INSERTION_LIMIT = 24;

/**
 * The findings of `lists`, in turn, stably sorted by compareFindings: exactly what concatenating them
 * and calling sort would give. Paragraph is the first key, so the findings are first placed in their
 * paragraph's bucket, in order (a counting sort), and only each bucket is sorted: a long document has
 * tens of thousands of findings but a handful per paragraph, and one sort of them all compared them
 * about sixteen times each.
 */
export function sortedFindings(lists: readonly (readonly Finding[])[]): Finding[] {
  let total = 0;
  let paragraphs = 0;
  // Index loops: for-of made an iterator result per list (one per paragraph) and per finding.
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as readonly Finding[];
    total += list.length;
    for (let k = 0; k < list.length; k++) {
      const p = (list[k] as Finding).paragraph;
      if (!Number.isInteger(p) || p < 0) return lists.flat().sort(compareFindings);
      if (p >= paragraphs) paragraphs = p + 1;
    }
  }
  // Where paragraph p's next finding goes: its bucket's start, then, once all are placed, its end.
  const next = new Int32Array(paragraphs + 1);
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as readonly Finding[];
    for (let k = 0; k < list.length; k++) {
      const p = (list[k] as Finding).paragraph + 1;
      next[p] = (next[p] as number) + 1;
    }
  }
  for (let p = 0; p < paragraphs; p++) next[p + 1] = (next[p + 1] as number) + (next[p] as number);
  const sorted = new Array<Finding>(total);
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as readonly Finding[];
    for (let k = 0; k < list.length; k++) {
      const f = list[k] as Finding;
      const at = next[f.paragraph] as number;
      sorted[at] = f;
      next[f.paragraph] = at + 1;
    }
  }
  let from = 0;
  for (let p = 0; p < paragraphs; p++) {
    const to = next[p] as number;
    if (to - from >= INSERTION_LIMIT) {
      const bucket = sorted.slice(from, to).sort(compareFindings);
      for (let k = 0; k < bucket.length; k++) sorted[from + k] = bucket[k] as Finding;
    } else insertionSort(sorted, from, to);
    from = to;
  }
  return sorted;
}

/** Sorts list[from, to) in place; stable (an element moves only past greater ones). */
function insertionSort(list: Finding[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const f = list[i] as Finding;
    let j = i - 1;
    while (j >= from && compareFindings(list[j] as Finding, f) > 0) {
      list[j + 1] = list[j] as Finding;
      j--;
    }
    list[j + 1] = f;
  }
}
