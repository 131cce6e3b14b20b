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
const allWritings: (stem: string) => readonly Writing[] = rememberedPerKey(10_000, (stem) => [
  { type: stem, prefix: '' },
  ...PREFIXES.map((prefix) => ({ type: attachPrefix(prefix, stem), prefix })),
]);

/** Every word that may write `stem`: itself and each prefix attached to it. */
export function writingsOf(stem: string): readonly Writing[] {
  return allWritings(stem);
}

/** The words of the document that write `stem`, alone or after a prefix, with that prefix. */
export function writings(doc: NameDocument, stem: string): Writing[] {
  return allWritings(stem).filter((w) => doc.stats.typeCount.has(w.type));
}

/** True when the document writes `stem`, alone or after a prefix. */
export function isWritten(doc: NameDocument, stem: string): boolean {
  return allWritings(stem).some((w) => doc.stats.typeCount.has(w.type));
}

/** How often the document writes `stem`, alone or after a prefix. */
export function uses(doc: NameDocument, stem: string): number {
  let count = 0;
  for (const w of allWritings(stem)) count += doc.stats.typeCount.get(w.type) ?? 0;
  return count;
}
