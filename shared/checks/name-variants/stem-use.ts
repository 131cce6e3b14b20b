// One spelling (stem, prefixes removed) as the document uses it, and what the name passes share.
import type { PrefixReading } from '../../hebrew/prefixes';
import type { StemInfo } from './stem-info';
import type { WordStatistics } from './statistics';

/** Names shorter than this are too ambiguous to cluster (and Hebrew prefixes leave such stubs). */
export const MIN_LETTERS = 3;

export interface StemUse {
  readonly info: StemInfo;
  count: number;
  /** The words (with their prefixes) that read as this stem. */
  readonly types: string[];
}

/** What the evidence and report passes read about the document. */
export interface NameDocument {
  readonly stats: WordStatistics;
  readonly uses: ReadonlyMap<string, StemUse>;
  readingOf(type: string): PrefixReading;
}

/** A word that could be (part of) a name: a stem that is not ordinary Hebrew. */
export function isNameLike(doc: NameDocument, type: string): boolean {
  return isNameStem(doc, doc.readingOf(type).stem);
}

/** A stem of the document that could be (part of) a name: not ordinary Hebrew, long enough to tell. */
export function isNameStem(doc: NameDocument, stem: string): boolean {
  const info = doc.uses.get(stem)?.info;
  return info !== undefined && !info.common && info.letters >= MIN_LETTERS;
}
