// The spellings a typing slip undoes, for typing-slips.ts: two neighbouring letters swapped back, one
// inner consonant taken out (a slip that added it) or, through an index of the right spellings kept
// between re-checks, put back (a slip that left it out), a letter typed with the key beside its own put
// right, or a letter typed past a word's end taken off.
import { keyboardNeighbours } from '../../hebrew/keyboard';
import { GERESH, isFinalForm, regularizeFinals, withFinalForm } from '../../hebrew/letters';
import { MATRES } from '../../hebrew/variants';
import { rememberedPerKey } from '../../memo/remembered';

/**
 * The spellings one slip undoes: each pair of neighbouring letters swapped back (not the first letter,
 * where a prefix may stand), and each inner consonant taken out (a vowel letter, one of MATRES, is a
 * spelling choice, which variants.ts judges). Letters in regular form; the result with its final form.
 */
export const slipRepairs: (stem: string) => readonly string[] = rememberedPerKey(50_000, (stem) => {
  const letters = regularizeFinals(stem);
  // A foreign name may end in a regular פ or כ where Hebrew writes a final one (טראמפ, for the p): a
  // slip of it (טרמאפ) ends so too, and its repair is written both ways.
  const regularEnd = letters === stem && withFinalForm(stem) !== stem;
  const out = new Set<string>();
  const add = (repair: string) => {
    out.add(withFinalForm(repair));
    if (regularEnd) out.add(repair);
  };
  for (let i = 1; i + 1 < letters.length; i++) {
    // A geresh stays with its letter (ג׳מאל / ג׳אמל): it is neither swapped nor left out.
    if (letters[i] !== letters[i + 1] && letters[i] !== GERESH && letters[i + 1] !== GERESH)
      add(letters.slice(0, i) + letters[i + 1] + letters[i] + letters.slice(i + 2));
    // The ל of a joined Arabic article (אלסלאם, al-Salam) is the article, not a letter typed in: without
    // it the word is another (אסלאם, Islam).
    const articleLamed = i === 1 && letters.startsWith('אל');
    if (
      !MATRES.has(letters[i] as string) &&
      letters[i] !== GERESH &&
      letters[i + 1] !== GERESH &&
      !articleLamed
    )
      add(letters.slice(0, i) + letters.slice(i + 1));
  }
  out.delete(stem);
  return [...out];
});

/**
 * The spelling a letter typed past a word's end undoes (ג׳ניןו → ג׳נין): a final form stands only at
 * the end of a Hebrew word (HEBREW.md §6 row 18), so a letter after one was typed past the end.
 */
export function strayLetterRepair(stem: string): string | undefined {
  return stem.length > 2 && isFinalForm(stem[stem.length - 2] as string) ? stem.slice(0, -1) : undefined;
}

/**
 * Letters Hebrew adds at a word's end (the feminine ה ת, the plural and possessive endings י ו ם ן נ
 * ך כ מ, the א of a foreign ending), and the ש of an English -ish (טורקיש of Turkish Airlines beside
 * טורקי): such a letter after a name makes another form of it as readily as a slip, so only another
 * consonant counts as typed past the end.
 */
const ENDING_LETTERS = new Set('הויתאםןנךכמש');

/** The fewest letters of a spelling for a trailing consonant to be read as a slip. */
const MIN_TRAILING_LETTERS = 5;

/**
 * The spelling a consonant typed past a name's end undoes (מנסורק → מנסור), when the consonant is no
 * letter Hebrew ends words with.
 */
export function trailingLetterRepair(stem: string): string | undefined {
  // The last letter first: most words end in one Hebrew ends words with, and that test allocates nothing.
  if (ENDING_LETTERS.has(stem[stem.length - 1] as string) || letterCount(stem) < MIN_TRAILING_LETTERS)
    return undefined;
  return withFinalForm(stem.slice(0, -1));
}

/**
 * The spellings a letter typed with a neighbouring key undoes (חריגי → חרירי): each letter after the
 * first (where a prefix may stand) replaced by the letters on the keys beside it, as typed, final forms
 * included (a final letter has a key of its own).
 */
export const substitutionRepairs: (stem: string) => readonly string[] = rememberedPerKey(50_000, (stem) => {
  const out = new Set<string>();
  for (let i = 1; i < stem.length; i++)
    for (const key of keyboardNeighbours(stem[i] as string))
      out.add(stem.slice(0, i) + key + stem.slice(i + 1));
  return [...out];
});

/** How many letters a spelling has (a geresh is no letter). */
export const letterCount = (stem: string) => stem.replaceAll(GERESH, '').length;

/** The forms a right spelling reads as with one consonant left out (ארגטינה of ארגנטינה). */
export const droppedForms = (stem: string): string[] =>
  slipRepairs(stem).filter((f) => f.length < stem.length);

/**
 * Right spellings by what they read with one consonant taken out (ארגנטינה under ארגטינה), for the
 * slips that leave one out. Kept across re-checks: only the spellings that came or went since the last
 * one are indexed or dropped, instead of every spelling's forms being listed again after each keystroke.
 */
export class DroppedConsonants {
  private readonly indexed = new Set<string>();
  private readonly byForm = new Map<string, Set<string>>();

  /** Makes `rights` (stems) the spellings indexed. */
  update(rights: ReadonlySet<string>): void {
    for (const stem of this.indexed) if (!rights.has(stem)) this.move(stem, false);
    for (const stem of rights) if (!this.indexed.has(stem)) this.move(stem, true);
  }

  /** The right spellings that read `form` with one consonant taken out. */
  spellingsOf(form: string): ReadonlySet<string> | undefined {
    return this.byForm.get(form);
  }

  private move(stem: string, add: boolean): void {
    if (add) this.indexed.add(stem);
    else this.indexed.delete(stem);
    for (const form of droppedForms(stem)) {
      let spellings = this.byForm.get(form);
      if (!spellings) this.byForm.set(form, (spellings = new Set()));
      if (add) spellings.add(stem);
      else if (spellings.delete(stem) && spellings.size === 0) this.byForm.delete(form);
    }
  }
}
