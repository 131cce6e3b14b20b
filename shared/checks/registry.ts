// Which checks the engine runs. Each check lives in its own module; this is the one list of them.
import type { Finding } from '../model/finding';
import type { Check, CheckContext } from './types';
import { NameVariantIndex } from './name-variants';
import { typographyCheck, TypographyMarksIndex } from './typography';
import { glossaryCheck } from './glossary-check';
import { numbersCheck } from './numbers';
import { SourceNamesIndex } from './source-names';

/**
 * A whole-document check that keeps its own incremental state (e.g. per-paragraph token statistics), so
 * an edit costs only the edited paragraph plus a cheap recombination.
 */
export interface DocumentIndex {
  reset(context: CheckContext): void;
  update(context: CheckContext, paragraph: number): void;
  findings(): readonly Finding[];
}

/** Stateless checks (ParagraphCheck where possible). */
export function registeredChecks(): Check[] {
  return [typographyCheck, glossaryCheck, numbersCheck];
}

/** Fresh incremental indexes for one engine. */
export function registeredIndexes(): DocumentIndex[] {
  return [new NameVariantIndex(), new TypographyMarksIndex(), new SourceNamesIndex()];
}
