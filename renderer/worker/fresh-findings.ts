// Findings computed for an older version of a paragraph are kept only while their range still holds
// their text, so underlines never land on the wrong characters between a keystroke and the answer.
// Checked again only in the paragraphs whose text changed since the last call: a keystroke then costs
// one paragraph's findings, not a pass over every finding of a 2,000-paragraph document.
import type { Finding } from '../../shared/model/finding';

const holds = (f: Finding, target: readonly string[]) =>
  target[f.paragraph]?.slice(f.start, f.end) === f.text;

export class FreshFindings {
  private raw: readonly Finding[] = [];
  private target: readonly string[] = [];
  private byParagraph = new Map<number, Finding[]>();
  private readonly stale = new Set<Finding>();
  private kept: readonly Finding[] = [];

  /** `raw` without its stale findings; the same list object while the verdicts stay the same. */
  of(raw: readonly Finding[], target: readonly string[]): readonly Finding[] {
    if (raw === this.raw && target === this.target) return this.kept;
    let changed = false;
    if (raw !== this.raw || target.length !== this.target.length) {
      this.raw = raw;
      this.byParagraph = new Map();
      for (const f of raw) {
        const list = this.byParagraph.get(f.paragraph);
        if (list) list.push(f);
        else this.byParagraph.set(f.paragraph, [f]);
      }
      this.stale.clear();
      for (const f of raw) if (!holds(f, target)) this.stale.add(f);
      changed = true;
    } else {
      for (let p = 0; p < target.length; p++) {
        if (target[p] === this.target[p]) continue;
        for (const f of this.byParagraph.get(p) ?? []) {
          const wasStale = this.stale.has(f);
          if (holds(f, target) === !wasStale) continue;
          if (wasStale) this.stale.delete(f);
          else this.stale.add(f);
          changed = true;
        }
      }
    }
    this.target = target;
    if (changed) this.kept = this.stale.size === 0 ? raw : raw.filter((f) => !this.stale.has(f));
    return this.kept;
  }
}
