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

/**
 * A check whose findings in target paragraph i depend only on target[i], source[i] and the glossary.
 * The engine re-runs it only for the paragraphs an edit touched, so it stays fast on long documents;
 * `run` must return the same findings as `runParagraph` over every paragraph.
 */
export interface ParagraphCheck extends Check {
  runParagraph(context: CheckContext, paragraph: number): Finding[];
}

export function isParagraphCheck(check: Check): check is ParagraphCheck {
  return typeof (check as Partial<ParagraphCheck>).runParagraph === 'function';
}
