// name-variants: one name spelled several ways in one document (issue "The checking engine", check 1).
//
// How a spelling is judged to be a name, and two spellings one name (each rule is tested in
// name-variants.test.ts; the alternations are HEBREW.md §6):
//   1. Words are compared without their Hebrew prefixes. A prefix comes off only when the rest is
//      attested: it occurs on its own elsewhere in the document, or in the glossary, or carries the
//      Arabic article (ברסטן → רסטן only because רסטן occurs; ביירות keeps its ב). Vav doubling and
//      the article ה are undone. A name never seen alone still loses its prefix when the document shows
//      it after two different prefixes, or after one beside a standalone variant, or before the same
//      name word as a variant (בח'אן יונס beside חאן יונס); a prefix with a hyphen (ב-ח'אן) is always a
//      prefix, and attests its stem. Where a key is too short to group by (two letters), only the very
//      same stem after two prefixes counts (המוואסי, במוואסי); of two readings that stand, the one with
//      more prefixes behind it, else the shorter prefix (ב + כרבלא, not בכ + רבלא; prefix-overrides.ts).
//      A word ordinary only as prefix + word whose word never stands alone and differs from a name of
//      the document as only a transcription does is that prefix + the name (בדוחה = ב + דוחה beside
//      לדוחא; the word then counts as a name, QA-CHECKS.md fix 23).
//   2. Candidates are stems of three or more letters that are not ordinary Hebrew: not in the
//      common-vocabulary lexicon, even after removing prefixes and inflectional suffixes. An ordinary
//      word joins only when it stands right next to a candidate, as the first word of a multi-word
//      name (חיית in חיית תחריר א-שאם), and it can only cluster with a non-ordinary spelling. Or it
//      stands right after a place noun (העיר חמאה, בעיר עקבה; name-cues.ts): then it may pair with
//      another ordinary spelling, if the two differ as transcriptions do (א, geresh, article, לל) and
//      the other stands after a place noun or preposition (סביב חמה), or, whatever they differ by,
//      both stand after the same place noun (כפר תבנית / כפר תיבנית). A word only the news word list
//      knows is a spelling seen in print, as names are: it may pair with an unknown spelling of five
//      letters or more that differs from it by an א (ניקולס / ניקולאס), or with an unknown spelling
//      before the same word only the news list knows (קמלה / קמאלה האריס, not after two definite
//      spellings: האסלאם הקיצוני), or with another such word an א apart before the same unknown name
//      word (בדר / באדר אל־בוסעידי; printed-pairs.ts), or with a name spelling after the same title
//      or name noun (סוכנות ופא / סוכנות ו׳פא). Ordinary words that nothing shows to be names
//      are left out of a cluster before it is judged (מלך beside עבד אל-מלכ).
//   3. Two candidates are spellings of one name when the weighted alternation distance between them is
//      within a threshold that grows with length (variants.ts): optional ו/י/א, doubled letters,
//      geresh forms, the Arabic article, final ה/א/ת, sound-alike letters, a silent Turkish ğ (ארדוגאן
//      / ארדואן). Short names allow one optional letter at most, and a ו/י alone between three-letter
//      spellings joins them only beside a shared name word (סיף / סייף אל־אסלאם, not ציר / צייר;
//      ShortPlene); so does a pair of five letters or more up to 0.5 past the threshold by the table's
//      alternations (אוסמן / עוסמאן דמבלה; Far), or with one spelling a name the built-in tables
//      list and the other a word no list knows (נוסייראת / נושאיראת); ו/י before a final ה/ת (-iya, -it) is
//      an ending, not a variant. An א moved across one consonant in four letters (כמאל/כאמל) is also
//      two names (ראשד/רשאד): such a cluster is reported only beside a shared name word, or when one
//      spelling stands in a full name and the other alone, never beside another name, or when one is a
//      name the built-in tables list and the other a word no list knows (דאעש / דעאש; moved-short.ts).
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
//      Never reported: two established exonyms of the starter glossary (עמאן Amman / עומאן Oman), an
//      article-only difference where the bare word always stands in construct before a definite one
//      (הייאת תחריר א-שאם beside כיכר א-תחריר; evidence.ts), and a country in -יה beside its people's
//      feminine adjective in -ית (נורבגיה / הנורבגית), a pair never compared at all
//      (country-adjective.ts).
//   5. The preferred spelling is the glossary's preferred term (without a user glossary, the starter
//      table's established form when the document writes it), else the most frequent one, else the
//      one used first. Two passes never fix the same pair of spellings both ways (one-direction.ts).
//      Every other spelling is reported (warning) with the preferred one as the fix,
//      the user's prefix kept (ולראסטן → ולרסטן).
//   6. A non-ordinary word whose letters are those of two adjacent words is the same name written as
//      one word or two (טולכרם / טול כרם, אבו-גוש / אבו גוש; compounds.ts).
//   7. An acronym written with its gershayim and without (דאעש beside דאע״ש) is reported with the way
//      used more often as the fix, the gershayim form on a tie, unless the bare letters are an ordinary
//      word (עוד, עו״ד; acronyms.ts); three bare letters only beside the same name word, or when the last
//      is a regular form where Hebrew writes a final one (מרצ beside מר״צ), or they are never written after
//      a prefix (אמל beside אמ״ל).
//   8. Without a glossary, a spelling the starter table deprecates beside its established form, both in
//      the document, is reported with the established form as the fix (חאלב beside חלב; established.ts);
//      so is a word of a Hebrew place name written defectively beside its full spelling (קרית beside
//      קריית; full-spelling-names.ts), with a glossary too, and a word the press writes two accepted
//      ways mixed in one document (טורקיה/תורכיה, מוחמד/מחמד; dual-spellings.ts), with the way used most.
//   9. A compound written with a maqaf and with a space (בת־ים / בת ים), its parts ordinary words or not,
//      either maybe after a prefix (שקריית־גת / בקריית גת), is reported with the commoner form, unless
//      its first part is a particle of grammar (על־ידי; maqaf-spacing.ts).
//  10. A name written once or twice with a typing slip (two neighbouring letters swapped, one consonant
//      left out or added: סילבה / סיבלה, נרנדרה / נרנדה) beside its right spelling, when both stand
//      beside the same name word (from four letters), or when the slip, of five letters or more and
//      written once, swaps two letters other than ו/י or leaves a consonant out of a spelling written
//      three times or more, twice when the slip has eight letters or more (seven when a consonant is
//      left out), or swaps a ו/י before the last letter of six or more of a spelling no list knows
//      (איקרית / איקירת); the right spelling may be written only after a prefix (typing-slips.ts).
//  11. A name that begins with a consonantal ו written with וו (וויטקוף beside ויטקוף) where "and"
//      cannot stand: after the name's own first name or after a preposition. Elsewhere the וו is the
//      conjunction and the name (initial-vav.ts).
// Measured on name-variants.corpus/ by name-variants.corpus.test.ts (recall and false clusters).
import type { Finding } from '../model/finding';
import type { PrefixReading } from '../hebrew/prefixes';
import type { Check, CheckContext } from './types';
import type { DocumentIndex } from './registry';
import { WordStatistics } from './name-variants/statistics';
import type { StemInfo } from './name-variants/stem-info';
import { rememberedStemInfo } from './name-variants/stem-infos';
import { ComparisonCache, type Candidate, type StemCluster } from './name-variants/clusters';
import { CandidateClusters } from './name-variants/candidate-clusters';
import { sourceNameKeys } from './name-variants/source-names';
import { glossaryWords, type GlossaryWords } from './name-variants/glossary-words';
import { starterGlossary } from '../glossary/starter';
import { hasFinalInside } from '../hebrew/letters';
import { PrefixOverrides } from './name-variants/prefix-overrides';
import { ACCEPT_SCORE, hasNameNeighbour, scoreCluster } from './name-variants/evidence';
import { ClusterReporter } from './name-variants/report';
import { leastStem, reusedResult, spellingsOf, type ClusterResult } from './name-variants/cluster-results';
import { clustersToJudge } from './name-variants/judged-clusters';
import { MIN_LETTERS, type NameDocument, type StemUse } from './name-variants/stem-use';
import { GluedWordIndex } from './glued-words';
import { abdAlFindings, explainedBySpans, insideReported } from './name-variants/abd-al-names';
import { compoundFindings, type JoinedAnswer } from './name-variants/compounds';
import { KeptAnswers } from './name-variants/kept-answers';
import { acronymFindings } from './name-variants/acronyms';
import { EstablishedMemory, establishedFindings } from './name-variants/established';
import { isDualMix } from '../hebrew/dual-spellings';
import { maqafSpacingFindings } from './name-variants/maqaf-spacing';
import { SlipMemory, typingSlipFindings } from './name-variants/typing-slips';
import { initialVavFindings } from './name-variants/initial-vav';
import { adjectivePluralFindings, withThingsPlural } from './name-variants/adjective-plurals';
import { printedPairs } from './name-variants/printed-pairs';
import { inOneDirection } from './name-variants/one-direction';
import { PlaceCue } from './name-variants/name-cues';

/** The built-in starter table's preferred spellings: without a user glossary, they settle a cluster's fix. */
const STARTER_PREFERRED = glossaryWords(starterGlossary).preferred;

export class NameVariantIndex implements DocumentIndex {
  readonly stats = new WordStatistics();
  private readonly comparisons = new ComparisonCache();
  private readonly prefixes = new PrefixOverrides(this.comparisons);
  private readonly candidateClusters = new CandidateClusters(this.comparisons);
  private readonly reporter = new ClusterReporter();
  private readonly glued = new GluedWordIndex();
  private readonly slipMemory = new SlipMemory();
  private readonly establishedMemory = new EstablishedMemory();
  private readonly compoundAnswers = new KeptAnswers<JoinedAnswer>();
  private sourceKeys = new Set<string>();
  /** A glossary of the user's replaces the starter table's established forms (established.ts). */
  private hasGlossary = false;
  private glossary: GlossaryWords = { stems: new Set(), preferred: new Map() };
  /** Words of the paragraphs edited since the last re-check; null after a reset (everything is new). */
  private dirtyTypes: Set<string> | null = null;
  private clusterResults = new Map<string, ClusterResult>();
  /** Each word's stem label (cluster, ordinary or not) at the last re-check. */
  private readonly labels = new Map<string, string>();
  /** Stem → the first spelling of its cluster, at the last re-check. */
  private previousCanonical: ReadonlyMap<string, string> = new Map();
  private cached: Finding[] | null = null;
  /** Every stem in the document with its uses, kept current by refreshUses. */
  private readonly uses = new Map<string, StemUse>();
  /** Word → the stem it was counted under and its count then. */
  private readonly useOfType = new Map<string, { stem: string; count: number }>();
  /** Stems whose use lost or gained a word since the last re-check (refreshUse). */
  private readonly movedStems = new Set<string>();
  /** Infos of lexicon words that a variant shows to be names (see useInfo). */
  private readonly namedInfos = new Map<string, StemInfo>();

  reset(context: CheckContext): void {
    this.glossary = glossaryWords(context.glossary);
    this.hasGlossary = context.glossary.entries.length > 0;
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
      for (const words of [old, now]) for (const type of words?.all ?? []) this.dirtyTypes.add(type);
    this.cached = null;
  }

  findings(): readonly Finding[] {
    if (this.cached === null) this.cached = this.compute();
    return this.cached;
  }

  private info(stem: string): StemInfo {
    return rememberedStemInfo(stem);
  }

  /**
   * Brings every stem's uses up to date: all of them after a reset, else only the words whose count or
   * reading may have changed (`changed`). Returns the words whose use changed in any way.
   */
  private refreshUses(changed: ReadonlySet<string> | 'all'): ReadonlySet<string> | 'all' {
    if (changed === 'all') {
      this.uses.clear();
      this.useOfType.clear();
      for (const type of this.stats.typeCount.keys()) this.refreshUse(type);
      return 'all';
    }
    for (const type of changed) this.refreshUse(type);
    const touched = new Set(changed);
    // A word named by a variant (prefix-overrides.ts) is no ordinary word, whatever the lexicon says.
    for (const stem of changed) {
      const use = this.uses.get(stem);
      if (!use || use.info === this.useInfo(stem)) continue;
      this.uses.set(stem, { ...use, info: this.useInfo(stem) });
      for (const type of use.types) touched.add(type);
    }
    return touched;
  }

  private useInfo(stem: string): StemInfo {
    const info = this.info(stem);
    const isName = this.prefixes.namesByVariant.has(stem) || this.prefixes.namedStems.has(stem);
    if (!isName || !info.common) return info;
    let named = this.namedInfos.get(stem);
    if (!named) this.namedInfos.set(stem, (named = { ...info, common: false }));
    return named;
  }

  /** Moves one word to the use of the stem it now reads as, with its current count. */
  private refreshUse(type: string): void {
    const old = this.useOfType.get(type);
    if (old) {
      const use = this.uses.get(old.stem) as StemUse;
      use.count -= old.count;
      use.types.splice(use.types.indexOf(type), 1);
      if (use.types.length === 0) this.uses.delete(old.stem);
      this.useOfType.delete(type);
      this.movedStems.add(old.stem);
    }
    const count = this.stats.typeCount.get(type);
    if (count === undefined) return;
    const { stem } = this.prefixes.readingOf(this.stats, type);
    let use = this.uses.get(stem);
    if (!use) this.uses.set(stem, (use = { info: this.useInfo(stem), count: 0, types: [] }));
    use.count += count;
    use.types.push(type);
    this.useOfType.set(type, { stem, count });
    this.movedStems.add(stem);
  }

  private compute(): Finding[] {
    this.reporter.nextRound();
    // Prefix readings depend on which words occur at all, not on how often.
    const readingChanges = this.prefixes.update(this.stats, this.dirtyTypes);
    const countChanges = this.dirtyTypes;
    const refreshed =
      readingChanges === 'all' || countChanges === null
        ? 'all'
        : new Set([...readingChanges, ...countChanges]);
    const touched = this.refreshUses(refreshed);
    const uses = this.uses;
    const doc: NameDocument = {
      stats: this.stats,
      uses,
      readingOf: (type: string): PrefixReading => this.prefixes.readingOf(this.stats, type),
    };
    const candidates: Candidate[] = [];
    const candidateKeys = new Set<string>();
    for (const use of uses.values()) {
      const { info } = use;
      if (info.letters < MIN_LETTERS || info.common || hasFinalInside(info.stem)) continue;
      candidates.push({ info, contextOnly: false });
      candidateKeys.add(info.key);
    }
    // An ordinary word right after a place noun (העיר חמאה) may be a name that is also a word: it joins
    // as a full candidate, so it may pair with another ordinary spelling; judged-clusters.ts asks for a
    // transcription alternation between them.
    const slottedStems = new Set<string>();
    for (const [type, slot] of this.prefixes.slotted) {
      // A place name right after its noun carries no prefix (העיר חמאה, not הכפר שקצין).
      const reading = this.prefixes.readingOf(this.stats, type);
      if (slot !== PlaceCue.Noun || reading.prefix !== '') continue;
      const use = uses.get(reading.stem);
      if (!use || !use.info.common || use.info.letters < MIN_LETTERS || slottedStems.has(use.info.stem))
        continue;
      slottedStems.add(use.info.stem);
      candidates.push({ info: use.info, contextOnly: false });
      candidateKeys.add(use.info.key);
    }
    for (const info of printedPairs(doc, (a, b) => this.comparisons.compare(a, b))) {
      if (slottedStems.has(info.stem)) continue;
      slottedStems.add(info.stem);
      candidates.push({ info, contextOnly: false });
      candidateKeys.add(info.key);
    }
    // An ordinary word joins only if it could match a candidate and stands next to a name-like word.
    for (const use of uses.values()) {
      const { info } = use;
      if (!info.common || info.letters < MIN_LETTERS || !candidateKeys.has(info.key)) continue;
      if (slottedStems.has(info.stem)) continue;
      // A word only the news list knows may be a name's printed spelling (evidence.ts).
      if (info.seenOnly || use.types.some((t) => hasNameNeighbour(doc, t)))
        candidates.push({ info, contextOnly: true });
    }
    const clusters = this.candidateClusters.update(candidates);
    // A neighbour is named by its cluster's first spelling, so רסטן and ראסטן count as one neighbour:
    // the evidence does not change when the user fixes the neighbour.
    const canonical = new Map<string, string>();
    for (const cluster of clusters)
      for (const m of cluster.members)
        canonical.set(m.info.stem, (cluster.members[0] as Candidate).info.stem);
    this.markNeighboursOfChanges(touched, canonical);
    // The stems of the words edited, re-read or moved: what has none of them is judged as before.
    const dirtyStems = this.dirtyTypes && new Set<string>(this.movedStems);
    for (const type of this.dirtyTypes ?? []) {
      const stem = this.useOfType.get(type)?.stem;
      if (stem !== undefined) dirtyStems?.add(stem);
    }
    this.movedStems.clear();
    const judged = clusters.map((cluster) => ({
      cluster,
      previous: reusedResult(this.clusterResults, cluster, doc, dirtyStems),
    }));
    // Ordinary words in clusters are not indexed by paragraph: find those of the clusters to judge in
    // one pass (a reused cluster's words were found when it was judged).
    this.stats.trackParagraphs(
      judged.flatMap(({ cluster, previous }) =>
        previous ? [] : cluster.members.flatMap((m) => uses.get(m.info.stem)?.types ?? []),
      ),
    );
    // An Abd al- name written fused and apart is one spelling of the whole name, not its words' clusters.
    const abdAl = abdAlFindings(doc);
    const findings: Finding[] = [];
    const results = new Map<string, ClusterResult>();
    for (const { cluster, previous } of judged) {
      const result = previous ?? this.clusterResult(cluster, doc, canonical);
      results.set(result.key, result);
      if (result.score >= ACCEPT_SCORE)
        for (const f of result.findings) if (!explainedBySpans(f, abdAl.spans)) findings.push(f);
    }
    this.clusterResults = results;
    const dirtyTypes = this.dirtyTypes;
    this.dirtyTypes = new Set();
    const firstLater = findings.length;
    for (const f of abdAl.findings) findings.push(f);
    const compounds = compoundFindings(doc, this.compoundAnswers, dirtyStems, dirtyTypes);
    for (const f of compounds.findings) findings.push(f);
    for (const f of acronymFindings(doc)) findings.push(f);
    for (const f of establishedFindings(doc, findings, !this.hasGlossary, this.establishedMemory, dirtyTypes))
      findings.push(f);
    for (const f of maqafSpacingFindings(doc, findings)) findings.push(f);
    // A fix that would write a people's adjective in -ים after a thing writes its -יים form at once.
    const composed = withThingsPlural(doc, findings);
    if (composed.size > 0) for (const [i, f] of findings.entries()) findings[i] = composed.get(f) ?? f;
    for (const f of adjectivePluralFindings(doc, findings)) findings.push(f);
    for (const f of typingSlipFindings(doc, findings, this.slipMemory, dirtyStems)) findings.push(f);
    for (const f of initialVavFindings(doc, findings)) findings.push(f);
    // Glued words need the same attestation data; they are reported under the typography check.
    for (const f of this.glued.findings(this.stats, compounds.handled)) findings.push(f);
    // The later passes' findings inside a writing of an Abd al- name it reported are its to fix.
    if (abdAl.findings.length > 0) {
      let kept = firstLater;
      for (let i = firstLater; i < findings.length; i++) {
        const f = findings[i] as Finding;
        if (!insideReported(f, abdAl.findings)) findings[kept++] = f;
      }
      findings.length = kept;
    }
    return inOneDirection(findings, firstLater);
  }

  /**
   * A cluster's evidence also depends on how its neighbours read (their stem, whether they are ordinary,
   * which cluster they belong to). When any of that changed for a word since the last re-check, the
   * word and its neighbours count as edited, so clusters next to it are scored afresh. A word's label
   * can change only when its use changed (`touched`: its stem, or its stem's named status) or its
   * stem's cluster changed, so only those words are looked at.
   */
  private markNeighboursOfChanges(
    touched: ReadonlySet<string> | 'all',
    canonical: ReadonlyMap<string, string>,
  ): void {
    const labelOf = (type: string): string | undefined => {
      const stem = this.useOfType.get(type)?.stem;
      const use = stem === undefined ? undefined : this.uses.get(stem);
      if (stem === undefined || !use) return undefined;
      return `${canonical.get(stem) ?? stem}\u0000${use.info.common ? 1 : 0}`;
    };
    const previousCanonical = this.previousCanonical;
    this.previousCanonical = canonical;
    if (touched === 'all') {
      this.labels.clear();
      for (const type of this.useOfType.keys()) this.labels.set(type, labelOf(type) as string);
      return;
    }
    const candidates = new Set(touched);
    for (const map of [canonical, previousCanonical])
      for (const [stem, first] of map)
        if ((map === canonical ? previousCanonical : canonical).get(stem) !== first)
          for (const type of this.uses.get(stem)?.types ?? []) candidates.add(type);
    const dirty = this.dirtyTypes;
    for (const type of candidates) {
      const label = labelOf(type);
      if (this.labels.get(type) === label) continue;
      if (label === undefined) this.labels.delete(type);
      else this.labels.set(type, label);
      if (!dirty || label === undefined) continue;
      dirty.add(type);
      for (const side of [this.stats.next.get(type), this.stats.prev.get(type)])
        for (const other of side?.keys() ?? []) dirty.add(other);
    }
  }

  /** Judges a cluster: its score, and its findings when the score is enough. */
  private clusterResult(
    cluster: StemCluster,
    doc: NameDocument,
    canonical: ReadonlyMap<string, string>,
  ): ClusterResult {
    const members = cluster.members.map((m) => doc.uses.get(m.info.stem) as StemUse);
    const key = leastStem(members);
    const sources = { sourceKeys: this.sourceKeys, glossaryStems: this.glossary.stems, canonical };
    // Ordinary words nothing shows to be names are left out, and what remains is judged (evidence.ts).
    let score = 0;
    const findings: Finding[] = [];
    for (const judged of clustersToJudge(cluster, doc, sources, (a, b) =>
      this.comparisons.compareAsNames(a, b),
    )) {
      const judgedScore = scoreCluster(judged, doc, sources);
      score = Math.max(score, judgedScore);
      // A mix of the ways a word is written (טוניס / תוניס) is established.ts's to report: it keeps the
      // way the document uses most over the word's family (תוניסיה, תוניסאים), which this cluster,
      // counting its own two spellings only, may not; their fixes would then point both ways.
      const dualMix = !this.hasGlossary && isDualMix(judged.members.map((m) => m.info.stem));
      if (judgedScore >= ACCEPT_SCORE && !dualMix)
        for (const f of this.hasGlossary
          ? this.reporter.report(judged, doc, this.glossary.preferred)
          : this.reporter.report(judged, doc, STARTER_PREFERRED, true))
          findings.push(f);
    }
    return { key, spellings: spellingsOf(members), score, findings };
  }
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
