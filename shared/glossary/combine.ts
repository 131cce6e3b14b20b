// The glossary the engine uses: every open glossary at once (personal first, then opened files in
// order). When two hold an entry with the same id, the first one wins, so a user's personal entry
// overrides a shared file's without editing it.
import type { Glossary } from './model';

export function combineGlossaries(glossaries: readonly Glossary[]): Glossary {
  const seen = new Set<string>();
  const entries = glossaries.flatMap((g) =>
    g.entries.filter((e) => {
      if (seen.has(e.id)) return false;
      seen.add(e.id);
      return true;
    }),
  );
  return { entries };
}
