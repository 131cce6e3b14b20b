// A pure function of one string, remembered per argument. The checks ask the same questions about the
// same few thousand words of a document over and over (prefix readings, number words, name readings),
// so each answer is computed once. Past `limit` distinct arguments the memory is dropped whole: cheaper
// on a hot path than least-recently-used bookkeeping, and rare, since a document has far fewer
// distinct words than that; it keeps memory bounded in a long-lived worker.

/** `compute`, remembered per argument; its answers must not be undefined (use null for "none"). */
export function rememberedPerKey<V extends object | boolean | number | string | null>(
  limit: number,
  compute: (key: string) => V,
): (key: string) => V {
  const memory = new Map<string, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      if (memory.size >= limit) memory.clear();
      value = compute(key);
      memory.set(key, value);
    }
    return value;
  };
}
