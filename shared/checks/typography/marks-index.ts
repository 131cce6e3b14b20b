// Findings for typed look-alikes of ״ ׳ ־, kept per paragraph so an edit costs one paragraph.
// Severity depends on the whole document (HEBREW.md §5: most outlets type ASCII " ' - consistently, and
// mixing forms inside one article is what looks careless):
//   - a document that only ever types the look-alike → info, with the Hebrew mark offered as the fix;
//   - a document that uses both the Hebrew mark and the look-alike for the same role → warning on each
//     look-alike ("mixed styles"), with the Hebrew mark as the fix.
import type { Finding } from '../../model/finding';
import type { CheckContext } from '../types';
import type { DocumentIndex } from '../registry';
import { buildFinding } from '../finding-builder';
import { findMarkUses, properMark, type MarkRole, type MarkUse } from './marks';

const roles: readonly MarkRole[] = ['gershayim', 'geresh', 'maqaf'];

interface ParagraphMarks {
  readonly text: string;
  readonly uses: readonly MarkUse[];
  /** Per role: how many proper and how many typed uses. */
  readonly counts: Readonly<Record<MarkRole, { proper: number; typed: number }>>;
  /** Findings built for the last set of mixed roles seen (rebuilt only when that set changes). */
  cache?: { readonly mixedKey: string; readonly findings: Finding[] };
}

function analyse(text: string): ParagraphMarks {
  const uses = findMarkUses(text);
  const counts = {
    gershayim: { proper: 0, typed: 0 },
    geresh: { proper: 0, typed: 0 },
    maqaf: { proper: 0, typed: 0 },
  };
  // Index loops here and below: for-of made an iterator result per use (tens of thousands).
  for (let k = 0; k < uses.length; k++) {
    const use = uses[k] as MarkUse;
    counts[use.role][use.typed ? 'typed' : 'proper']++;
  }
  return { text, uses, counts };
}

/** The message keys per role, made once rather than per finding (tens of thousands in a long document). */
const keys = {
  mixed: {
    gershayim: 'typography-mixed-gershayim',
    geresh: 'typography-mixed-geresh',
    maqaf: 'typography-mixed-maqaf',
  },
  typed: {
    gershayim: 'typography-typed-gershayim',
    geresh: 'typography-typed-geresh',
    maqaf: 'typography-typed-maqaf',
  },
} as const;

interface SharedParts {
  readonly params: { typed: string; mark: string };
  readonly replacements: string[];
}

/**
 * The message parameters and fix of each (role, typed characters), shared by all its findings. By role,
 * then by the typed characters: a key joining the two was a new string per finding.
 */
const sharedParts: Record<MarkRole, Map<string, SharedParts>> = {
  gershayim: new Map(),
  geresh: new Map(),
  maqaf: new Map(),
};

function partsOf(typed: string, role: MarkRole): SharedParts {
  const byTyped = sharedParts[role];
  let parts = byTyped.get(typed);
  if (!parts) {
    parts = { params: { typed, mark: properMark[role] }, replacements: [properMark[role]] };
    // A handful of look-alikes per role; bounded all the same.
    if (byTyped.size > 1000) byTyped.clear();
    byTyped.set(typed, parts);
  }
  return parts;
}

function buildFindings(paragraph: number, marks: ParagraphMarks, mixed: ReadonlySet<MarkRole>): Finding[] {
  const findings: Finding[] = [];
  for (let k = 0; k < marks.uses.length; k++) {
    const use = marks.uses[k] as MarkUse;
    if (!use.typed) continue;
    const isMixed = mixed.has(use.role);
    const { params, replacements } = partsOf(marks.text.slice(use.start, use.end), use.role);
    findings.push(
      buildFinding({
        check: 'typography',
        severity: isMixed ? 'warning' : 'info',
        paragraph,
        paragraphText: marks.text,
        start: use.start,
        end: use.end,
        key: keys[isMixed ? 'mixed' : 'typed'][use.role],
        fingerprintKey: keys.typed[use.role],
        params,
        replacements,
      }),
    );
  }
  return findings;
}

export class TypographyMarksIndex implements DocumentIndex {
  private paragraphs: ParagraphMarks[] = [];
  private combined: Finding[] | null = null;
  private totals = {
    gershayim: { proper: 0, typed: 0 },
    geresh: { proper: 0, typed: 0 },
    maqaf: { proper: 0, typed: 0 },
  };

  reset(context: CheckContext): void {
    this.paragraphs = context.document.target.map((p) => analyse(p.text));
    for (const role of roles) this.totals[role] = { proper: 0, typed: 0 };
    for (const marks of this.paragraphs) this.add(marks, 1);
    this.combined = null;
  }

  update(context: CheckContext, paragraph: number): void {
    const text = context.document.target[paragraph]?.text;
    const old = this.paragraphs[paragraph];
    if (text === undefined || old === undefined || old.text === text) return;
    this.add(old, -1);
    const next = analyse(text);
    this.paragraphs[paragraph] = next;
    this.add(next, 1);
    this.combined = null;
  }

  findings(): readonly Finding[] {
    this.combined ??= this.combine();
    return this.combined;
  }

  private combine(): Finding[] {
    const mixed = new Set(roles.filter((r) => this.totals[r].proper > 0 && this.totals[r].typed > 0));
    const mixedKey = [...mixed].join();
    const all: Finding[] = [];
    this.paragraphs.forEach((marks, paragraph) => {
      if (marks.uses.length === 0) return;
      if (marks.cache?.mixedKey !== mixedKey)
        marks.cache = { mixedKey, findings: buildFindings(paragraph, marks, mixed) };
      const findings = marks.cache.findings;
      for (let k = 0; k < findings.length; k++) all.push(findings[k] as Finding);
    });
    return all;
  }

  private add(marks: ParagraphMarks, sign: 1 | -1): void {
    for (const role of roles) {
      this.totals[role].proper += sign * marks.counts[role].proper;
      this.totals[role].typed += sign * marks.counts[role].typed;
    }
  }
}
