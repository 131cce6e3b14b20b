// Spellings the built-in tables know as a foreign name's, and the ו or י slips of them. typing-slips.ts
// trusts a table's spelling as the right one of a slip that moves, adds or leaves out a ו or י
// (ארודאן for ארדואן, טרוקיה for טורקיה, נורוויגית for נורווגית), which it would not trust of a word
// it knows nothing of: a ו or י moved or added relates Hebrew forms (מתוכננת / מתכוננת), but a word
// no list knows, one such slip from a name the press prints, is that name mistyped.
import { starterGlossary } from '../../glossary/starter';
import { DUAL_NAME_FORMS } from '../../hebrew/dual-spellings';
import { KNOWN_NAME_SPELLINGS } from '../../hebrew/known-name-spellings';
import { PRINTED_NAMES } from '../../hebrew/printed-names';
import { regularizeFinals, withFinalForm } from '../../hebrew/letters';
import { normalizeWord } from '../../hebrew/normalize';
import { VAV_YOD } from '../../hebrew/variants';
import { letterCount } from './slip-repairs';
import type { StemUse } from './stem-use';
import { isLexiconWord } from '../../hebrew/lexicon';

/**
 * The fewest letters of a table's spelling whose slips are trusted: a ו or י added to a shorter name
 * makes too many words (סוריה / סורייה is a spelling, not a slip).
 */
const MIN_KNOWN_LETTERS = 5;

/** The one-word spellings of the starter glossary, the known-name table and the dual table's names. */
const TABLE_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>(DUAL_NAME_FORMS);
  for (const row of KNOWN_NAME_SPELLINGS) for (const form of row) forms.add(form);
  for (const entry of starterGlossary.entries)
    for (const term of entry.terms) if (!term.text.includes(' ')) forms.add(normalizeWord(term.text));
  return forms;
})();

const KNOWN_FORMS: ReadonlySet<string> = new Set(
  [...TABLE_FORMS].filter((form) => letterCount(form) >= MIN_KNOWN_LETTERS),
);

/** A spelling the built-in tables list as a name's, of MIN_KNOWN_LETTERS or more. */
export function isKnownNameForm(stem: string): boolean {
  return KNOWN_FORMS.has(stem);
}

/** The table forms and every spelling of the printed-names list. */
const NAME_FORMS: ReadonlySet<string> = new Set([
  ...TABLE_FORMS,
  ...PRINTED_NAMES.flatMap((row) => row.slice(1)),
]);

/** A spelling the built-in tables or the printed-names list give as a name's, of any length (דאעש, חמאס). */
export function isTableNameForm(stem: string): boolean {
  return NAME_FORMS.has(stem);
}

/**
 * The fewest letters of either spelling when a ו or י is added or left out: a loanword written
 * without its vowel letter is one such slip from a shorter name (טרקים, "treks", beside טורקים).
 */
const MIN_VOWEL_SLIP_LETTERS = 6;

/**
 * The spellings a slip reads as with one inner ו or י taken out or put in (נורוויגית → נורווגית,
 * חזיבאללה → חזבאללה). Neither at the first letter, where a prefix's ו may stand, nor among the last
 * three, where ו and י make inflections (חות׳ים / חות׳יים, לבנון / לבנוני): grammar, not slips.
 */
export function vowelSlipRepairs(stem: string): readonly string[] {
  if (letterCount(stem) < MIN_VOWEL_SLIP_LETTERS) return [];
  const letters = regularizeFinals(stem);
  const out = new Set<string>();
  for (let i = 1; i <= letters.length - 3; i++) {
    if (i < letters.length - 3 && VAV_YOD.has(letters[i] as string))
      out.add(letters.slice(0, i) + letters.slice(i + 1));
    for (const vowel of VAV_YOD) out.add(letters.slice(0, i) + vowel + letters.slice(i));
  }
  return [...out]
    .map(withFinalForm)
    .filter((form) => form !== stem && letterCount(form) >= MIN_VOWEL_SLIP_LETTERS);
}

/**
 * One spelling the built-in tables list as a name's beside others no list knows (דאעש / דעאש): the
 * table's name is a name and the others, known nowhere, are not a second one, as ראשד and רשאד are.
 * `minLetters`: the fewest letters of every spelling.
 */
export function tableNameBesideUnknown(members: readonly StemUse[], minLetters = 0): boolean {
  const unknown = (m: StemUse) =>
    !isTableNameForm(m.info.stem) && !m.info.common && !isLexiconWord(m.info.stem);
  // Two spellings the lists both give are two names (קאסם, Kafr Qasim / קסאם, Qassam).
  return (
    members.every((m) => m.info.letters >= minLetters) &&
    members.filter((m) => isTableNameForm(m.info.stem)).length === 1 &&
    members.every((m) => isTableNameForm(m.info.stem) || unknown(m))
  );
}

/**
 * The fewest letters of a pair that needs a name word (ShortPlene, Far) joined beside a table's name
 * instead: shorter names meet first names two ways (חוסיין / חסין, Husayn and Hassin).
 */
export const TABLE_FAR_LETTERS = 5;
