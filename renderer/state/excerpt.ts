// The words around a finding, for lists where the finding's own text says little on its own (a
// hyphen, a quote mark): the whitespace-delimited stretch that contains it, capped at both ends.
const reach = 24;

export function wordsAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < reach && !/\s/.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !/\s/.test(text[to] as string)) to++;
  return text.slice(from, to);
}
