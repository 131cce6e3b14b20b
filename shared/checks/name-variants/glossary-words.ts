// The glossary's Hebrew words: each is an attested stem (prefixes may be stripped before it), and each
// word of a non-preferred term maps to the word in the same position of the preferred term.
import type { Glossary } from '../../glossary/model';
import { tokenize } from '../../hebrew/tokenize';

export interface GlossaryWords {
  readonly stems: ReadonlySet<string>;
  readonly preferred: ReadonlyMap<string, string>;
}

/** Glossary words: every Hebrew term's words (attested stems) and each one's preferred counterpart. */
export function glossaryWords(glossary: Glossary): GlossaryWords {
  const stems = new Set<string>();
  const preferred = new Map<string, string>();
  for (const entry of glossary.entries) {
    const best =
      entry.terms.find((t) => t.status === 'preferred') ?? entry.terms.find((t) => t.status === 'admitted');
    const bestWords = best ? tokenize(best.text).map((t) => t.norm) : [];
    for (const term of entry.terms) {
      const words = tokenize(term.text).map((t) => t.norm);
      words.forEach((w, i) => {
        stems.add(w);
        const counterpart = bestWords.length === words.length ? bestWords[i] : undefined;
        if (counterpart !== undefined) preferred.set(w, counterpart);
      });
    }
  }
  return { stems, preferred };
}
