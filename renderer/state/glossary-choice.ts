// "Save the choice to the glossary": a resolved cluster becomes a glossary entry with the kept spelling
// preferred and the others deprecated (TBX administrativeStatus), so the glossary check flags them next
// time. An entry already naming the same English name, or holding one of the spellings, is updated.
import type { Glossary, GlossaryEntry, HebrewTerm } from '../../shared/glossary/model';
import { normalizeWord } from '../../shared/hebrew/normalize';

export function entryForChoice(
  glossary: Glossary,
  english: string | undefined,
  kept: string,
  others: readonly string[],
  now: Date,
): GlossaryEntry {
  const spellings = new Set([kept, ...others].map(normalizeWord));
  const englishKey = english?.toLocaleLowerCase();
  const existing = glossary.entries.find(
    (e) =>
      (englishKey !== undefined && e.source.some((s) => s.toLocaleLowerCase() === englishKey)) ||
      e.terms.some((t) => spellings.has(normalizeWord(t.text))),
  );
  const keptNorm = normalizeWord(kept);
  const deprecated = others.filter((o) => normalizeWord(o) !== keptNorm);
  const rest = (existing?.terms ?? []).filter((t) => !spellings.has(normalizeWord(t.text)));
  const terms: HebrewTerm[] = [
    { text: kept, status: 'preferred' },
    ...deprecated.map((text) => ({ text, status: 'deprecated' as const })),
    // Other spellings the entry already had stay, but only one term may be preferred.
    ...rest.map((t) => (t.status === 'preferred' ? { ...t, status: 'admitted' as const } : t)),
  ];
  const source = existing?.source ?? (english ? [english] : []);
  return {
    id: existing?.id ?? `nusach-${now.getTime().toString(36)}`,
    kind: existing?.kind ?? 'term',
    source,
    terms,
    ...(existing?.note ? { note: existing.note } : {}),
    changedAt: now.toISOString(),
  };
}
