// Words that stand right after a place cue often enough (בעיר עקבה, סביב חמה; name-cues.ts) are kept
// as "slotted": an ordinary word in such a slot may be a name (prefix-overrides.ts lets it back a
// prefixed variant; name-variants.ts admits it as a possible name). Kept as the document changes.
import { PlaceCue, placeCue, placeSlot, slotOf } from './name-cues';
import type { WordStatistics } from './statistics';

export class PlaceSlots {
  /** Words standing after a place cue often enough (placeSlot), with the strongest such cue. */
  readonly slotted = new Map<string, PlaceCue>();
  /** Words standing right after a place cue at least once. */
  private readonly cuePaired = new Set<string>();

  clear(): void {
    this.slotted.clear();
    this.cuePaired.clear();
  }

  /**
   * Every word's place slot after a reset: placeSlot for each word standing after a cue, summed from the
   * cues' side (the words after each cue) rather than by listing the words before each such word.
   */
  settleAll(stats: WordStatistics): void {
    const slots = new Map<string, { inSlot: number; best: PlaceCue }>();
    for (const cue of stats.typeCount.keys()) {
      const level = placeCue(cue);
      if (level === PlaceCue.None) continue;
      stats.next.get(cue)?.forEach((word, count) => {
        this.cuePaired.add(word);
        const slot = slots.get(word);
        if (!slot) slots.set(word, { inSlot: count, best: level });
        else {
          slot.inSlot += count;
          if (level > slot.best) slot.best = level;
        }
      });
    }
    for (const word of this.cuePaired) {
      const { inSlot, best } = slots.get(word) as { inSlot: number; best: PlaceCue };
      const slot = slotOf(inSlot, best, stats.typeCount.get(word) ?? 0);
      if (slot !== PlaceCue.None) this.slotted.set(word, slot);
    }
  }

  /**
   * Settles the slots `edited` (the words of the paragraphs edited since last time) may have changed;
   * returns the words whose slot did, in `edited`'s order.
   */
  settleEdited(stats: WordStatistics, edited: ReadonlySet<string> | null | undefined): string[] {
    const changed: string[] = [];
    // A word's slot changes only by an edit of a paragraph that holds it: when it stands after a cue
    // of that paragraph now (a pair come), or already stood after a cue (a pair gone, or its count
    // changing the share in slots). Every word that stands after a cue is in cuePaired.
    const cues = [...(edited ?? [])].filter((w) => placeCue(w) !== PlaceCue.None);
    const afterEditedCue = (word: string) => cues.some((cue) => stats.adjacentPairs.has(cue, word));
    for (const word of edited ?? []) {
      if (!this.cuePaired.has(word) && !afterEditedCue(word)) continue;
      if (placeSlot(stats.prev.get(word), 0) === PlaceCue.None) this.cuePaired.delete(word);
      else this.cuePaired.add(word);
      if (this.settle(stats, word)) changed.push(word);
    }
    return changed;
  }

  /** Updates a word's place slot; true when it changed. */
  private settle(stats: WordStatistics, word: string): boolean {
    const slot = placeSlot(stats.prev.get(word), stats.typeCount.get(word) ?? 0);
    if (slot === (this.slotted.get(word) ?? PlaceCue.None)) return false;
    if (slot === PlaceCue.None) this.slotted.delete(word);
    else this.slotted.set(word, slot);
    return true;
  }
}
