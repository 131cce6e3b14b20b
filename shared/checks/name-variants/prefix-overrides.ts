// Prefix readings the document supports only through variants: a name that never stands alone but
// appears after two different prefixes (בח'אן יונס, לחאן יונס), or after one prefix and alone in
// another spelling (בבסרה beside בצרה). Words are grouped by the coarse key of each prefix reading
// (prefix-groups.ts; what each word puts in: word-contributions.ts); a group seen with two or more
// different prefixes (a standalone spelling counting as the empty prefix) gives its words that reading
// (group-verdicts.ts). A name that merely starts with a prefix letter (מחמוד, ביירות) is seen with one
// "prefix" only and keeps it. Words that are ordinary only as prefix + word (להיא = ל + היא) may spell
// a name beside a variant (לאהיא; unstripped-names.ts), or be a prefix + a name that is also an
// ordinary word (בדוחה beside דוחא; ordinary-stems.ts).
// Two more readings come from the text around a word rather than from its group: a prefix before a
// maqaf (ב־ח'אן; maqaf-readings.ts), and a multi-word name shared with a variant (בח'אן יונס beside
// חאן יונס; neighbour-readings.ts). Words right after a place cue (place-slots.ts) join their group as
// ordinary spellings, which back a prefixed variant only through a transcription alternation.
// This class keeps all of it incrementally: each word's contribution to the groups is remembered, and
// after an edit only the words whose reading may have changed (WordStatistics.takeChangedTypes) are
// re-contributed and only the groups they touch are judged again, so a keystroke does not redo the
// pass over the document.
import { prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
import type { ComparisonCache } from './clusters';
import { judgeGroup, type Verdict } from './group-verdicts';
import { MaqafReadings } from './maqaf-readings';
import type { PlaceCue } from './name-cues';
import { NeighbourReadings, neighbourDirty } from './neighbour-readings';
import { ordinaryStemNaming } from './ordinary-stems';
import { PlaceSlots } from './place-slots';
import { Group, changeEntry } from './prefix-groups';
import type { WordStatistics } from './statistics';
import { isNamedByVariant } from './unstripped-names';
import { contributionOf, type Contribution } from './word-contributions';

export class PrefixOverrides {
  /** Word → the reading to use instead of the attested one. */
  readonly overrides = new Map<string, PrefixReading>();
  /** Words kept whole because they spell a name, though a prefix reading is an ordinary word. */
  readonly namesByVariant = new Set<string>();
  /**
   * Ordinary words that spell a name after a prefix (דוחה in בדוחה beside דוחא), with how many words
   * of the document read so (judgeOrdinaryStem).
   */
  readonly namedStems = new Map<string, number>();
  /** Word → its reading as prefix + a name that is also an ordinary word (ב + דוחה). */
  private readonly namedReadings = new Map<string, PrefixReading>();
  private readonly slots = new PlaceSlots();
  /** Words standing after a place cue often enough (place-slots.ts), with the strongest such cue. */
  readonly slotted: ReadonlyMap<string, PlaceCue> = this.slots.slotted;
  private readonly contributions = new Map<string, Contribution>();
  private readonly groups = new Map<string, Group>();
  /** Stem → how many words read as that stem after a prefix (such a stem keeps its own first letter). */
  private readonly prefixedStems = new Map<string, number>();
  /** Group key → whether its prefixed readings stand (two different prefixes seen). */
  private readonly verdicts = new Map<string, Verdict>();
  private readonly maqaf = new MaqafReadings();
  private readonly neighbours: NeighbourReadings;

  constructor(private readonly comparisons: ComparisonCache) {
    this.neighbours = new NeighbourReadings(comparisons);
  }

  readingOf(stats: WordStatistics, type: string): PrefixReading {
    return this.overrides.get(type) ?? stats.reading(type);
  }

  /**
   * Brings the overrides up to date with the words that came, went or changed reading since last time,
   * and with `edited`: the words of the paragraphs edited since (their neighbours may have changed).
   * Returns the words whose reading (or named status) may have changed, or 'all' after a reset.
   */
  update(stats: WordStatistics, edited?: ReadonlySet<string> | null): ReadonlySet<string> | 'all' {
    const taken = stats.takeChangedTypes();
    if (taken === 'all') {
      this.clear();
      this.slots.settleAll(stats);
      this.refresh(stats, stats.typeCount.keys(), true);
      return 'all';
    }
    let changed: ReadonlySet<string> = taken;
    const neighbourChanges = edited ? neighbourDirty(stats, edited) : new Set<string>();
    for (const word of this.slots.settleEdited(stats, edited)) changed = new Set([...changed, word]);
    if (changed.size === 0 && neighbourChanges.size === 0) return changed;
    return this.refresh(stats, changed, false, neighbourChanges);
  }

  private clear(): void {
    this.overrides.clear();
    this.namesByVariant.clear();
    this.namedStems.clear();
    this.namedReadings.clear();
    this.contributions.clear();
    this.groups.clear();
    this.prefixedStems.clear();
    this.verdicts.clear();
    this.maqaf.clear();
    this.slots.clear();
    this.neighbours.clear();
  }

  /**
   * `all`: every word of the document, contributed for the first time (after clear). `resettle`: words
   * whose override is to be decided again though their contribution did not change.
   */
  private refresh(
    stats: WordStatistics,
    types: Iterable<string>,
    all = false,
    resettle: ReadonlySet<string> = new Set(),
  ): ReadonlySet<string> {
    const dirtyKeys = new Set<string>();
    const dirtyTypes = new Set<string>();
    if (all) {
      // Which stems are read after a prefix is known before any word is contributed, so each word is
      // contributed once.
      for (const type of types) {
        dirtyTypes.add(type);
        const base = stats.reading(type);
        if (base.prefix !== '') this.bumpPrefixedStem(base.stem, 1);
      }
      for (const type of dirtyTypes) {
        const now = contributionOf(type, stats.reading(type), this.prefixedStems, this.slotted);
        this.contributions.set(type, now);
        this.apply(type, now, 1, dirtyKeys);
      }
    }
    if (all) for (const type of dirtyTypes) this.neighbours.track(type, true);
    const pending = all ? [] : [...types];
    // A word other words are read as (וושינגטון in לוושינגטון) keeps its first letter: when that
    // changes for a word, the word is contributed again. Stems only get shorter along such a chain,
    // so it ends.
    for (let k = 0; k < pending.length; k++) {
      const type = pending[k] as string;
      dirtyTypes.add(type);
      this.neighbours.track(type, stats.typeCount.has(type));
      for (const stem of this.recontribute(stats, type, dirtyKeys))
        if (stats.typeCount.has(stem)) pending.push(stem);
    }
    for (const type of all ? [...dirtyTypes] : pending)
      for (const reader of this.maqaf.update(stats, type)) dirtyTypes.add(reader);
    // Unstrippable words are judged against their group without the named words (so two ordinary
    // words never make each other names), then the named ones join their group as bare spellings.
    for (const key of [...dirtyKeys])
      for (const type of this.groups.get(key)?.unstripped ?? []) dirtyTypes.add(type);
    for (const type of dirtyTypes) this.judgeUnstripped(type, dirtyKeys);
    for (const key of dirtyKeys) {
      const group = this.groups.get(key);
      const verdict = group && judgeGroup(key, group, this.comparisons);
      if (!verdict) this.verdicts.delete(key);
      else this.verdicts.set(key, verdict);
      for (const type of group?.prefixed.keys() ?? []) dirtyTypes.add(type);
    }
    // After the verdicts: an ordinary stem spells a name seen alone or read after standing prefixes.
    const ordinaryJudged = new Set<string>();
    for (const key of dirtyKeys)
      for (const type of this.groups.get(key)?.ordinaryStems.keys() ?? []) ordinaryJudged.add(type);
    for (const type of dirtyTypes) if (this.namedReadings.has(type)) ordinaryJudged.add(type);
    for (const type of ordinaryJudged) this.judgeOrdinaryStem(stats, type, dirtyTypes);
    for (const type of dirtyTypes) this.settleOverride(stats, type);
    // The others count as changed only when their reading did.
    for (const type of resettle) {
      if (dirtyTypes.has(type)) continue;
      const before = this.overrides.get(type);
      this.settleOverride(stats, type);
      const after = this.overrides.get(type);
      if (before?.prefix !== after?.prefix || before?.stem !== after?.stem) dirtyTypes.add(type);
    }
    for (const key of dirtyKeys)
      if (this.groups.get(key)?.isEmpty()) {
        this.groups.delete(key);
        this.verdicts.delete(key);
      }
    return dirtyTypes;
  }

  private group(key: string): Group {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = new Group()));
    return g;
  }

  /**
   * Replaces a word's contribution with its current one; returns the stems whose "read after a prefix"
   * status flipped.
   */
  private recontribute(stats: WordStatistics, type: string, dirtyKeys: Set<string>): string[] {
    const old = this.contributions.get(type);
    if (old) this.apply(type, old, -1, dirtyKeys);
    let now: Contribution | undefined;
    if (stats.typeCount.has(type)) {
      now = contributionOf(type, stats.reading(type), this.prefixedStems, this.slotted);
      this.contributions.set(type, now);
      this.apply(type, now, 1, dirtyKeys);
    } else this.contributions.delete(type);
    const before = old?.prefixedStem;
    const after = now?.prefixedStem;
    const flipped: string[] = [];
    if (before === after) return flipped;
    if (before !== undefined && this.bumpPrefixedStem(before, -1)) flipped.push(before);
    if (after !== undefined && this.bumpPrefixedStem(after, 1)) flipped.push(after);
    return flipped;
  }

  /** Counts a stem read after a prefix; true when it starts or stops being one. */
  private bumpPrefixedStem(stem: string, delta: 1 | -1): boolean {
    const count = (this.prefixedStems.get(stem) ?? 0) + delta;
    if (count === 0) this.prefixedStems.delete(stem);
    else this.prefixedStems.set(stem, count);
    return count === 0 || (delta === 1 && count === 1);
  }

  private apply(type: string, c: Contribution, delta: 1 | -1, dirtyKeys: Set<string>): void {
    if (c.bare) {
      this.group(c.bare.key).bare.add(c.bare, delta);
      dirtyKeys.add(c.bare.key);
    }
    for (const entry of c.prefixed) {
      const g = this.group(entry.key);
      changeEntry(g.prefixed, type, entry, delta);
      g.prefixedTotal += delta;
      dirtyKeys.add(entry.key);
    }
    if (c.ordinary) {
      this.group(c.ordinary.key).ordinary.add(c.ordinary, delta);
      dirtyKeys.add(c.ordinary.key);
    }
    for (const entry of c.ordinaryStems ?? []) {
      changeEntry(this.group(entry.key).ordinaryStems, type, entry, delta);
      dirtyKeys.add(entry.key);
    }
    if (c.unstripped) {
      const g = this.group(c.unstripped.key);
      if (delta === 1) g.unstripped.add(type);
      else {
        g.unstripped.delete(type);
        if (this.namesByVariant.delete(type)) g.named.add(c.unstripped, -1);
      }
      dirtyKeys.add(c.unstripped.key);
    }
  }

  /** Names an unstrippable word, or takes its name back, as its group now says (isNamedByVariant). */
  private judgeUnstripped(type: string, dirtyKeys: Set<string>): void {
    const whole = this.contributions.get(type)?.unstripped;
    if (!whole) return;
    const g = this.group(whole.key);
    const isName = isNamedByVariant(type, whole, g, this.comparisons);
    if (isName === this.namesByVariant.has(type)) return;
    if (isName) this.namesByVariant.add(type);
    else this.namesByVariant.delete(type);
    g.named.add(whole, isName ? 1 : -1);
    dirtyKeys.add(whole.key);
  }

  /**
   * Reads an unstrippable word as a prefix + a name that is also an ordinary word when its groups say so
   * (ordinaryStemNaming). Adds to `changed` the word and the stems that started or stopped being names.
   */
  private judgeOrdinaryStem(stats: WordStatistics, type: string, changed: Set<string>): void {
    const found = stats.typeCount.has(type)
      ? ordinaryStemNaming(
          stats,
          this.comparisons,
          this.contributions.get(type)?.ordinaryStems ?? [],
          this.groups,
          this.verdicts,
        )
      : undefined;
    const old = this.namedReadings.get(type);
    if (old?.stem === found?.stem && old?.prefix === found?.prefix) return;
    changed.add(type);
    if (old) {
      this.namedReadings.delete(type);
      const count = (this.namedStems.get(old.stem) ?? 0) - 1;
      if (count > 0) this.namedStems.set(old.stem, count);
      else this.namedStems.delete(old.stem);
      changed.add(old.stem);
    }
    if (found) {
      this.namedReadings.set(type, found);
      this.namedStems.set(found.stem, (this.namedStems.get(found.stem) ?? 0) + 1);
      changed.add(found.stem);
    }
  }

  /**
   * A word's override: kept whole when named; else its own maqaf reading (ב־ח׳אן); else its longest
   * prefixed reading whose group stands; else a reading whose stem a maqaf attests; else its reading
   * by a multi-word name it shares with a variant.
   */
  private settleOverride(stats: WordStatistics, type: string): void {
    if (this.namesByVariant.has(type)) {
      this.overrides.set(type, { prefix: '', stem: type });
      return;
    }
    const named = this.namedReadings.get(type);
    if (named) {
      this.overrides.set(type, named);
      return;
    }
    let best = this.maqaf.readingOf(type);
    if (!best) {
      // Of the readings that stand, the one whose group shows more prefixes; on a tie the shorter
      // prefix (בכרבלא beside לכרבלה: ב + כרבלא, not בכ + רבלא; names often begin with a prefix letter).
      let bestPrefixes = 0;
      for (const entry of this.contributions.get(type)?.prefixed ?? []) {
        const verdict = this.verdicts.get(entry.key);
        if (!verdict || (verdict.stands !== true && !verdict.stands.has(entry.info.stem))) continue;
        if (
          !best ||
          verdict.prefixes > bestPrefixes ||
          (verdict.prefixes === bestPrefixes && entry.reading.prefix.length < best.prefix.length)
        ) {
          best = entry.reading;
          bestPrefixes = verdict.prefixes;
        }
      }
    }
    if (!best && stats.typeCount.has(type)) {
      const base = stats.reading(type);
      if (this.maqaf.attestsAny())
        for (const r of prefixReadings(type))
          if (r.prefix.length > (best ?? base).prefix.length && this.maqaf.attests(r.stem)) best = r;
      if (!best && base.prefix === '') best = this.neighbours.readingOf(stats, type);
    }
    if (best) this.overrides.set(type, best);
    else this.overrides.delete(type);
  }
}
