// Builds a Finding for a range of one target paragraph, with its one-edit suggestions and a fingerprint
// from the shared helper, so every QA check (typography, numbers, glossary, source-names) makes
// findings the same way.
import type { CheckId, Finding, Severity, Suggestion } from '../model/finding';
import { fingerprintOf } from './fingerprint';

export interface FindingSpec {
  readonly check: CheckId;
  readonly severity: Severity;
  readonly paragraph: number;
  /** The paragraph's full text: the finding's text and fingerprint context come from it. */
  readonly paragraphText: string;
  readonly start: number;
  readonly end: number;
  /** Key in the `findings` namespace, without the namespace. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Replacements for [start, end), best first. */
  readonly replacements?: readonly string[];
  readonly variants?: readonly string[];
  readonly sourceRange?: Finding['sourceRange'];
  readonly clusterId?: string;
  /**
   * The key the fingerprint is built from, when it should not follow the message: a finding whose
   * wording changes with the rest of the document (typed ״ in a consistent vs a mixed document) is
   * still the same finding, so an "ignore" stays attached to it.
   */
  readonly fingerprintKey?: string;
}

/** `findings:<key>`, one string per key for all findings (each keeps its message key). */
const messageKeys = new Map<string, string>();
function messageKeyOf(key: string): string {
  let full = messageKeys.get(key);
  if (full === undefined) messageKeys.set(key, (full = `findings:${key}`));
  return full;
}

/** Finding with its optional fields still settable, while it is being built. */
type Building = { -readonly [K in keyof Finding]: Finding[K] };

export function buildFinding(spec: FindingSpec): Finding {
  // map, not push: the array is kept with the finding, and map allocates it at its exact length.
  const suggestions: Suggestion[] = (spec.replacements ?? []).map((replacement) => ({
    replacement,
    edits: [{ paragraph: spec.paragraph, start: spec.start, end: spec.end, replacement }],
  }));
  const messageKey = messageKeyOf(spec.key);
  const finding: Building = {
    check: spec.check,
    severity: spec.severity,
    paragraph: spec.paragraph,
    start: spec.start,
    end: spec.end,
    text: spec.paragraphText.slice(spec.start, spec.end),
    message: { key: messageKey, params: spec.params ?? {} },
    suggestions,
    fingerprint: fingerprintOf(
      spec.check,
      spec.fingerprintKey ? messageKeyOf(spec.fingerprintKey) : messageKey,
      spec.paragraphText,
      spec.start,
      spec.end,
    ),
  };
  // Optional fields are set one by one, in this order (the order they serialise in), rather than
  // spread from temporary objects: tens of thousands of findings are built in a full check.
  if (spec.variants) finding.variants = spec.variants;
  if (spec.sourceRange) finding.sourceRange = spec.sourceRange;
  if (spec.clusterId) finding.clusterId = spec.clusterId;
  return finding;
}
