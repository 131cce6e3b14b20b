// An acronym written with its gershayim and without it (דאע״ש / דאעש, נאט״ו / נאטו): one name written two
// ways, which editors want written one way. The gershayim form is the standard one (HEBREW.md §5), so it
// is preferred however often the other is used. A bare spelling that is an ordinary word, or has three
// letters, is left alone (עוד beside עו״ד, דוח beside דו״ח: words of their own).
import type { Finding } from '../../model/finding';
import { GERSHAYIM } from '../../hebrew/letters';
import { attachPrefix, prefixReadings } from '../../hebrew/prefixes';
import type { NameDocument } from './stem-use';
import { pairFinding, type SpellingPair } from './pair-finding';
import type { ParagraphWords } from './paragraph-words';

/**
 * The fewest letters of a bare spelling: three-letter acronyms' letters are mostly Hebrew words too
 * (נה״ל beside לנהל, צה״ל, מג״ב), four rarely (דאעש, נאטו).
 */
const MIN_BARE = 4;

/** The acronyms (comparison form, prefix still on) of a paragraph, remembered while its words are the same. */
const acronymsOf = new WeakMap<object, readonly string[]>();

function paragraphAcronyms(paragraph: ParagraphWords): readonly string[] {
  let found = acronymsOf.get(paragraph);
  if (found === undefined) {
    // Only a paragraph with a double quote of some kind can hold one. The paragraph's words were read
    // with the tokenizer's rules: its acronyms are the tokens tokenize would give.
    found = /["״”]/.test(paragraph.text) ? paragraph.acronyms : [];
    acronymsOf.set(paragraph, found);
  }
  return found;
}

/** An acronym's readings, each with the gershayim before its last letter, and how often it is written. */
function acronymsByBareForm(doc: NameDocument): Map<string, { acronym: string; count: number }> {
  // Counted per written form first, in order of first use, so each form's readings are made once and
  // not once per use; the acronym a bare form gets is still that of its first use.
  const uses = new Map<string, number>();
  for (const paragraph of doc.stats.paragraphs)
    for (const word of paragraph ? paragraphAcronyms(paragraph) : [])
      uses.set(word, (uses.get(word) ?? 0) + 1);
  const byBare = new Map<string, { acronym: string; count: number }>();
  for (const [word, count] of uses)
    for (const { stem, articleRestored } of prefixReadings(word)) {
      if (articleRestored || stem.indexOf(GERSHAYIM) !== stem.length - 2) continue;
      const bare = stem.replace(GERSHAYIM, '');
      const entry = byBare.get(bare);
      if (entry) entry.count += count;
      else byBare.set(bare, { acronym: stem, count });
    }
  return byBare;
}

export function acronymFindings(doc: NameDocument): Finding[] {
  const findings: Finding[] = [];
  const byBare = acronymsByBareForm(doc);
  if (byBare.size === 0) return findings;
  for (const [bare, { acronym, count }] of byBare) {
    const use = doc.uses.get(bare);
    if (!use || use.info.common || use.info.letters < MIN_BARE) continue;
    const pair: SpellingPair = { kind: 'acronym', preferred: acronym, found: bare, count };
    for (const type of use.types) {
      const reading = doc.readingOf(type);
      const replacement = attachPrefix(reading.prefix, acronym, reading.articleRestored);
      for (const paragraph of doc.stats.paragraphsOf(type))
        for (const word of doc.stats.occurrences(paragraph, type))
          findings.push(pairFinding(doc, pair, paragraph, word.start, word.end, replacement));
    }
  }
  return findings;
}
