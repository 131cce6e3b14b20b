// A pass's answers per word, kept between re-checks: each answer with the words (stems, or words as
// written) it read, found again only when one of those was edited, re-read or moved. Most keystrokes
// touch none of them, and a pass asks about hundreds of words (typing-slips: every unknown word
// written once or twice; compounds: every unknown word of five letters).
export class KeptAnswers<V> {
  /** Word asked about → its answer. */
  private readonly found = new Map<string, V>();
  /** Word read → the words whose answer read it. */
  private readonly readers = new Map<string, Set<string>>();
  /** Word asked about → the words its answer read. */
  private readonly read = new Map<string, readonly string[]>();

  get(word: string): V | undefined {
    return this.found.get(word);
  }

  set(word: string, answer: V, read: readonly string[]): void {
    this.drop(word);
    this.found.set(word, answer);
    this.read.set(word, read);
    for (const key of read) {
      let words = this.readers.get(key);
      if (!words) this.readers.set(key, (words = new Set()));
      words.add(word);
    }
  }

  /**
   * Drops the answers that read one of `changed` or one of `related(word)` (null: every answer, after a
   * reset). `related`: the words whose readers a change of `word` concerns besides its own.
   */
  forget(changed: ReadonlySet<string> | null, related: (word: string) => readonly string[] = () => []): void {
    if (changed === null) {
      this.found.clear();
      this.readers.clear();
      this.read.clear();
      return;
    }
    const drop = (key: string) => {
      const words = this.readers.get(key);
      if (words) for (const word of [...words]) this.drop(word);
    };
    for (const word of changed) {
      drop(word);
      for (const other of related(word)) drop(other);
    }
  }

  private drop(word: string): void {
    const read = this.read.get(word);
    if (!read) return;
    for (const key of read) {
      const words = this.readers.get(key);
      words?.delete(word);
      if (words?.size === 0) this.readers.delete(key);
    }
    this.read.delete(word);
    this.found.delete(word);
  }
}
