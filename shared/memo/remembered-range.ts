// rememberedPerKey for a word still inside its paragraph: asked about text[start, end), it finds the
// answer by the word's code units (a hash of them, then compared one by one with the ones kept) without
// cutting the word out. A million-word pass otherwise made a string and hashed it for every word it
// asked about, only to find the answer already known.

/** Open addressing: answer index + 1 per slot (0 = empty), at most half full. */
const EMPTY = 0;

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * `compute` of the word text[start, end), remembered per word; past `limit` distinct words the memory
 * is dropped whole, as rememberedPerKey's is.
 */
export function rememberedPerRange<V>(
  limit: number,
  compute: (word: string) => V,
): (text: string, start: number, end: number) => V {
  let slots = new Int32Array(1 << 12);
  let hashes = new Int32Array(1 << 12);
  /** The kept words' code units one after another, and where each word's are (by answer index). */
  let units = new Uint16Array(1 << 14);
  let unitsUsed = 0;
  let starts: number[] = [];
  let lengths: number[] = [];
  let answers: V[] = [];

  const place = (table: Int32Array, tableHashes: Int32Array, hash: number, index: number) => {
    const mask = table.length - 1;
    let at = hash & mask;
    while (table[at] !== EMPTY) at = (at + 1) & mask;
    table[at] = index + 1;
    tableHashes[at] = hash;
  };

  const grow = () => {
    const next = new Int32Array(slots.length * 2);
    const nextHashes = new Int32Array(slots.length * 2);
    for (let at = 0; at < slots.length; at++)
      if (slots[at] !== EMPTY) place(next, nextHashes, hashes[at] as number, (slots[at] as number) - 1);
    slots = next;
    hashes = nextHashes;
  };

  const remember = (text: string, start: number, end: number, hash: number): V => {
    if (answers.length >= limit) {
      slots.fill(EMPTY);
      unitsUsed = 0;
      starts = [];
      lengths = [];
      answers = [];
    }
    const length = end - start;
    if (unitsUsed + length > units.length) {
      const next = new Uint16Array(Math.max(units.length * 2, unitsUsed + length));
      next.set(units.subarray(0, unitsUsed));
      units = next;
    }
    const index = answers.length;
    starts.push(unitsUsed);
    lengths.push(length);
    for (let k = start; k < end; k++) units[unitsUsed++] = text.charCodeAt(k);
    const answer = compute(text.slice(start, end));
    answers.push(answer);
    if (answers.length * 2 > slots.length) grow();
    place(slots, hashes, hash, index);
    return answer;
  };

  return (text, start, end) => {
    let hash = HASH_SEED;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), HASH_PRIME);
    const length = end - start;
    const mask = slots.length - 1;
    for (let at = hash & mask; slots[at] !== EMPTY; at = (at + 1) & mask) {
      if (hashes[at] !== hash) continue;
      const index = (slots[at] as number) - 1;
      if (lengths[index] !== length) continue;
      const from = starts[index] as number;
      let k = 0;
      while (k < length && units[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return answers[index] as V;
    }
    return remember(text, start, end, hash);
  };
}
