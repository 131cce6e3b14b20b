// What a paragraph-local typography rule reports, before it becomes a Finding.
import type { Severity } from '../../model/finding';

export interface RuleHit {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  /** Key in the `findings` namespace, without the namespace. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly replacements?: readonly string[];
}
