// name-variants: one name spelled several ways in one document (issue "The checking engine", check 1).
//
// How a spelling is judged to be a name, and two spellings one name (each rule is tested in
// name-variants.test.ts; the alternations are HEBREW.md §6):
//   1. Words are compared without their Hebrew prefixes. A prefix comes off only when the rest is
//      attested: it occurs on its own elsewhere in the document, or in the glossary (ברסטן → רסטן
//      only because רסטן occurs; ביירות keeps its ב). Vav doubling and the article ה are undone.
//   2. Candidates are stems of three or more letters that are not ordinary Hebrew: not in the
//      common-vocabulary lexicon, even after removing prefixes and inflectional suffixes. An ordinary
//      word joins only when it stands right next to a candidate, as the first word of a multi-word
//      name (חיית in חיית תחריר א-שאם), and it can only cluster with a non-ordinary spelling.
//   3. Two candidates are spellings of one name when the weighted alternation distance between them is
//      within a threshold that grows with length (variants.ts): optional ו/י/א, doubled letters,
//      geresh forms, the Arabic article, final ה/א/ת, sound-alike letters. Short names allow one
//      optional letter at most; ו/י before a final ה/ת (-iya, -it) is an ending, not a variant.
//   4. A cluster is reported only with enough evidence that it is a name (score ≥ 3):
//        +2 the spellings differ by a transcription alternation (א, geresh, article, letter swap,
//           ending, doubled consonant), not only by ו/י as Hebrew plene spelling does (ספר/סיפר);
//        +1 no spelling is ordinary Hebrew, −1 when one is;
//        +1 a spelling carries an Arabic article, a geresh or -אללה;
//        +2 two spellings share a non-ordinary neighbour word (the rest of a multi-word name),
//           +1 if the shared neighbour is an ordinary word;
//        +1 a spelling stands next to Latin text ("(HTS)"); +2 it matches a capitalised word of the
//           English source; +3 it is a glossary term;
//        +1 the cluster occurs three times or more.
//   5. The preferred spelling is the glossary's preferred term, else the most frequent one, else the
//      one used first. Every other spelling is reported (warning) with the preferred one as the fix,
//      the user's prefix kept (ולראסטן → ולרסטן).
import type { Finding } from '../model/finding';
import { normalizeWord } from '../hebrew/normalize';
import { attachPrefix, prefixReadings, type PrefixReading } from '../hebrew/prefixes';
import { Alternation, FOREIGN_ALTERNATIONS } from '../hebrew/variants';
import { isCommonWord, isLexiconWord } from '../hebrew/lexicon';
import { buildFinding } from './finding-builder';
import { hashString } from './fingerprint';
import type { Check, CheckContext } from './types';
import type { DocumentIndex } from './registry';
import { WordStatistics } from './name-variants/statistics';
import { stemInfo, type StemInfo } from './name-variants/stem-info';
import {
  ComparisonCache,
  clusterCandidates,
  type Candidate,
  type StemCluster,
} from './name-variants/clusters';
import { sourceNameKeys } from './name-variants/source-names';
import { glossaryWords, type GlossaryWords } from './name-variants/glossary-words';
import { gluedWordFindings } from './glued-words';

const MIN_LETTERS = 3;

/** Words that introduce a name in news Hebrew: places, organisations, titles (with the article). */
const NAME_CUES = new Set(
  'העיר העיירה הכפר מחנה שכונת השכונה אזור באזור האזור נמל הנמל נהר הנהר הר מחוז נפת חבל גשר מעבר מעברי ארגון הארגון תנועת חזית גדודי מבצע נשיא הנשיא ראש שר שרת השר מזכ״ל מנהיג המנהיג דובר דוברת בכיר מפקד המפקד סוכנות רשת ערוץ השייח׳ שייח׳ שיח׳ אבו אום בן בנו בת ד״ר מר גברת'.split(
    ' ',
  ),
);
const ACCEPT_SCORE = 3;
/** Unknown words this long that differ only by ו/י are more often transcriptions than Hebrew inflection. */
const LONG_WORD = 5;
/** Comparisons allowed in one prefix-reading group (a larger group is a too-common key). */
const MAX_GROUP_PAIRS = 400;

/** One spelling (stem) in the document: how often, through which words, first seen where. */
interface TypeProfile {
  /** Readings with a prefix whose stem could be a name. */
  readonly prefixed: readonly [PrefixReading, StemInfo][];
  /** Ordinary only as prefix + word (להיא), so possibly a name spelling. */
  readonly unstrippable: boolean;
}

/** A cluster's findings and score, reusable while none of its words is in an edited paragraph. */
interface ClusterResult {
  readonly score: number;
  readonly findings: readonly Finding[];
}

interface StemUse {
  readonly info: StemInfo;
  count: number;
  readonly types: string[];
}

export class NameVariantIndex implements DocumentIndex {
  readonly stats = new WordStatistics();
  private readonly infos = new Map<string, StemInfo>();
  private readonly profiles = new Map<string, TypeProfile>();
  /** Words of the paragraphs edited since the last re-check; null after a reset (everything is new). */
  private dirtyTypes: Set<string> | null = null;
  private clusterResults = new Map<string, ClusterResult>();
  private readonly comparisons = new ComparisonCache();
  private sourceKeys = new Set<string>();
  private glossary: GlossaryWords = { stems: new Set(), preferred: new Map() };
  private cached: Finding[] | null = null;
  /** Findings built by the last re-check, by content, and those of the current one. */
  private previousFindings = new Map<string, Finding>();
  private currentFindings = new Map<string, Finding>();
  private overrides = new Map<string, PrefixReading>();
  /** Stem → the first spelling of its candidate cluster (for neighbour comparison). */
  private readonly canonical = new Map<string, string>();
  /** Words kept whole because they spell a name (להיא beside לאהיא), though a prefix reading is a word. */
  private readonly namesByVariant = new Set<string>();

  reset(context: CheckContext): void {
    this.glossary = glossaryWords(context.glossary);
    this.sourceKeys = new Set(context.document.source.flatMap((p) => sourceNameKeys(p.text)));
    this.stats.reset(context.document, this.glossary.stems);
    this.dirtyTypes = null;
    this.cached = null;
  }

  update(context: CheckContext, paragraph: number): void {
    const old = this.stats.paragraphs[paragraph];
    this.stats.update(paragraph, context.document.target[paragraph]?.text ?? '');
    const now = this.stats.paragraphs[paragraph];
    if (this.dirtyTypes)
      for (const words of [old, now])
        for (const type of words?.counts.keys() ?? []) this.dirtyTypes.add(type);
    this.cached = null;
  }

  findings(): readonly Finding[] {
    if (this.cached === null) this.cached = this.compute();
    return this.cached;
  }

  info(stem: string): StemInfo {
    let info = this.infos.get(stem);
    if (!info) this.infos.set(stem, (info = stemInfo(stem)));
    return info;
  }

  /**
   * Prefix readings the document supports only through variants: a name that never stands alone but
   * appears after two different prefixes (בח'אן יונס, לחאן יונס) or after one prefix and alone in
   * another spelling. Words are grouped by the coarse key of each prefix reading; a group seen with two
   * or more different prefixes (the bare word counting as the empty prefix) gives its words that reading.
   * A name that merely starts with a prefix letter (מחמוד, ביירות) is seen with one "prefix" only.
   */
  private prefixOverrides(): Map<string, PrefixReading> {
    interface Group {
      readonly bare: StemInfo[];
      readonly prefixed: [string, PrefixReading, StemInfo][];
    }
    const groups = new Map<string, Group>();
    const group = (key: string) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { bare: [], prefixed: [] }));
      return g;
    };
    const unstripped: [string, StemInfo][] = [];
    for (const type of this.stats.typeCount.keys()) {
      const base = this.stats.reading(type);
      const baseInfo = this.info(base.stem);
      if (baseInfo.common) {
        // להיא is ordinary only as ל + היא; beside לאהיא it is a spelling of that name.
        const strippedToWord = base.prefix === '' || isLexiconWord(base.stem);
        if (strippedToWord && this.profile(type).unstrippable) unstripped.push([type, this.info(type)]);
        continue;
      }
      if (baseInfo.common || baseInfo.letters < MIN_LETTERS) continue;
      if (base.prefix !== '') {
        if (!base.articleRestored) group(baseInfo.key).bare.push(baseInfo);
        // לחות'ים = ל + החות'ים: the ה the prefix swallowed is the article, so חות'ים is the name.
        if (base.articleRestored) {
          const name = this.info(base.stem.slice(1));
          if (!name.common && name.letters >= MIN_LETTERS)
            group(name.key).prefixed.push([type, { prefix: base.prefix, stem: name.stem }, name]);
        }
        continue;
      }
      group(baseInfo.key).bare.push(baseInfo);
      for (const [r, info] of this.profile(type).prefixed) group(info.key).prefixed.push([type, r, info]);
    }
    const overrides = new Map<string, PrefixReading>();
    const named: StemInfo[] = [];
    for (const [type, whole] of unstripped) {
      const g = groups.get(whole.key);
      const others = g ? [...g.bare, ...g.prefixed.map(([, , info]) => info)] : [];
      if (others.some((b) => b.stem !== whole.stem && this.comparisons.compare(b, whole))) {
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
      const bareVariant = g.bare.some((b) =>
        stems.some((s) => s.stem !== b.stem && this.comparisons.compare(b, s)),
      );
      if (bareVariant) prefixes.add('');
      if (prefixes.size < 2) continue;
      for (const [type, reading] of g.prefixed) {
        const current = overrides.get(type);
        if (!current || reading.prefix.length > current.prefix.length) overrides.set(type, reading);
      }
    }
    return overrides;
  }

  /** What the prefix-reading pass needs to know about a word, independent of the document (cached). */
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

  private readingOf(type: string): PrefixReading {
    return this.overrides.get(type) ?? this.stats.reading(type);
  }

  /** Every stem in the document with its uses. */
  stemUses(): Map<string, StemUse> {
    const uses = new Map<string, StemUse>();
    for (const [type, count] of this.stats.typeCount) {
      const { stem } = this.readingOf(type);
      let use = uses.get(stem);
      if (!use) {
        const info = this.info(stem);
        const named = this.namesByVariant.has(stem) ? { ...info, common: false } : info;
        uses.set(stem, (use = { info: named, count: 0, types: [] }));
      }
      use.count += count;
      use.types.push(type);
    }
    return uses;
  }

  /** The first paragraph a stem is used in (ties between equally frequent spellings go to the first). */
  private firstParagraph(use: StemUse): number {
    let first = Infinity;
    for (const type of use.types) for (const p of this.stats.paragraphsOf(type)) if (p < first) first = p;
    return first;
  }

  private compute(): Finding[] {
    this.previousFindings = this.currentFindings;
    this.currentFindings = new Map();
    // Prefix readings depend on which words occur at all, not on how often.
    if (this.stats.takePresenceChange()) {
      this.namesByVariant.clear();
      this.overrides = this.prefixOverrides();
    }
    const uses = this.stemUses();
    const candidates: Candidate[] = [];
    const candidateKeys = new Set<string>();
    for (const use of uses.values()) {
      const { info } = use;
      if (info.letters < MIN_LETTERS || info.common) continue;
      candidates.push({ info, contextOnly: false });
      candidateKeys.add(info.key);
    }
    // An ordinary word joins only if it could match a candidate and stands next to a name-like word.
    for (const use of uses.values()) {
      const { info } = use;
      if (!info.common || info.letters < MIN_LETTERS || !candidateKeys.has(info.key)) continue;
      if (use.types.some((t) => this.hasNameNeighbour(t, uses))) candidates.push({ info, contextOnly: true });
    }
    const findings: Finding[] = [];
    const clusters = clusterCandidates(candidates, this.comparisons);
    // A neighbour is named by its cluster's first spelling, so רסטן and ראסטן count as one neighbour:
    // the evidence does not change when the user fixes the neighbour.
    this.canonical.clear();
    for (const cluster of clusters)
      for (const m of cluster.members)
        this.canonical.set(m.info.stem, (cluster.members[0] as Candidate).info.stem);
    const results = new Map<string, ClusterResult>();
    for (const cluster of clusters) {
      const result = this.clusterResult(cluster, uses);
      results.set(result.signature, result);
      if (result.score >= ACCEPT_SCORE) for (const f of result.findings) findings.push(f);
    }
    this.clusterResults = results;
    this.dirtyTypes = new Set();
    // Glued words need the same attestation data; they are reported under the typography check.
    findings.push(...gluedWordFindings(this.stats));
    return findings;
  }

  /**
   * Score and findings of a cluster, reused from the previous re-check when the cluster is the same
   * (same spellings, same counts) and none of its words is in an edited paragraph: then neither its
   * occurrences, nor its neighbours, nor the paragraphs its findings point into have changed.
   */
  private clusterResult(
    cluster: StemCluster,
    uses: Map<string, StemUse>,
  ): ClusterResult & { signature: string } {
    const members = cluster.members.map((m) => uses.get(m.info.stem) as StemUse);
    const signature = members
      .map((m) => `${m.info.stem}:${m.count}:${m.info.common ? 1 : 0}`)
      .sort()
      .join('|');
    const dirty = this.dirtyTypes;
    const previous = this.clusterResults.get(signature);
    if (previous && dirty && !members.some((m) => m.types.some((t) => dirty.has(t))))
      return { ...previous, signature };
    const score = this.score(cluster, uses);
    return { signature, score, findings: score >= ACCEPT_SCORE ? this.report(cluster, uses) : [] };
  }

  /** Neighbouring stems of a stem's words, tagged with the side ("<" before, ">" after). */
  private canonicalStem(type: string): string {
    const stem = this.readingOf(type).stem;
    return this.canonical.get(stem) ?? stem;
  }

  private neighbours(use: StemUse): Set<string> {
    const out = new Set<string>();
    for (const type of use.types) {
      for (const other of this.stats.next.get(type)?.keys() ?? []) out.add('>' + this.canonicalStem(other));
      for (const other of this.stats.prev.get(type)?.keys() ?? []) out.add('<' + this.canonicalStem(other));
    }
    return out;
  }

  private score(cluster: StemCluster, uses: Map<string, StemUse>): number {
    const members = cluster.members.map((m) => uses.get(m.info.stem) as StemUse);
    let score = 0;
    const anyCommon = members.some((m) => m.info.common);
    if (cluster.kinds & FOREIGN_ALTERNATIONS) score += 2;
    else if (!anyCommon && cluster.kinds & Alternation.Plene)
      score += members.every((m) => m.info.letters >= LONG_WORD) ? 2 : 1;
    // A final ה/ת difference alone is the Hebrew construct state (ליגה/ליגת): no evidence of a name.
    score += anyCommon ? -1 : 1;
    if (members.some((m) => m.info.arabicLooking)) score += 1;
    score += this.sharedNeighbourScore(members, uses);
    if (members.some((m) => this.inNameContext(m, uses))) score += 1;
    if (
      members.some(
        (m) =>
          this.sourceKeys.has(m.info.key) ||
          (m.info.joinedKey !== undefined && this.sourceKeys.has(m.info.joinedKey)),
      )
    )
      score += 2;
    if (members.some((m) => this.glossary.stems.has(m.info.stem))) score += 3;
    if (members.reduce((sum, m) => sum + m.count, 0) >= 3) score += 1;
    return score;
  }

  /**
   * A spelling stands where names stand: after a word that introduces one (העיר, הכפר, נשיא …), next to
   * another name-like word (the rest of a multi-word name: ח'אן יונס, עבד אל-מלכ), or next to Latin text.
   */
  private inNameContext(use: StemUse, uses: Map<string, StemUse>): boolean {
    for (const type of use.types) {
      if (this.stats.latinNeighbours.has(type)) return true;
      for (const other of this.stats.prev.get(type)?.keys() ?? []) {
        if (NAME_CUES.has(other) || NAME_CUES.has(this.readingOf(other).stem)) return true;
        if (this.isNameLike(other, uses)) return true;
      }
      for (const other of this.stats.next.get(type)?.keys() ?? [])
        if (this.isNameLike(other, uses)) return true;
    }
    return false;
  }

  private hasNameNeighbour(type: string, uses: Map<string, StemUse>): boolean {
    for (const side of [this.stats.next.get(type), this.stats.prev.get(type)])
      for (const other of side?.keys() ?? []) if (this.isNameLike(other, uses)) return true;
    return false;
  }

  private isNameLike(type: string, uses: Map<string, StemUse>): boolean {
    const info = uses.get(this.readingOf(type).stem)?.info;
    return info !== undefined && !info.common && info.letters >= MIN_LETTERS;
  }

  private sharedNeighbourScore(members: StemUse[], uses: Map<string, StemUse>): number {
    let best = 0;
    const sets = members.map((m) => this.neighbours(m));
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++)
        for (const n of sets[i] as Set<string>) {
          if (!(sets[j] as Set<string>).has(n)) continue;
          const info = uses.get(n.slice(1))?.info;
          best = Math.max(best, info && !info.common && info.letters >= MIN_LETTERS ? 2 : 1);
          if (best === 2) return best;
        }
    return best;
  }

  /** The preferred spelling: glossary, then frequency, then first use. */
  /** `members` are sorted most frequent first, then first used. */
  private preferred(members: StemUse[]): { stem: string; count: number } {
    for (const m of members) {
      const pref = this.glossary.preferred.get(m.info.stem);
      if (pref !== undefined)
        return { stem: pref, count: members.find((x) => x.info.stem === pref)?.count ?? 0 };
    }
    const top = members[0] as StemUse;
    return { stem: top.info.stem, count: top.count };
  }

  private report(cluster: StemCluster, uses: Map<string, StemUse>): Finding[] {
    const firsts = new Map<StemUse, number>();
    const first = (u: StemUse) => {
      let f = firsts.get(u);
      if (f === undefined) firsts.set(u, (f = this.firstParagraph(u)));
      return f;
    };
    const members = cluster.members
      .map((m) => uses.get(m.info.stem) as StemUse)
      .sort((a, b) => b.count - a.count || first(a) - first(b) || (a.info.stem < b.info.stem ? -1 : 1));
    const preferred = this.preferred(members);
    const surfaces = new Map(members.map((m) => [m.info.stem, this.surfaceOf(m)]));
    const variants = members.map((m) => surfaces.get(m.info.stem) as string);
    const clusterId =
      'nv:' +
      hashString(
        members
          .map((m) => m.info.stem)
          .sort()
          .join('\u0000'),
      );
    const preferredSurface = surfaces.get(preferred.stem) ?? preferred.stem;
    const findings: Finding[] = [];
    for (const member of members) {
      if (member.info.stem === preferred.stem) continue;
      for (const type of member.types) {
        const reading = this.readingOf(type);
        for (const paragraph of this.stats.paragraphsOf(type)) {
          const text = this.stats.paragraphs[paragraph]?.text ?? '';
          for (const word of this.stats.occurrences(paragraph, type)) {
            const prefix = text.slice(
              word.start,
              word.start + this.prefixLength(text, word, reading.prefix.length),
            );
            const replacement = attachPrefix(prefix, preferredSurface, reading.articleRestored);
            const params = {
              found: surfaces.get(member.info.stem) as string,
              preferred: preferredSurface,
              count: preferred.count,
              spellings: members.length,
            };
            findings.push(
              this.finding(paragraph, text, word.start, word.end, params, replacement, variants, clusterId),
            );
          }
        }
      }
    }
    return findings;
  }

  /** Builds a finding, or reuses the identical one from the previous re-check (fingerprints cost a hash). */
  private finding(
    paragraph: number,
    text: string,
    start: number,
    end: number,
    params: Record<string, string | number>,
    replacement: string,
    variants: string[],
    clusterId: string,
  ): Finding {
    const version = this.stats.versions[paragraph] ?? 0;
    const key = `${paragraph}:${version}:${start}:${end}:${replacement}:${params.count}:${clusterId}:${variants.join('|')}`;
    let finding = this.previousFindings.get(key);
    if (!finding)
      finding = buildFinding({
        check: 'name-variants',
        severity: 'warning',
        paragraph,
        paragraphText: text,
        start,
        end,
        key: 'name-variant',
        params,
        replacements: [replacement],
        variants,
        clusterId,
      });
    this.currentFindings.set(key, finding);
    return finding;
  }

  /** Length in the original text of a prefix of `letters` letters (longer only when niqqud or marks sit in it). */
  private prefixLength(
    text: string,
    word: { start: number; end: number; norm: string },
    letters: number,
  ): number {
    return word.end - word.start === word.norm.length
      ? letters
      : originalPrefixLength(text, word.start, letters);
  }

  /**
   * How the document writes a stem: a standalone occurrence as typed (geresh and maqaf kept), else an
   * occurrence after a prefix with the prefix cut off, else the comparison form.
   */
  private surfaceOf(use: StemUse): string {
    let best: { paragraph: number; text: string } | undefined;
    for (const type of use.types) {
      const reading = this.readingOf(type);
      for (const paragraph of this.stats.paragraphsOf(type)) {
        if (best && best.paragraph <= paragraph && reading.prefix !== '') continue;
        const text = this.stats.paragraphs[paragraph]?.text ?? '';
        const word = this.stats.occurrences(paragraph, type)[0];
        if (!word) continue;
        const cut = this.prefixLength(text, word, reading.prefix.length);
        let surface = normalizeInvisibles(text.slice(word.start + cut, word.end));
        if (reading.articleRestored) surface = 'ה' + surface;
        if (reading.prefix === '') return surface;
        if (!best || paragraph < best.paragraph) best = { paragraph, text: surface };
      }
    }
    return best?.text ?? use.info.stem;
  }
}

/** Drops niqqud and invisible controls but keeps the typed geresh/maqaf characters. */
function normalizeInvisibles(text: string): string {
  return text.replace(
    /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g,
    '',
  );
}

/** Length in the original text of a prefix that has `letters` characters in comparison form. */
function originalPrefixLength(text: string, start: number, letters: number): number {
  if (letters === 0) return 0;
  let seen = 0;
  let i = start;
  while (i < text.length && seen < letters) {
    if (normalizeWord(text[i] as string) !== '' || /[-‐–—־]/.test(text[i] as string)) seen++;
    i++;
  }
  return i - start;
}

/** Ordinary Hebrew only as prefix + word (להיא = ל + היא), not as a word or an inflection of its own. */
function isCommonOnlyWithPrefix(word: string): boolean {
  return prefixReadings(word).some((r) => r.prefix !== '' && isCommonWord(r.stem));
}

/** name-variants as a plain Check (a fresh index per run); the engine keeps one index incrementally. */
export const nameVariantsCheck: Check = {
  id: 'name-variants',
  run(context) {
    const index = new NameVariantIndex();
    index.reset(context);
    return index.findings().filter((f) => f.check === 'name-variants');
  },
};
