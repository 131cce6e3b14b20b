// A finding is what a check reports: where, how bad, what to say (as an i18n key) and how to fix it.

export type Severity = 'error' | 'warning' | 'info';

/**
 * name-variants: a name spelled two ways (חיית / חייאת). word-forms: an ordinary word's form written two
 * ways where grammar or the Academy decides, not a name's letters (the gentilic ending -ני / -אי:
 * אמריקני / אמריקאי; a people's adjective in the plural after a thing or a person: כוחות ישראלים /
 * ישראליים). Both are clusters an editor resolves at once.
 */
export type CheckId = 'name-variants' | 'word-forms' | 'source-names' | 'glossary' | 'numbers' | 'typography';

/** A replacement of target text, in offsets of one paragraph (0-based UTF-16, end exclusive). */
export interface TextEdit {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface Suggestion {
  /** The replacement for the finding's own range. */
  readonly replacement: string;
  /** All edits this suggestion makes (usually one: the finding's range). */
  readonly edits: readonly TextEdit[];
}

/** An i18n message: a key into the `findings` namespace and its interpolation parameters. */
export interface Message {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Finding {
  readonly check: CheckId;
  readonly severity: Severity;
  /** Index of the target paragraph (the document's paragraph order, not the file's line). */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The exact target substring [start, end). */
  readonly text: string;
  readonly message: Message;
  readonly suggestions: readonly Suggestion[];
  /**
   * Stable identity for "ignore": built from the check, the finding's own text and its local context,
   * never from offsets or paragraph numbers, so it survives edits elsewhere in the document.
   */
  readonly fingerprint: string;
  /** name-variants and source-names: the cluster's spellings without prefixes, most frequent first. */
  readonly variants?: readonly string[];
  /** source-names: the English name this finding is about, and its range in the source paragraph. */
  readonly sourceRange?: { readonly start: number; readonly end: number; readonly text: string };
  /** Identifies the variant cluster a finding belongs to, so the UI can resolve a cluster at once. */
  readonly clusterId?: string;
}

/** A finding of a cluster of spellings, resolved at once in the editor: a name's or a word's form. */
export function isSpellingCluster(
  f: Finding,
): f is Finding & { readonly check: 'name-variants' | 'word-forms' } {
  return f.check === 'name-variants' || f.check === 'word-forms';
}
