// A stable key for a pair as opened, so decisions (ignores, comments, reviewed marks) saved under it
// come back when the same pair is opened again. 53-bit FNV-style hash over both texts: identity, not
// security; a collision only shows another pair's ignores, which the fingerprints then fail to match.
export function pairKey(source: readonly string[], target: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  };
  source.forEach((p) => feed(`${p}\n`));
  feed('\u0000');
  target.forEach((p) => feed(`${p}\n`));
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
