// Messages between the UI and the checks worker. Every request carries a sequence number; the answer
// echoes it. Answers carry only what changed since the previous answer (findings are keyed by
// content), because the engine returns every finding on every edit and cloning thousands of them per
// keystroke across the worker boundary would cost the UI thread more than the check itself.
import type { AlignedDocument } from '../../shared/model/document';
import type { Finding } from '../../shared/model/finding';
import type { Glossary } from '../../shared/glossary/model';

export type CheckRequest =
  | { readonly type: 'set-document'; readonly seq: number; readonly document: AlignedDocument }
  | {
      readonly type: 'update-target';
      readonly seq: number;
      readonly paragraphs: readonly { readonly paragraph: number; readonly text: string }[];
    }
  | { readonly type: 'set-glossary'; readonly seq: number; readonly glossary: Glossary };

export interface FindingsDelta {
  /** Forget every finding held so far before applying `added`. */
  readonly reset: boolean;
  readonly added: readonly (readonly [key: string, finding: Finding])[];
  readonly removed: readonly string[];
}

export type CheckResponse =
  | { readonly type: 'findings'; readonly seq: number; readonly delta: FindingsDelta; readonly ms: number }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };

// The engine hands back the same object for most findings an edit did not touch: their keys are
// built once (a JSON.stringify per finding per answer was ~25 ms of worker time on 9,000 findings).
const keys = new WeakMap<Finding, string>();

/** Everything a view shows of a finding: two findings with the same key look and act the same. */
export function findingKey(f: Finding): string {
  let key = keys.get(f);
  if (key === undefined) {
    key = buildKey(f);
    keys.set(f, key);
  }
  return key;
}

function buildKey(f: Finding): string {
  return [
    f.check,
    f.severity,
    f.paragraph,
    f.start,
    f.end,
    f.fingerprint,
    f.message.key,
    JSON.stringify(f.message.params),
    f.suggestions.map((s) => s.replacement).join('\u0001'),
    f.variants?.join('\u0001') ?? '',
    f.clusterId ?? '',
    f.sourceRange ? `${f.sourceRange.start}:${f.sourceRange.end}` : '',
  ].join('\u0000');
}

/** The delta from `previous` to `findings`; `previous` is replaced by the new key map. */
export function diffFindings(
  previous: Map<string, Finding>,
  findings: readonly Finding[],
  reset: boolean,
): { delta: FindingsDelta; next: Map<string, Finding> } {
  const next = new Map<string, Finding>();
  const added: [string, Finding][] = [];
  for (const f of findings) {
    const key = findingKey(f);
    if (next.has(key)) continue;
    next.set(key, f);
    if (reset || !previous.has(key)) added.push([key, f]);
  }
  const removed = reset ? [] : [...previous.keys()].filter((k) => !next.has(k));
  return { delta: { reset, added, removed }, next };
}
