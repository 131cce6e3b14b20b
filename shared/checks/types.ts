// Every check has the same shape: the document (and its context) in, findings out.
import type { AlignedDocument } from '../model/document';
import type { CheckId, Finding } from '../model/finding';
import type { Glossary } from '../glossary/model';

export interface CheckContext {
  readonly document: AlignedDocument;
  /** The glossaries in use, merged; empty when none. */
  readonly glossary: Glossary;
}

export interface Check {
  readonly id: CheckId;
  run(context: CheckContext): Finding[];
}
