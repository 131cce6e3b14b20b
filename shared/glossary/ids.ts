// Entry ids: stable, readable and unique within a glossary (TBX requires conceptEntry/@id, xml:id-like).

/** "Hayat Tahrir al-Sham" → "hayat-tahrir-al-sham"; a name with no Latin letters falls back to "entry". */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  // TBX ids are XML IDs (NCNames): they may not start with a digit.
  if (/^[0-9]/.test(slug)) return `e-${slug}`;
  return slug || 'entry';
}

/** A new id from the English name that is not in `taken` ("aleppo", then "aleppo-2", …). */
export function uniqueId(english: string, taken: ReadonlySet<string>): string {
  const base = slugOf(english);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
