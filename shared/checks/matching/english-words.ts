// English words of a source paragraph with their offsets. Hyphens and apostrophes split words (al-Sham
// → al, Sham; Assad's → Assad, s) so a glossary term matches however the source hyphenates it.
export interface EnglishWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased, diacritics kept. */
  readonly lower: string;
}

export function englishWords(text: string): EnglishWord[] {
  const words: EnglishWord[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return words;
}

/** An English term as lower-cased words, and whether it must match case-sensitively (acronyms: HTS). */
export function englishTermWords(term: string): { readonly words: string[]; readonly exactCase: boolean } {
  const words = englishWords(term).map((w) => w.text);
  const exactCase = words.length === 1 && /^[A-Z0-9]{2,}$/u.test(term.trim());
  return { words: exactCase ? words : words.map((w) => w.toLowerCase()), exactCase };
}
