// The Hebrew keyboard (SI-1452, the layout every Israeli keyboard prints): which letters sit on keys
// next to each other, so a finger that lands one key off types the one for the other (חריגי for
// חרירי: ר and ג are the R and D keys). Staggered rows: a key touches the two keys of its row beside
// it, the two above it (same column and one to the right) and the two below (one to the left and same
// column). The first row's two punctuation keys (/ and ') type no letter.
const ROWS = ["/'קראטוןםפ", 'שדגכעיחלךף', 'זסבהנמצתץ'] as const;

const isLetter = (ch: string | undefined): ch is string => ch !== undefined && /[\u05D0-\u05EA]/.test(ch);

const NEIGHBOURS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  ROWS.forEach((row, r) => {
    [...row].forEach((key, c) => {
      if (!isLetter(key)) return;
      const around = [
        row[c - 1],
        row[c + 1],
        ROWS[r - 1]?.[c],
        ROWS[r - 1]?.[c + 1],
        ROWS[r + 1]?.[c - 1],
        ROWS[r + 1]?.[c],
      ];
      map.set(key, around.filter(isLetter));
    });
  });
  return map;
})();

/** The letters on the keys next to `letter`'s (final forms have keys of their own); none for others. */
export function keyboardNeighbours(letter: string): readonly string[] {
  return NEIGHBOURS.get(letter) ?? [];
}
