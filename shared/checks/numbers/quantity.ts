// A number as said in a sentence: an exact value (280,000; 1.5 million; "two") or a vague plural
// ("hundreds", "thousands"), with where it was found.
export type Vague =
  'tens' | 'hundreds' | 'thousands' | 'tens-of-thousands' | 'hundreds-of-thousands' | 'millions';

export interface Quantity {
  readonly start: number;
  readonly end: number;
  /** The exact value, or undefined for a vague plural. */
  readonly value?: number;
  readonly vague?: Vague;
  /** Written in digits (as opposed to words): only these are offered as replacements. */
  readonly digits: boolean;
  /** A length in miles, which a translator may convert to kilometres. */
  readonly miles?: boolean;
  readonly kilometres?: boolean;
  /** A unit conversion in brackets after the same distance ("5 km (3 miles)"): a translation may drop it. */
  readonly conversion?: boolean;
}

/** 280,000 / 1.5 / 2014 → number; thousands separators are commas in both English and Hebrew news. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.vague || b.vague) return a.vague === b.vague;
  if (a.value === undefined || b.value === undefined) return false;
  if (Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))) return true;
  // 3 miles → 5 ק"מ: a converted distance is the same distance (1 mile = 1.609344 km), within rounding.
  const km = (q: Quantity) =>
    q.miles ? (q.value as number) * 1.609344 : q.kilometres ? (q.value as number) : undefined;
  const ka = km(a);
  const kb = km(b);
  return (
    a.miles !== b.miles && ka !== undefined && kb !== undefined && Math.abs(ka - kb) <= Math.max(1, 0.1 * ka)
  );
}
