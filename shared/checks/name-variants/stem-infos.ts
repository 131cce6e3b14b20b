// stemInfo remembered per stem for the whole process, not per document: the facts never change with
// the document, and every new document (each engine, each size the benchmark runs) asks about the same
// ordinary words again. Bounded like the other per-word memos; when it is cleared a stem gets a new,
// equal StemInfo, which callers treat as a changed stem (more work, same result). Written out rather
// than built with shared/memo/remembered.ts: this is asked on every word of every re-check, and one
// shared memo function behind many computations is slower on such paths (see prefixes.ts).
import { stemInfo, type StemInfo } from './stem-info';

const LIMIT = 200_000;
const infos = new Map<string, StemInfo>();

export function rememberedStemInfo(stem: string): StemInfo {
  let info = infos.get(stem);
  if (info === undefined) {
    if (infos.size >= LIMIT) infos.clear();
    info = stemInfo(stem);
    infos.set(stem, info);
  }
  return info;
}
