// A name that begins with a consonantal ו written with one ו and with two (ויטקוף / וויטקוף, ונצואלה /
// וונצואלה; HEBREW.md §6 row 11). The prefix rules read וויטקוף as the conjunction and ויטקוף, as the
// Academy spells "and Witkoff" (ו is not tripled), so the two never meet as spellings. Which one a
// writer meant shows only where the word stands: after the name's own first name (סטיב וויטקוף beside
// סטיב ויטקוף), after a preposition (של, נגד …), after כי "that", after a title or a place noun (הנסיך
// וויליאם, העיר וורשה) or right after a colon, "and" cannot stand, so there the word is the name written
// with וו. Only those uses are read so; "נתניהו וויטקוף" and "מישיגן, וויסקונסין" stay "and …". The
// spelling the document uses more often is kept, as for any cluster.
import type { Finding } from '../../model/finding';
import { rememberedPerKey } from '../../memo/remembered';
import { prefixReadings } from '../../hebrew/prefixes';
import { isWordWithoutPrefix } from '../../hebrew/lexicon';
import { PRINTED_NAMES } from '../../hebrew/printed-names';
import { isNameCue, wordBefore } from './name-cues';
import { earlierAt, pairFinding, type SpellingPair } from './pair-finding';
import type { NameDocument } from './stem-use';

/**
 * Words after which a word cannot begin with the conjunction ו: prepositions, כי "that", and the titles
 * that name-cues.ts lacks (הנסיך "the prince").
 */
const NO_AND_AFTER: ReadonlySet<string> = new Set(
  'של את על אל עם נגד מול בין לפי פי אצל כמו עבור למען לעבר אחרי לפני ליד כי הנסיך הנסיכה המלך המלכה'.split(
    ' ',
  ),
);

/** The fewest letters of the name: shorter words after ו are Hebrew too often (ועד, וויי). */
const MIN_LETTERS = 4;

/**
 * A word before which a ו cannot be "and": one of NO_AND_AFTER, with or without its own prefix (ושל), or
 * a name cue (a title or a place noun, name-cues.ts).
 */
const noAndAfter = rememberedPerKey(
  10_000,
  (word: string) => prefixReadings(word).some((r) => NO_AND_AFTER.has(r.stem)) || isNameCue(word),
);

/**
 * Each spelling of the printed-names list with the other words of its row (ויטקוף → סטיב, וויטקוף): the
 * name's own first name before it says "and" cannot stand there (סטיב וויטקוף), as the word before
 * the single-ו spelling does.
 */
const ROW_MATES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const mates = new Map<string, Set<string>>();
  for (const [, ...spellings] of PRINTED_NAMES)
    for (const spelling of spellings) {
      let set = mates.get(spelling);
      if (!set) mates.set(spelling, (set = new Set()));
      for (const other of spellings) if (other !== spelling) set.add(other);
    }
  return mates;
})();

interface Use {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The uses of `doubled` (ו + a stem that begins with ו) that stand where "and" cannot: after a word that
 * also stands right before the stem written alone or is the printed name's other word (its first name),
 * after a word of `noAndAfter`, or after a colon.
 */
function nameUses(doc: NameDocument, doubled: string, stem: string): Use[] {
  const beforeStem = new Set([...(doc.stats.prev.get(stem)?.keys() ?? []), ...(ROW_MATES.get(stem) ?? [])]);
  const out: Use[] = [];
  for (const paragraph of doc.stats.paragraphsOf(doubled)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    for (const { start, end } of doc.stats.occurrences(paragraph, doubled)) {
      const { word, before } = wordBefore(text, start);
      const name = word === '' ? before === ':' : beforeStem.has(word) || noAndAfter(word);
      if (name) out.push({ paragraph, start, end });
    }
  }
  return out;
}

/** `earlier`: the name-variant findings made so far; a word one of them points at is not reported again. */
export function initialVavFindings(doc: NameDocument, earlier: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  // earlierAt gathers the earlier findings' places only when first asked.
  const reported = earlierAt(earlier);
  for (const use of doc.uses.values()) {
    const stem = use.info.stem;
    // A name the news list has seen (ויליאם) is still a name; an ordinary word is left alone (ועדה /
    // וועדה), but not one the lists know only as ו + a word (ואדי as ו + אדי, ואחת as ו + אחת), which
    // is a name or a loanword as the document writes it (וואדי רם, וואחת אלסלאם).
    if (
      (use.info.common && !use.info.seenOnly && isWordWithoutPrefix(stem)) ||
      use.info.letters < MIN_LETTERS
    )
      continue;
    if (!stem.startsWith('ו') || stem.startsWith('וו')) continue;
    const doubled = 'ו' + stem;
    if (!use.types.includes(doubled) || !use.types.includes(stem)) continue;
    const asName = nameUses(doc, doubled, stem);
    if (asName.length === 0) continue;
    const single = doc.stats.typeCount.get(stem) ?? 0;
    const report = (pair: SpellingPair, uses: Use[], replacement: string) => {
      for (const u of uses)
        if (!reported(u.paragraph, u.start))
          findings.push(pairFinding(doc, pair, u.paragraph, u.start, u.end, replacement));
    };
    const idParts = ['initial-vav', stem];
    if (asName.length > single)
      report(
        { kind: 'initial-vav', preferred: doubled, found: stem, count: asName.length, idParts },
        singleUses(doc, stem),
        doubled,
      );
    else
      report({ kind: 'initial-vav', preferred: stem, found: doubled, count: single, idParts }, asName, stem);
  }
  return findings;
}

/** Every use of the stem written as it stands (with one ו, no prefix). */
function singleUses(doc: NameDocument, stem: string): Use[] {
  const out: Use[] = [];
  for (const paragraph of doc.stats.paragraphsOf(stem))
    for (const { start, end } of doc.stats.occurrences(paragraph, stem)) out.push({ paragraph, start, end });
  return out;
}
