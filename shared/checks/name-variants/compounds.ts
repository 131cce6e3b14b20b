// Names written as one word or as two (HEBREW.md §6 row 17: maqaf, hyphen or space between the parts):
// טולכרם / טול-כרם / טול כרם. A non-ordinary word is compared with every adjacent pair of words whose
// letters, put together, are the same (the first word read without its prefix). The commoner form is
// preferred (the spaced one on a tie, as the Academy separates the parts of a compound name); every use
// of the other form is reported with it as the fix.
import type { Finding } from '../../model/finding';
import { rememberedPerKey } from '../../memo/remembered';
import { MAQAF, hasFinalInside, regularizeFinals, withFinalForm } from '../../hebrew/letters';
import { attachPrefix, prefixReadings } from '../../hebrew/prefixes';
import { MIN_LETTERS, type NameDocument, type StemUse } from './stem-use';
import { pairFinding, type SpellingPair } from './pair-finding';
import { startsWithParticle } from './maqaf-spacing';
import { spacedVariants } from './compound-variants';
import type { KeptAnswers } from './kept-answers';

const MIN_JOINED = 5;

interface Spaced {
  readonly first: string;
  readonly second: string;
  readonly count: number;
  /** The first word's prefix and the name part after it. */
  readonly prefix: string;
  readonly firstStem: string;
}

/** A place where a joined spelling may part: the first word's letters, and how the second may stand. */
interface SplitPoint {
  readonly head: string;
  readonly seconds: readonly string[];
}

/**
 * Where `joined` may part, whatever the document: remembered per spelling, since every re-check asks
 * for every unknown spelling and only the neighbour lookups depend on the document.
 */
const splitPoints = rememberedPerKey(100_000, (joined: string): readonly SplitPoint[] => {
  const letters = regularizeFinals(joined.split(MAQAF).join(''));
  const points: SplitPoint[] = [];
  // The assimilated article may stand apart too (א סיסי beside א־סיסי): a part of one letter.
  const first = joined.startsWith('א' + MAQAF) ? 1 : 2;
  for (let at = first; at <= letters.length - 2; at++) {
    // Standing alone, the second word ends in its final form (טולכרם → כרם), and keeps the maqaf of
    // an article it starts with (עז־א־דין / עז א־דין).
    const rest = withFinalForm(letters.slice(at));
    const seconds = [rest];
    // Or with the last letter as the joined word writes it (אל־מלכ / אל מלכ: a regular כ at the end,
    // as some writers spell the Arabic -k).
    const asJoined = letters.slice(at, -1) + joined.slice(-1);
    if (asJoined !== rest) seconds.push(asJoined);
    for (const article of ['אל', 'א'])
      if (rest.startsWith(article) && rest.length > article.length + 1)
        seconds.push(article + MAQAF + rest.slice(article.length));
    points.push({ head: letters.slice(0, at), seconds });
  }
  return points;
});

/**
 * Adjacent pairs (first word, second word) that spell `joined` (prefix of the first word aside). `read`
 * collects the second words looked up: the answer changes only when a paragraph holding one is edited.
 */
function spacedForms(doc: NameDocument, joined: string, read: string[]): Spaced[] {
  const found: Spaced[] = [];
  for (const { head, seconds } of splitPoints(joined))
    for (const second of seconds) {
      read.push(second);
      for (const [first, count] of doc.stats.prev.get(second) ?? []) {
        if (!regularizeFinals(first).endsWith(head)) continue;
        // The joined word itself attests the first part, so any prefix reading of it will do (בטול כרם).
        const reading = prefixReadings(first).find(
          (r) => !r.articleRestored && regularizeFinals(r.stem) === head,
        );
        if (reading) found.push({ first, second, count, prefix: reading.prefix, firstStem: reading.stem });
        // Āl, "the house of", apart before a Gulf dynasty is its article (אאל ת׳אני / אל־ת׳אני; variants.ts).
        else if (head === 'אל' && first === 'אאל')
          found.push({ first, second, count, prefix: '', firstStem: first });
      }
    }
  return found;
}

export interface CompoundResult {
  readonly findings: Finding[];
  /** Words taken care of here (not to be reported again as glued). */
  readonly handled: ReadonlySet<string>;
}

/**
 * `kept`: each joined spelling's findings at the last re-check, with the words its answer read (its own
 * stem, the second words looked up); `dirtyStems` and `dirtyTypes`: the stems and words of what was
 * edited since (null after a reset).
 */
export function compoundFindings(
  doc: NameDocument,
  kept: KeptAnswers<JoinedAnswer>,
  dirtyStems: ReadonlySet<string> | null,
  dirtyTypes: ReadonlySet<string> | null,
): CompoundResult {
  kept.forget(dirtyStems);
  kept.forget(dirtyTypes);
  const findings: Finding[] = [];
  const handled = new Set<string>();
  for (const use of doc.uses.values()) {
    // The article is a part of its own (אל־מנדב / אל מנדב), so a short name after it may split there.
    const article = use.info.parsed.article !== '';
    if (use.info.common || use.info.letters < (article ? MIN_LETTERS : MIN_JOINED)) continue;
    // Two words glued (נוצריםשהם beside a misplaced space, נוצריםש הם) are glued-words.ts's.
    if (hasFinalInside(use.info.stem)) continue;
    // A particle of grammar before the maqaf makes a Hebrew compound (בלתי־נמנעת), never a name.
    if (use.info.stem.includes(MAQAF) && startsWithParticle(use.info.stem)) continue;
    let answer = kept.get(use.info.stem);
    if (!answer) {
      const read = [use.info.stem];
      answer = joinedFindings(doc, use, read);
      kept.set(use.info.stem, answer, read);
    }
    if (!answer.spaced) continue;
    for (const t of use.types) handled.add(t);
    for (const f of answer.findings) findings.push(f);
  }
  return { findings, handled };
}

/** What compounds found of one joined spelling: whether the document spaces it, and the findings. */
export interface JoinedAnswer {
  readonly spaced: boolean;
  readonly findings: readonly Finding[];
}

const NOT_SPACED: JoinedAnswer = { spaced: false, findings: [] };

/** Two words beside a joined spelling (`stem`) that write it, by one way of finding them. */
type SpacedFinder = (doc: NameDocument, stem: string, read: string[]) => Spaced[];

/**
 * `find` for the joined spelling, or for its stem after a prefix when only that finds words: a joined
 * form seen only after a prefix keeps it (מעז־א־דין beside עז א־דין), as the spaced form attests the
 * stem after the prefix, which the document never writes alone.
 */
function spacedWithPrefix(
  doc: NameDocument,
  stem: string,
  read: string[],
  find: SpacedFinder,
): { spaced: Spaced[]; joinedPrefix: string } {
  const spaced = find(doc, stem, read);
  if (spaced.length > 0 || !stem.includes(MAQAF)) return { spaced, joinedPrefix: '' };
  for (const reading of prefixReadings(stem)) {
    if (reading.prefix === '' || reading.articleRestored || reading.prefix.endsWith(MAQAF)) continue;
    const found = find(doc, reading.stem, read);
    if (found.length > 0) return { spaced: found, joinedPrefix: reading.prefix };
  }
  return { spaced, joinedPrefix: '' };
}

/** The findings of one joined spelling beside its spaced form. */
function joinedFindings(doc: NameDocument, use: StemUse, read: string[]): JoinedAnswer {
  const findings: Finding[] = [];
  const article = use.info.parsed.article !== '';
  let { spaced, joinedPrefix } = spacedWithPrefix(doc, use.info.stem, read, spacedForms);
  // The article assimilated when joined and not when written apart (א־נוסרה / אל נוסרה): the same
  // name, whose two forms differ in the article's letters too (HEBREW.md §6 rows 16–17).
  if (spaced.length === 0 && use.info.parsed.article === 'א')
    spaced = spacedForms(doc, 'אל' + MAQAF + use.info.stem.slice(2), read);
  // One part also spelled another way (נגורנו־קרבאך / נגורנו קארבאך; compound-variants.ts).
  if (spaced.length === 0)
    ({ spaced, joinedPrefix } = spacedWithPrefix(doc, use.info.stem, read, spacedVariants));
  if (spaced.length === 0) return NOT_SPACED;
  const spacedCount = spaced.reduce((n, s) => n + s.count, 0);
  // The spaced form written most, then the first in code point order; not the first pair seen, whose
  // order an edit elsewhere changes, so a re-check would label the pair otherwise than a full check.
  const textOf = (s: Spaced) => `${s.firstStem} ${s.second}`;
  const top = spaced.reduce((a, b) =>
    b.count > a.count || (b.count === a.count && textOf(b) < textOf(a)) ? b : a,
  );
  const spacedText = textOf(top);
  const joinedText = use.info.stem.slice(joinedPrefix.length);
  // On a tie the Academy's form: the article joined by a maqaf (HEBREW.md §2), other parts spaced.
  const preferSpaced = article ? spacedCount > use.count : spacedCount >= use.count;
  const pair: SpellingPair = {
    kind: 'compound',
    preferred: preferSpaced ? spacedText : joinedText,
    found: preferSpaced ? joinedText : spacedText,
    count: preferSpaced ? spacedCount : use.count,
    // One id whichever form is preferred, so the cluster keeps it when the counts tip.
    idParts: ['compound', joinedText, spacedText],
  };
  const report = (paragraph: number, start: number, end: number, replacement: string) =>
    findings.push(pairFinding(doc, pair, paragraph, start, end, replacement));
  if (preferSpaced) reportJoined(doc, use, joinedPrefix, spacedText, report);
  else for (const s of spaced) reportSpaced(doc, s, joinedText, report);
  return { spaced: true, findings };
}

type Report = (paragraph: number, start: number, end: number, replacement: string) => void;

/** `joinedPrefix`: a prefix the joined stem itself starts with (מ of מעז־א־דין), kept in the fix. */
function reportJoined(
  doc: NameDocument,
  use: StemUse,
  joinedPrefix: string,
  spacedText: string,
  report: Report,
): void {
  for (const type of use.types) {
    const reading = doc.readingOf(type);
    const prefix = reading.prefix + joinedPrefix;
    for (const paragraph of doc.stats.paragraphsOf(type))
      for (const word of doc.stats.occurrences(paragraph, type))
        report(paragraph, word.start, word.end, attachPrefix(prefix, spacedText, reading.articleRestored));
  }
}

function reportSpaced(doc: NameDocument, spaced: Spaced, joinedText: string, report: Report): void {
  // Look the pair up through its indexed (non-ordinary) word; ordinary words are not indexed.
  const indexed = doc.stats.typeParagraphs.has(spaced.first) ? spaced.first : spaced.second;
  for (const paragraph of doc.stats.paragraphsOf(indexed)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    const firsts = doc.stats.occurrences(paragraph, spaced.first);
    for (const second of doc.stats.occurrences(paragraph, spaced.second)) {
      const first = firsts.find((f) => f.end < second.start && text.slice(f.end, second.start).trim() === '');
      if (first) report(paragraph, first.start, second.end, attachPrefix(spaced.prefix, joinedText));
    }
  }
}
