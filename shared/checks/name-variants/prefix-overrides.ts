// Prefix readings the document supports only through variants: a name that never stands alone but
// appears after two different prefixes (בח'אן יונס, לחאן יונס), or after one prefix and alone in
// another spelling (בבסרה beside בצרה). Words are grouped by the coarse key of each prefix reading; a
// group seen with two or more different prefixes (a standalone spelling counting as the empty prefix)
// gives its words that reading. A name that merely starts with a prefix letter (מחמוד, ביירות) is seen
// with one "prefix" only and keeps it. Also finds words that are ordinary only as prefix + word (להיא
// = ל + היא) but spell a name beside a variant (לאהיא).
import { isCommonWord, isLexiconWord } from '../../hebrew/lexicon';
import { prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
import { Alternation } from '../../hebrew/variants';
import type { ComparisonCache } from './clusters';
import type { StemInfo } from './stem-info';
import type { WordStatistics } from './statistics';
import { MIN_LETTERS } from './stem-use';

/**
 * Alternations strong enough to read an ordinary-looking word as a name spelling (להיא beside לאהיא):
 * a letter swap or a vowel letter alone also relate ordinary words (וכן/וחן).
 */
const STRONG = Alternation.Alef | Alternation.Geresh | Alternation.Article | Alternation.Double;

/** Comparisons allowed in one group (a larger group has a too-common key to say anything). */
const MAX_GROUP_PAIRS = 400;

interface TypeProfile {
  /** Readings with a prefix whose stem could be a name. */
  readonly prefixed: readonly [PrefixReading, StemInfo][];
  /** Ordinary only as prefix + word (להיא), so possibly a name spelling. */
  readonly unstrippable: boolean;
}

interface Group {
  readonly bare: StemInfo[];
  readonly prefixed: [string, PrefixReading, StemInfo][];
}

/** Ordinary Hebrew only as prefix + word (להיא = ל + היא), not as a word or an inflection of its own. */
function isCommonOnlyWithPrefix(word: string): boolean {
  return prefixReadings(word).some((r) => r.prefix !== '' && isCommonWord(r.stem));
}

export class PrefixOverrides {
  /** Word → the reading to use instead of the attested one. */
  overrides = new Map<string, PrefixReading>();
  /** Words kept whole because they spell a name, though a prefix reading is an ordinary word. */
  readonly namesByVariant = new Set<string>();
  private readonly profiles = new Map<string, TypeProfile>();

  constructor(
    private readonly info: (stem: string) => StemInfo,
    private readonly comparisons: ComparisonCache,
  ) {}

  readingOf(stats: WordStatistics, type: string): PrefixReading {
    return this.overrides.get(type) ?? stats.reading(type);
  }

  recompute(stats: WordStatistics): void {
    this.namesByVariant.clear();
    const groups = new Map<string, Group>();
    const group = (key: string) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { bare: [], prefixed: [] }));
      return g;
    };
    const unstripped: [string, StemInfo][] = [];
    // A word other words are read as (וושינגטון in לוושינגטון) is a name in its own right: its own
    // first letter is not a prefix.
    const prefixedStems = new Set<string>();
    for (const type of stats.typeCount.keys()) {
      const base = stats.reading(type);
      if (base.prefix !== '') prefixedStems.add(base.stem);
    }
    for (const type of stats.typeCount.keys()) {
      const base = stats.reading(type);
      const baseInfo = this.info(base.stem);
      if (baseInfo.common) {
        const strippedToWord = base.prefix === '' || isLexiconWord(base.stem);
        if (strippedToWord && this.profile(type).unstrippable) unstripped.push([type, this.info(type)]);
        continue;
      }
      if (baseInfo.letters < MIN_LETTERS) continue;
      if (base.prefix !== '') {
        if (!base.articleRestored) group(baseInfo.key).bare.push(baseInfo);
        else {
          // לחות'ים = ל + החות'ים: the ה the prefix swallowed is the article, so חות'ים is the name.
          const name = this.info(base.stem.slice(1));
          if (!name.common && name.letters >= MIN_LETTERS)
            group(name.key).prefixed.push([type, { prefix: base.prefix, stem: name.stem }, name]);
        }
        continue;
      }
      group(baseInfo.key).bare.push(baseInfo);
      if (prefixedStems.has(type)) continue;
      for (const [r, info] of this.profile(type).prefixed) group(info.key).prefixed.push([type, r, info]);
    }
    const overrides = new Map<string, PrefixReading>();
    const named: StemInfo[] = [];
    for (const [type, whole] of unstripped) {
      const g = groups.get(whole.key);
      const others = g ? [...g.bare, ...g.prefixed.map(([, , info]) => info)] : [];
      const spells = (b: StemInfo) => (this.comparisons.compare(b, whole)?.kinds ?? 0) & STRONG;
      if (others.some((b) => b.stem !== whole.stem && spells(b))) {
        overrides.set(type, { prefix: '', stem: type });
        this.namesByVariant.add(type);
        named.push(whole);
      }
    }
    // Only now, so that two ordinary words (שלאחר, שללאחר) never make each other names.
    for (const whole of named) group(whole.key).bare.push(whole);
    for (const [key, g] of groups) {
      // Two-letter keys are shared by too many unrelated words to say anything about prefixes.
      if (g.prefixed.length === 0 || key.length < 3 || g.bare.length * g.prefixed.length > MAX_GROUP_PAIRS)
        continue;
      const prefixes = new Set(g.prefixed.map(([, r]) => r.prefix));
      const stems = g.prefixed.map(([, , info]) => info);
      if (g.bare.some((b) => stems.some((s) => s.stem !== b.stem && this.comparisons.compare(b, s))))
        prefixes.add('');
      if (prefixes.size < 2) continue;
      for (const [type, reading] of g.prefixed) {
        const current = overrides.get(type);
        if (!current || reading.prefix.length > current.prefix.length) overrides.set(type, reading);
      }
    }
    this.overrides = overrides;
  }

  /** What the grouping needs to know about a word, independent of the document (cached). */
  private profile(type: string): TypeProfile {
    let profile = this.profiles.get(type);
    if (!profile) {
      const prefixed: [PrefixReading, StemInfo][] = [];
      for (const r of prefixReadings(type)) {
        if (r.prefix === '' || r.articleRestored) continue;
        const info = this.info(r.stem);
        if (!info.common && info.letters >= MIN_LETTERS) prefixed.push([r, info]);
      }
      profile = { prefixed, unstrippable: !isLexiconWord(type) && isCommonOnlyWithPrefix(type) };
      this.profiles.set(type, profile);
    }
    return profile;
  }
}
