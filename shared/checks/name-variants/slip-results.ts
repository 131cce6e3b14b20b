// What typing-slips found for each possible slip, kept between re-checks. A slip's answer reads its
// own words, the uses of the spellings one slip away from each of its readings, and the right
// spellings that read as one of its readings with a consonant left out; it is found again only when
// the words of one of those stems were edited, re-read or moved. Most keystrokes touch none of them,
// and a document has hundreds of possible slips (every unknown word written once or twice).
import type { Finding } from '../../model/finding';

export class SlipResults {
  /** Slip stem → its findings, before those of the earlier passes are taken out. */
  private readonly found = new Map<string, readonly Finding[]>();
  /** Stem → the slips whose answer read it. */
  private readonly readers = new Map<string, Set<string>>();
  /** Slip stem → the stems its answer read. */
  private readonly read = new Map<string, readonly string[]>();

  get(slip: string): readonly Finding[] | undefined {
    return this.found.get(slip);
  }

  set(slip: string, findings: readonly Finding[], stems: readonly string[]): void {
    this.drop(slip);
    this.found.set(slip, findings);
    this.read.set(slip, stems);
    for (const stem of stems) {
      let slips = this.readers.get(stem);
      if (!slips) this.readers.set(stem, (slips = new Set()));
      slips.add(slip);
    }
  }

  /**
   * Drops the answers that read one of `stems` or one of `related(stem)` (null: every answer, after a
   * reset). `related`: the stems whose readers a change of `stem` concerns besides its own.
   */
  forget(stems: ReadonlySet<string> | null, related: (stem: string) => readonly string[]): void {
    if (stems === null) {
      this.found.clear();
      this.readers.clear();
      this.read.clear();
      return;
    }
    const drop = (key: string) => {
      const slips = this.readers.get(key);
      if (slips) for (const slip of [...slips]) this.drop(slip);
    };
    for (const stem of stems) {
      drop(stem);
      for (const other of related(stem)) drop(other);
    }
  }

  private drop(slip: string): void {
    const stems = this.read.get(slip);
    if (!stems) return;
    for (const stem of stems) {
      const slips = this.readers.get(stem);
      slips?.delete(slip);
      if (slips?.size === 0) this.readers.delete(stem);
    }
    this.read.delete(slip);
    this.found.delete(slip);
  }
}
