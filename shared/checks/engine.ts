// The checking engine: runs every registered check over an aligned document and keeps the results
// current as the user edits. Paragraph-local checks (ParagraphCheck) are re-run only for the edited
// paragraph; whole-document checks that keep their own incremental index (DocumentIndex, e.g.
// name-variants, which caches per-paragraph token statistics) are told which paragraph changed; any
// other Check is simply re-run. Findings are language-neutral (i18n keys), so `language` only records
// the caller's UI language for the callers that format messages.
import type { AlignedDocument, Paragraph } from '../model/document';
import { isSpellingCluster, type Finding } from '../model/finding';
import { emptyGlossary, type Glossary } from '../glossary/model';
import { isParagraphCheck, type Check, type CheckContext, type ParagraphCheck } from './types';
import { registeredChecks, registeredIndexes, type DocumentIndex } from './registry';
import { compareSpots, sortedFindings } from './finding-order';

const NO_FINDINGS: readonly Finding[] = [];

export interface EngineOptions {
  glossary?: Glossary;
  language?: 'en' | 'he';
}

export class CheckEngine {
  readonly language: 'en' | 'he';
  private glossary: Glossary;
  private document: AlignedDocument = { source: [], target: [] };
  private readonly paragraphChecks: ParagraphCheck[] = [];
  private readonly wholeChecks: Check[] = [];
  private readonly indexes: DocumentIndex[];
  /** Findings of paragraph-local checks, per target paragraph. */
  private perParagraph: (readonly Finding[])[] = [];
  /** Findings of whole-document Checks, per check. */
  private whole: Finding[][] = [];
  private merged: Finding[] | null = [];

  constructor(options: EngineOptions = {}) {
    this.glossary = options.glossary ?? emptyGlossary;
    this.language = options.language ?? 'en';
    for (const check of registeredChecks()) {
      if (isParagraphCheck(check)) this.paragraphChecks.push(check);
      else this.wholeChecks.push(check);
    }
    this.indexes = registeredIndexes();
  }

  /** Full check of a new document. */
  setDocument(document: AlignedDocument): readonly Finding[] {
    this.document = document;
    return this.recheckAll();
  }

  /** Replaces the text of target paragraph `paragraph` and re-checks only what depends on it. */
  updateTarget(paragraph: number, text: string): readonly Finding[] {
    const target = this.document.target;
    if (!Number.isInteger(paragraph) || paragraph < 0 || paragraph >= target.length) return this.findings();
    const old = target[paragraph] as Paragraph;
    if (old.text === text) return this.findings();
    const nextTarget = target.slice();
    nextTarget[paragraph] = { ...old, text };
    this.document = { source: this.document.source, target: nextTarget };
    const context = this.context();
    this.perParagraph[paragraph] = this.paragraphFindings(context, paragraph);
    for (const index of this.indexes) index.update(context, paragraph);
    this.whole = this.wholeChecks.map((check) => check.run(context));
    this.merged = null;
    return this.findings();
  }

  setGlossary(glossary: Glossary): readonly Finding[] {
    this.glossary = glossary;
    return this.recheckAll();
  }

  /** All current findings, ordered by paragraph, then position, then check. */
  findings(): readonly Finding[] {
    if (this.merged === null) this.merged = mergeFindings(this.perParagraph, this.whole, this.indexes);
    return this.merged;
  }

  private context(): CheckContext {
    return { document: this.document, glossary: this.glossary };
  }

  /**
   * The paragraph-local checks' findings in one paragraph, in check order. Most paragraphs have none:
   * they share one empty list (never changed; an edit replaces a paragraph's list) instead of each
   * making a flatMap of empty lists.
   */
  private paragraphFindings(context: CheckContext, paragraph: number): readonly Finding[] {
    let found: readonly Finding[] = NO_FINDINGS;
    let joined: Finding[] | undefined;
    for (const check of this.paragraphChecks) {
      const findings = check.runParagraph(context, paragraph);
      if (findings.length === 0) continue;
      if (found.length === 0) found = findings;
      else {
        // A list of our own: a check's list is left as it returned it.
        joined ??= found.slice();
        for (let k = 0; k < findings.length; k++) joined.push(findings[k] as Finding);
        found = joined;
      }
    }
    return found;
  }

  private recheckAll(): readonly Finding[] {
    const context = this.context();
    const perParagraph: (readonly Finding[])[] = [];
    for (let i = 0; i < this.document.target.length; i++)
      perParagraph.push(this.paragraphFindings(context, i));
    this.perParagraph = perParagraph;
    for (const index of this.indexes) index.reset(context);
    this.whole = this.wholeChecks.map((check) => check.run(context));
    this.merged = null;
    return this.findings();
  }
}

/** source-names messages that report a spelling of an English name (their range is that spelling). */
const SPELLING_KEYS: ReadonlySet<string> = new Set([
  'findings:source-names-inconsistent',
  'findings:source-names-misspelt',
]);

/**
 * name-variants findings with the English name attached, remembered so that a finding nothing changed
 * keeps its object across re-checks (the worker sends only changed findings).
 */
const withSource = new WeakMap<Finding, Finding>();

function attachSource(variant: Finding, source: Finding): Finding {
  const range = source.sourceRange;
  if (!range) return variant;
  const cached = withSource.get(variant);
  const known = cached?.sourceRange;
  if (cached && known && known.start === range.start && known.end === range.end && known.text === range.text)
    return cached;
  const merged: Finding = { ...variant, sourceRange: range };
  withSource.set(variant, merged);
  return merged;
}

/**
 * With an English source, name-variants and source-names flag the same minority spelling at the same
 * range. One finding per spelling is kept: the name-variants one, since the UI's clusters
 * (renderer/state/clusters.ts) are built from name-variants findings, with the English name of the
 * source-names one attached so the source pane still marks it. Both are sorted by range, then check
 * (name-variants before source-names), so the pair is found within a run of equal ranges.
 */
function dropSourceDuplicates(sorted: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  /** Where the current run of findings with one range starts in `out`. */
  let runStart = 0;
  // Index loops here and in mergeFindings: for-of made an iterator result per finding.
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i] as Finding;
    const head = out[runStart];
    if (!head || head.paragraph !== f.paragraph || head.start !== f.start || head.end !== f.end)
      runStart = out.length;
    if (f.check !== 'source-names' || !SPELLING_KEYS.has(f.message.key)) {
      out.push(f);
      continue;
    }
    let duplicate = false;
    for (let k = runStart; k < out.length; k++) {
      const other = out[k] as Finding;
      if (!isSpellingCluster(other)) continue;
      out[k] = attachSource(other, f);
      duplicate = true;
    }
    if (!duplicate) out.push(f);
  }
  return out;
}

/**
 * Every source of findings, sorted (sortedFindings), one finding per spot (compareSpots: two checks may
 * share a helper, e.g. the glued-words rule the typography check could also run, and two name passes
 * may fix one range): after sorting, duplicates are neighbours, so no keys need to be built, and the one
 * kept is the first by its fix (compareFindings), whichever pass made it first. Then drops the
 * source-names findings name-variants already reports (dropSourceDuplicates).
 */
function mergeFindings(
  perParagraph: readonly (readonly Finding[])[],
  whole: Finding[][],
  indexes: readonly DocumentIndex[],
): Finding[] {
  const all = sortedFindings([...perParagraph, ...whole, ...indexes.map((index) => index.findings())]);
  const unique: Finding[] = [];
  for (let k = 0; k < all.length; k++) {
    const f = all[k] as Finding;
    const last = unique[unique.length - 1];
    if (!last || compareSpots(last, f) !== 0) unique.push(f);
  }
  return dropSourceDuplicates(unique);
}

/** One-shot check of a whole document (the CLI, exports, tests). */
export function checkDocument(document: AlignedDocument, glossary?: Glossary): Finding[] {
  const engine = new CheckEngine(glossary ? { glossary } : {});
  return engine.setDocument(document).slice();
}
