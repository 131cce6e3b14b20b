// Cuts a paragraph into runs at every finding boundary, so each finding's exact range is its own element
// (one underline per finding, and a reader or test sees exactly the flagged text).
export interface MarkRange {
  readonly start: number;
  readonly end: number;
}

export interface Segment<R extends MarkRange> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The ranges covering this run (empty for plain text). */
  readonly marks: readonly R[];
}

export function segmentText<R extends MarkRange>(text: string, ranges: readonly R[]): Segment<R>[] {
  const valid = ranges.filter((r) => r.start < r.end && r.start >= 0 && r.end <= text.length);
  if (valid.length === 0) return text === '' ? [] : [{ start: 0, end: text.length, text, marks: [] }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<R>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const marks = valid.filter((r) => r.start <= start && r.end >= end);
    segments.push({ start, end, text: text.slice(start, end), marks });
  }
  return segments;
}
