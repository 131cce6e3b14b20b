// An acronym written with its gershayim and without it (דאע״ש / דאעש, נאט״ו / נאטו): one name written two
// ways, which editors want written one way. The way the document writes more often is kept, the
// gershayim form on a tie: some acronyms the press writes as words (חמאס, Hamas). A bare spelling that
// is a word of the written list is left alone (עוד beside עו״ד, דוח beside דו״ח: words of their own);
// one of three letters or fewer, or one only the news list knows, is left alone unless both stand
// beside the same name word (ישראל כ״ץ / ישראל כץ), or the three letters end in a regular form where
// Hebrew writes a final one (מרצ beside מר״צ): no word ends so; or they are never written after a
// prefix (אמל beside אמ״ל), so no prefix and word make them (לנהל beside נה״ל). An acronym whose last
// letter is written in its final form in one place and not in another (רע״ם / רע״מ, HEBREW.md §6 row
// 18) is one name too: the commoner form is preferred, the final form on a tie. A number in Hebrew
// letters written without its gershayim (תרנג beside תרנ״ג) is a typographic slip, reported so.
import type { Finding } from '../../model/finding';
import { GERSHAYIM, isFinalForm, toRegularForm, withFinalForm } from '../../hebrew/letters';
import { attachPrefix, prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
import { tokenize } from '../../hebrew/tokenize';
import { rememberedPerKey } from '../../memo/remembered';
import type { NameDocument, StemUse } from './stem-use';
import { pairFinding, type SpellingPair } from './pair-finding';
import type { ParagraphWords } from './paragraph-words';
import { wordAfter, wordBefore } from './name-cues';
import { nameWordsBeside } from './slip-neighbours';
import { isOrganisationSlot } from './acronym-cues';
import { isHebrewNumeral } from '../../hebrew/hebrew-numerals';

/**
 * The fewest letters of a bare spelling: three-letter acronyms' letters are mostly Hebrew words too
 * (נה״ל beside לנהל, צה״ל, מג״ב), four rarely (דאעש, נאטו).
 */
export const MIN_BARE = 4;

/** The fewest letters of a bare form that endsLikeNoWord lets stand alone (shorter ones are stray letters). */
const MIN_NO_WORD = 3;

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

/** How often each acronym is written (comparison form, prefix still on), in order of first use. */
function acronymUses(doc: NameDocument): Map<string, number> {
  const uses = new Map<string, number>();
  for (const paragraph of doc.stats.paragraphs)
    for (const word of paragraph ? paragraphAcronyms(paragraph) : [])
      uses.set(word, (uses.get(word) ?? 0) + 1);
  return uses;
}

/** The readings of a written acronym whose stem has the gershayim before its last letter (remembered). */
export const acronymReadings: (word: string) => readonly PrefixReading[] = rememberedPerKey(100_000, (word) =>
  prefixReadings(word).filter((r) => !r.articleRestored && r.stem.indexOf(GERSHAYIM) === r.stem.length - 2),
);

/** An acronym's readings, each with the gershayim before its last letter, and how often it is written. */
function acronymsByBareForm(
  uses: ReadonlyMap<string, number>,
): Map<string, { acronym: string; count: number }> {
  // Counted per written form first, in order of first use, so each form's readings are made once and
  // not once per use; the acronym a bare form gets is still that of its first use.
  const byBare = new Map<string, { acronym: string; count: number }>();
  for (const [word, count] of uses)
    for (const { stem } of acronymReadings(word)) {
      const bare = stem.replace(GERSHAYIM, '');
      const entry = byBare.get(bare);
      if (entry) entry.count += count;
      else byBare.set(bare, { acronym: stem, count });
    }
  return byBare;
}

export function acronymFindings(doc: NameDocument): Finding[] {
  const findings: Finding[] = [];
  const uses = acronymUses(doc);
  if (uses.size === 0) return findings;
  finalFormFindings(doc, uses, findings);
  const byBare = acronymsByBareForm(uses);
  for (const [bare, { acronym, count }] of byBare) {
    const use = doc.uses.get(bare);
    if (!use) continue;
    const pair: SpellingPair = { kind: 'acronym', preferred: acronym, found: bare, count };
    // A number in Hebrew letters (a year, תרנ״ג beside תרנג) takes its gershayim however often the
    // document leaves them out: a typographic slip, reported under typography, and never a name's
    // spelling. Not where the bare letters are also a word (לב "heart", 32; כה "so", 25, which the news
    // list knows): two letters the news list has seen are a word as often as a date.
    if (isHebrewNumeral(bare)) {
      const word = use.info.common && (!use.info.seenOnly || use.info.letters < 3);
      if (!word)
        for (const place of bareUses(doc, use, acronym))
          findings.push(
            pairFinding(
              doc,
              { ...pair, numeral: true },
              place.paragraph,
              place.start,
              place.end,
              place.replacement,
            ),
          );
      continue;
    }
    // A word of the written list is Hebrew wherever it stands (פתח "opened" beside פת״ח, דוח beside
    // דו״ח), but where an organisation's name does (מזכ״ל פתח; acronym-cues.ts).
    if (use.info.common && !use.info.seenOnly) {
      for (const place of bareUses(doc, use, acronym))
        if (isOrganisationSlot(doc.stats.paragraphs[place.paragraph]?.text ?? '', place.start, place.end))
          findings.push(pairFinding(doc, pair, place.paragraph, place.start, place.end, place.replacement));
      continue;
    }
    // A short bare form, or one the news list knows, is the name only beside the acronym's own name
    // word (ישראל כ״ץ / ישראל כץ: the surname written as a word).
    if (
      (use.info.common ||
        (use.info.letters < MIN_BARE &&
          !(use.info.letters >= MIN_NO_WORD && (endsLikeNoWord(bare) || writtenBareOnly(doc, use))))) &&
      !besideSameNameWord(doc, use, uses, acronym)
    )
      continue;
    // The commoner way is kept, the gershayim form on a tie: a name the press writes as a word (חמאס,
    // Hamas) is not "fixed" to חמא״ס because one article wrote it so.
    if (use.count > count) {
      const towardBare: SpellingPair = { kind: 'acronym', preferred: bare, found: acronym, count: use.count };
      for (const word of uses.keys())
        for (const { stem, prefix } of acronymReadings(word)) {
          if (stem !== acronym) continue;
          const replacement = attachPrefix(prefix, bare);
          for (const { paragraph, start, end } of placesOf(doc, word))
            findings.push(pairFinding(doc, towardBare, paragraph, start, end, replacement));
        }
      continue;
    }
    for (const place of bareUses(doc, use, acronym))
      findings.push(pairFinding(doc, pair, place.paragraph, place.start, place.end, place.replacement));
  }
  return findings;
}

/** Every writing of the bare form, with the acronym written in its place, the prefix kept. */
function* bareUses(
  doc: NameDocument,
  use: StemUse,
  acronym: string,
): Generator<{ paragraph: number; start: number; end: number; replacement: string }> {
  for (const type of use.types) {
    const reading = doc.readingOf(type);
    const replacement = attachPrefix(reading.prefix, acronym, reading.articleRestored);
    for (const paragraph of doc.stats.paragraphsOf(type))
      for (const word of doc.stats.occurrences(paragraph, type))
        yield { paragraph, start: word.start, end: word.end, replacement };
  }
}

/**
 * A bare form whose last letter is written in its regular form though it has a final one (מרצ for מר״צ):
 * no Hebrew word ends so, so even three letters are the acronym's letters, not a word (מרץ "March").
 */
function endsLikeNoWord(bare: string): boolean {
  const last = bare.slice(-1);
  return !isFinalForm(last) && withFinalForm(bare) !== bare;
}

/** Every writing of the bare form is the word alone, no prefix read on it (אמל, not לנהל for נה״ל). */
function writtenBareOnly(doc: NameDocument, use: StemUse): boolean {
  return use.types.every((t) => doc.readingOf(t).prefix === '');
}

/** The acronym's writings and the bare spelling stand beside one name word, on the same side. */
function besideSameNameWord(
  doc: NameDocument,
  bare: StemUse,
  uses: ReadonlyMap<string, number>,
  acronym: string,
): boolean {
  const words = nameWordsBeside(bare, doc);
  if (words.size === 0) return false;
  for (const word of uses.keys()) {
    if (!acronymReadings(word).some((r) => r.stem === acronym)) continue;
    for (const { paragraph, start, end } of placesOf(doc, word)) {
      const text = doc.stats.paragraphs[paragraph]?.text ?? '';
      const before = wordBefore(text, start).word;
      const after = wordAfter(text, end);
      if ((before !== '' && words.has('<' + before)) || (after !== '' && words.has('>' + after))) return true;
    }
  }
  return false;
}

/** Where an acronym (as written, prefix on) stands: acronyms are not indexed, so its paragraphs are read. */
function placesOf(doc: NameDocument, word: string): { paragraph: number; start: number; end: number }[] {
  const places: { paragraph: number; start: number; end: number }[] = [];
  doc.stats.paragraphs.forEach((paragraph, index) => {
    if (!paragraph || !paragraphAcronyms(paragraph).includes(word)) return;
    for (const token of tokenize(paragraph.text))
      if (token.norm === word) places.push({ paragraph: index, start: token.start, end: token.end });
  });
  return places;
}

/** An acronym's letters with its last one in the regular form: the key its final-form writings share. */
function regularKey(stem: string): string {
  return stem.slice(0, -1) + toRegularForm(stem.slice(-1));
}

/** Reports each writing of an acronym whose last letter's form differs from the preferred writing. */
function finalFormFindings(doc: NameDocument, uses: ReadonlyMap<string, number>, findings: Finding[]): void {
  const byKey = new Map<string, Map<string, number>>();
  for (const [word, count] of uses)
    for (const { stem } of acronymReadings(word)) {
      const key = regularKey(stem);
      const forms = byKey.get(key) ?? new Map<string, number>();
      forms.set(stem, (forms.get(stem) ?? 0) + count);
      byKey.set(key, forms);
    }
  const reported = new Set<string>();
  for (const [key, forms] of byKey) {
    if (forms.size < 2) continue;
    const [preferred, count] = [...forms].reduce((best, form) =>
      form[1] > best[1] || (form[1] === best[1] && isFinalForm(form[0].slice(-1))) ? form : best,
    );
    for (const word of uses.keys()) {
      if (reported.has(word)) continue;
      const reading = acronymReadings(word).find((r) => regularKey(r.stem) === key && r.stem !== preferred);
      if (!reading) continue;
      reported.add(word);
      const pair: SpellingPair = { kind: 'acronym-final', preferred, found: reading.stem, count };
      const replacement = attachPrefix(reading.prefix, preferred);
      for (const place of placesOf(doc, word))
        findings.push(pairFinding(doc, pair, place.paragraph, place.start, place.end, replacement));
    }
  }
}
