// How a document writes a stem: alone or after any Hebrew prefix, each as its own word (רסטן, ברסטן,
// ולרסטן). For the checks that look a known stem up instead of reading the document's words: the
// starter table, the Hebrew spelling tables, a people's plural beside its adjective.
import { PREFIXES, attachPrefix } from '../../hebrew/prefixes';
import { rememberedPerKey } from '../../memo/remembered';
import type { NameDocument } from './stem-use';

export interface Writing {
  readonly type: string;
  readonly prefix: string;
}

/** Every way to write `stem`, alone or after a prefix (prefix spelling rules applied): made once. */
export const writingsOf: (stem: string) => readonly Writing[] = rememberedPerKey(10_000, (stem) => [
  { type: stem, prefix: '' },
  ...PREFIXES.map((prefix) => ({ type: attachPrefix(prefix, stem), prefix })),
]);

/** The words of the document that write `stem`, alone or after a prefix, with that prefix. */
export function writings(doc: NameDocument, stem: string): Writing[] {
  return writingsOf(stem).filter((w) => doc.stats.typeCount.has(w.type));
}

/** True when the document writes `stem`, alone or after a prefix. */
export function isWritten(doc: NameDocument, stem: string): boolean {
  return writingsOf(stem).some((w) => doc.stats.typeCount.has(w.type));
}

/** How often the document writes `stem`, alone or after a prefix. */
export function uses(doc: NameDocument, stem: string): number {
  let count = 0;
  for (const w of writingsOf(stem)) count += doc.stats.typeCount.get(w.type) ?? 0;
  return count;
}
