// Findings for an accepted cluster: every use of a non-preferred spelling, with the preferred spelling
// (as the document types it) as the fix and the user's prefix kept.
import type { Finding } from '../../model/finding';
import { normalizeWord } from '../../hebrew/normalize';
import { parseName } from '../../hebrew/variants';
import { isGentilicWrittenTwoWays } from '../../hebrew/gentilic-ending';
import { afterSameNoun, detachedArticleBefore, withArticleOf, writtenDefinite } from './fix-articles';
import { buildFinding } from '../finding-builder';
import { hashString } from '../fingerprint';
import type { StemCluster } from './clusters';
import type { WordOccurrence } from './paragraph-words';
import type { NameDocument, StemUse } from './stem-use';

/** Drops niqqud and invisible controls but keeps the typed geresh/maqaf characters. */
function normalizeInvisibles(text: string): string {
  return text.replace(
    /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g,
    '',
  );
}

/** Length in the original text of a prefix that has `letters` characters in comparison form. */
function originalPrefixLength(text: string, word: WordOccurrence, letters: number): number {
  if (letters === 0 || word.end - word.start === word.norm.length) return letters;
  let seen = 0;
  let i = word.start;
  while (i < text.length && seen < letters) {
    if (normalizeWord(text[i] as string) !== '' || /[-‐–—־]/.test(text[i] as string)) seen++;
    i++;
  }
  return i - word.start;
}

/** The findings one cluster (by its content key) reported in one paragraph, at one version of its text. */
interface ParagraphFindings {
  readonly version: number;
  readonly findings: Finding[];
}

/** Cluster content key → paragraph → its findings there. */
type FindingsByCluster = Map<string, Map<number, ParagraphFindings>>;

/** The finding of `list` at [start, end) whose fix is `replacement`, if any. */
function sameFinding(list: readonly Finding[], start: number, end: number, replacement: string) {
  for (const f of list)
    if (f.start === start && f.end === end && f.suggestions[0]?.replacement === replacement) return f;
  return undefined;
}

export class ClusterReporter {
  /**
   * Findings built by the last re-check and by the current one, so a finding whose content is unchanged
   * keeps its object. Keyed by the cluster's content, then by paragraph (numbers, not strings built per
   * occurrence), then matched by range and fix.
   */
  private previous: FindingsByCluster = new Map();
  private current: FindingsByCluster = new Map();

  /** Starts a re-check: findings not rebuilt in it are forgotten after it. */
  nextRound(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The previous round's finding with this content, if any. */
  private reused(
    clusterKey: string,
    paragraph: number,
    version: number,
    start: number,
    end: number,
    replacement: string,
  ): Finding | undefined {
    const before = this.previous.get(clusterKey)?.get(paragraph);
    return before && before.version === version
      ? sameFinding(before.findings, start, end, replacement)
      : undefined;
  }

  /** Keeps a finding of this round for the next one. */
  private remember(clusterKey: string, paragraph: number, version: number, finding: Finding): void {
    let byParagraph = this.current.get(clusterKey);
    if (!byParagraph) this.current.set(clusterKey, (byParagraph = new Map()));
    let here = byParagraph.get(paragraph);
    if (!here || here.version !== version) byParagraph.set(paragraph, (here = { version, findings: [] }));
    here.findings.push(finding);
  }

  /**
   * `preferredByGlossary` maps a spelling to the glossary's preferred spelling of its entry. The
   * preferred spelling is the glossary's, else the most frequent, else the first used. With
   * `writtenOnly` (the built-in starter table, when the user has no glossary) the table's spelling is
   * preferred only where the document writes it: so the cluster's fix and established.ts's agree
   * (קטאר beside קטר, Qatar, is fixed to קטר however often each is used), and a name the document
   * writes only in other ways keeps its own commonest one.
   */
  report(
    cluster: StemCluster,
    doc: NameDocument,
    preferredByGlossary: ReadonlyMap<string, string>,
    writtenOnly = false,
  ): Finding[] {
    const firsts = new Map<StemUse, number>();
    const first = (u: StemUse) => {
      let f = firsts.get(u);
      if (f === undefined) firsts.set(u, (f = firstParagraph(u, doc)));
      return f;
    };
    const members = cluster.members
      .map((m) => doc.uses.get(m.info.stem) as StemUse)
      .sort((a, b) => b.count - a.count || first(a) - first(b) || (a.info.stem < b.info.stem ? -1 : 1));
    const glossaryStem = members
      .map((m) => preferredByGlossary.get(m.info.stem))
      .find((s) => s !== undefined && (!writtenOnly || members.some((m) => m.info.stem === s)));
    const top = members[0] as StemUse;
    const preferredStem = glossaryStem ?? top.info.stem;
    const preferredCount = members.find((m) => m.info.stem === preferredStem)?.count ?? 0;
    const surfaces = new Map(members.map((m) => [m.info.stem, surfaceOf(m, doc)]));
    const variants = members.map((m) => surfaces.get(m.info.stem) as string);
    const clusterId =
      'nv:' +
      hashString(
        members
          .map((m) => m.info.stem)
          .sort()
          .join('\u0000'),
      );
    const preferred = surfaces.get(preferredStem) ?? preferredStem;
    const wordForm = isGentilicWrittenTwoWays(members.map((m) => m.info.stem));
    // The preferred spelling carries the article, joined (אל־ת׳אני) or apart (אל חות׳י).
    const preferredArticle =
      parseName(normalizeWord(preferred)).article !== '' || /^(?:אל|א) /.test(preferred);
    // The preferred spelling's use when the document writes it with the Hebrew article only (השורא).
    const preferredUse = members.find((m) => m.info.stem === preferredStem);
    const hebrewArticle =
      !preferredArticle && preferredUse && writtenDefinite(preferredUse, doc) ? preferredUse : undefined;
    // The part of a finding's cache key shared by the whole cluster, built once, not per occurrence.
    const clusterKey = `${preferredCount}:${clusterId}:${variants.join('|')}`;
    const findings: Finding[] = [];
    for (const member of members) {
      if (member.info.stem === preferredStem) continue;
      const params = {
        found: surfaces.get(member.info.stem) as string,
        preferred,
        count: preferredCount,
        spellings: members.length,
      };
      for (const type of member.types) {
        const reading = doc.readingOf(type);
        for (const paragraph of doc.stats.paragraphsOf(type)) {
          const text = doc.stats.paragraphs[paragraph]?.text ?? '';
          for (const word of doc.stats.occurrences(paragraph, type)) {
            const prefix = text.slice(
              word.start,
              word.start + originalPrefixLength(text, word, reading.prefix.length),
            );
            // After a detached article (אל תאני), a preferred spelling with its own article replaces
            // both words: the bare word alone would be "fixed" to אל אל־ת׳אני.
            const article = preferredArticle && prefix === '' ? detachedArticleBefore(text, word.start) : '';
            // The article and the space after it, if it was typed apart (not א'-, which runs on).
            const start =
              word.start - article.length - (article !== '' && text[word.start - 1] === ' ' ? 1 : 0);
            // The article's own prefix stays (באל ג׳זירה → באל־ג׳זירה).
            const replacement =
              article !== ''
                ? article.slice(0, article.lastIndexOf('א')) + preferred
                : withArticleOf(prefix, member.info.parsed.article !== '', preferred, {
                    preferredArticle,
                    hebrewArticle:
                      hebrewArticle !== undefined && afterSameNoun(text, word.start, hebrewArticle, doc),
                    articleRestored: reading.articleRestored ?? false,
                  });
            const version = doc.stats.versionOf(paragraph);
            const finding =
              this.reused(clusterKey, paragraph, version, start, word.end, replacement) ??
              buildFinding({
                check: wordForm ? 'word-forms' : 'name-variants',
                severity: 'warning',
                paragraph,
                paragraphText: text,
                start,
                end: word.end,
                key: wordForm ? 'spelling-way' : 'name-variant',
                params,
                replacements: [replacement],
                variants,
                clusterId,
              });
            this.remember(clusterKey, paragraph, version, finding);
            findings.push(finding);
          }
        }
      }
    }
    return findings;
  }
}

/** The first paragraph a stem is used in (ties between equally frequent spellings go to the first). */
function firstParagraph(use: StemUse, doc: NameDocument): number {
  let first = Infinity;
  for (const type of use.types) for (const p of doc.stats.paragraphsOf(type)) if (p < first) first = p;
  return first;
}

/**
 * How the document writes a stem: a standalone use as typed (geresh and maqaf kept), else the first use
 * after a prefix with the prefix cut off, else the comparison form.
 */
function surfaceOf(use: StemUse, doc: NameDocument): string {
  let best: { paragraph: number; text: string } | undefined;
  for (const type of use.types) {
    const reading = doc.readingOf(type);
    for (const paragraph of doc.stats.paragraphsOf(type)) {
      if (best && best.paragraph <= paragraph && reading.prefix !== '') continue;
      const text = doc.stats.paragraphs[paragraph]?.text ?? '';
      const word = doc.stats.occurrences(paragraph, type)[0];
      if (!word) continue;
      const cut = originalPrefixLength(text, word, reading.prefix.length);
      let surface = normalizeInvisibles(text.slice(word.start + cut, word.end));
      if (reading.articleRestored) surface = 'ה' + surface;
      // Labelled as written, with a detached article before it (אל תאני beside אל־ת׳אני).
      const article =
        reading.prefix === '' && use.info.parsed.article === ''
          ? detachedArticleBefore(text, word.start)
          : '';
      // A stray mark typed before the space (אל- חותי) is no part of the spelling.
      if (article !== '')
        surface = `${article.slice(article.lastIndexOf('א')).replace(/['׳’]?[-־]$/, '')} ${surface}`;
      if (reading.prefix === '') return surface;
      if (!best || paragraph < best.paragraph) best = { paragraph, text: surface };
    }
  }
  return best?.text ?? use.info.stem;
}
