// A name written once or twice with a typing slip beside its right spelling elsewhere in the document:
// two neighbouring letters swapped (סילבה / סיבלה, פלנטקר / פלטנקר, ג׳קרטה / ג׳רקטה, a geresh staying
// with its letter), or one consonant left out or added (נרנדרה / נרנדה). Slips are no transcription choice, so the alternation table (variants.ts)
// leaves them out: as a distance they would join Hebrew words too (גולן / גודלן; QA-CHECKS.md fix 62).
// Reported only where the right spelling is a name's (a word the written word list does not know, used
// more often than the slip or seen in print, in the news list), the slip is a word no list knows, and
// both stand beside the same name word (the rest of the name: לולה דה סילבה / לולה דה סיבלה), or the
// slip, of five letters or more, is written once beside a clear majority (beyondDoubt). The right
// spelling may be one the document writes only after a prefix (בפיטסבורג beside פיסטבורג). Reported
// under a message of its own ("looks like a typing slip of …"), with the right spelling as the fix,
// the slip's prefix kept.
import type { Finding } from '../../model/finding';
import { PREFIXES, attachPrefix, isPrefix, prefixReadings } from '../../hebrew/prefixes';
import { GERESH, regularizeFinals, withFinalForm } from '../../hebrew/letters';
import { MATRES, VAV_YOD } from '../../hebrew/variants';
import { rememberedPerKey } from '../../memo/remembered';
import type { NameDocument, StemUse } from './stem-use';
import { notAtEarlier, pairFinding, type SpellingPair } from './pair-finding';
import { shareNameWord } from './slip-neighbours';
import { KeptAnswers } from './kept-answers';
import { isKnownNameForm, vowelSlipRepairs } from './known-name-forms';
import { MIN_TIED_LETTERS, writtenAfter } from './tied-slips';

/** A slip is made once, or twice in a long text; a spelling written more often is chosen, not slipped. */
const MAX_SLIP_USES = 2;

/**
 * The fewest letters of a slip: shorter words are one slip away from too many others. A four-letter slip
 * needs the shared name word (יויס / יוסי אבוקסיס): written once beside a clear majority alone, it made
 * Hebrew words of names (סודאן / סואן, מחזור / מזור).
 */
const MIN_SLIP_LETTERS = 5;
const SHORT_SLIP_LETTERS = 4;

/**
 * The spellings one slip undoes: each pair of neighbouring letters swapped back (not the first letter,
 * where a prefix may stand), and each inner consonant taken out (a vowel letter, one of MATRES, is a
 * spelling choice, which variants.ts judges). Letters in regular form; the result with its final form.
 */
const slipRepairs: (stem: string) => readonly string[] = rememberedPerKey(50_000, (stem) => {
  const letters = regularizeFinals(stem);
  const out = new Set<string>();
  for (let i = 1; i + 1 < letters.length; i++) {
    // A geresh stays with its letter (ג׳מאל / ג׳אמל): it is neither swapped nor left out.
    if (letters[i] !== letters[i + 1] && letters[i] !== GERESH && letters[i + 1] !== GERESH)
      out.add(withFinalForm(letters.slice(0, i) + letters[i + 1] + letters[i] + letters.slice(i + 2)));
    if (!MATRES.has(letters[i] as string) && letters[i] !== GERESH && letters[i + 1] !== GERESH)
      out.add(withFinalForm(letters.slice(0, i) + letters.slice(i + 1)));
  }
  out.delete(stem);
  return [...out];
});

/**
 * Letters, a geresh after one allowed (ג׳מאל): a gershayim or maqaf marks a spelling the other checks
 * read.
 */
const isPlain = (stem: string) => /^[\u05D0-\u05EA](?:[\u05D0-\u05EA]|׳(?!׳))*$/.test(stem);

/** How many letters a spelling has (a geresh is no letter). */
const letterCount = (stem: string) => stem.replaceAll(GERESH, '').length;

/**
 * A spelling that may be a name's right one: not a word of the written list, or a name the built-in
 * tables know (טורקיה), and plain letters.
 */
function isNameSpelling(use: StemUse): boolean {
  return (
    (!use.info.common || use.info.seenOnly === true || isKnownNameForm(use.info.stem)) &&
    isPlain(use.info.stem)
  );
}

/** `right` is the spelling `slip` was meant to be: more used than the slip, or seen in print. */
function outweighs(right: StemUse, slip: StemUse): boolean {
  return right.info.seenOnly === true || (right.count > slip.count && right.count >= 2);
}

/**
 * A possible slip: a word no list knows, read as its stem or, where the checker found no prefix on it
 * (a slip's stem is never seen alone to attest one), as a prefix and the rest (ופלטנקר = ו + פלטנקר).
 */
interface SlipReading {
  readonly use: StemUse;
  readonly stem: string;
  readonly prefix: string;
  readonly articleRestored?: boolean;
}

function slipReadings(use: StemUse, doc: NameDocument): SlipReading[] {
  const readings: SlipReading[] = [{ use, stem: use.info.stem, prefix: '' }];
  if (use.types.some((type) => doc.readingOf(type).prefix !== '')) return readings;
  for (const r of prefixReadings(use.info.stem))
    if (r.prefix !== '' && letterCount(r.stem) >= MIN_SLIP_LETTERS)
      readings.push({
        use,
        stem: r.stem,
        prefix: r.prefix,
        ...(r.articleRestored ? { articleRestored: true } : {}),
      });
  return readings;
}

/**
 * Right spellings by what they read with one consonant taken out (ארגנטינה under ארגטינה), for the
 * slips that leave one out. Kept across re-checks: only the spellings that came or went since the last
 * one are indexed or dropped, instead of every spelling's forms being listed again after each keystroke.
 */
class DroppedConsonants {
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

/** What typing-slips keeps of a document between re-checks. */
export class SlipMemory {
  readonly dropped = new DroppedConsonants();
  /** Each possible slip's findings, before those of the earlier passes are taken out. */
  readonly results = new KeptAnswers<readonly Finding[]>();
}

/** The forms a right spelling reads as with one consonant left out (ארגטינה of ארגנטינה). */
const droppedForms = (stem: string): string[] => slipRepairs(stem).filter((f) => f.length < stem.length);

/** The name spellings a slip reading is one slip from, most used first. */
function repairsOf(slip: SlipReading, doc: NameDocument, memory: SlipMemory): StemUse[] {
  const found: StemUse[] = [];
  const short = letterCount(slip.stem) < MIN_SLIP_LETTERS;
  const consider = (right: StemUse, kind: Slip) => {
    if (
      outweighs(right, slip.use)
        ? (!short && beyondDoubt(slip, right, kind)) || shareNameWord(slip.use, right, doc)
        : tiedSwap(slip, right, kind, doc)
    )
      found.push(right);
  };
  for (const stem of slipRepairs(slip.stem)) {
    const use = doc.uses.get(stem);
    const swap = stem.length === slip.stem.length;
    if (use && isNameSpelling(use)) consider(use, swap ? 'swap' : 'added');
    else if (swap && !short && !use) {
      const prefixed = writtenOnlyAfterPrefix(doc, stem);
      if (prefixed) consider(prefixed, 'swap');
    }
  }
  for (const stem of memory.dropped.spellingsOf(slip.stem) ?? []) {
    const use = doc.uses.get(stem);
    if (use) consider(use, 'dropped');
  }
  for (const stem of vowelSlipRepairs(slip.stem)) {
    if (!isKnownNameForm(stem)) continue;
    const use = doc.uses.get(stem) ?? writtenOnlyAfterPrefix(doc, stem);
    if (use) consider(use, 'vowel');
  }
  return found.sort((a, b) => b.count - a.count);
}

/** How a slip differs from its right spelling; 'vowel': a ו or י added or left out. */
type Slip = 'swap' | 'added' | 'dropped' | 'vowel';

/** The one-letter prefixes a right spelling may be written with throughout (בפיטסבורג). */
const ONE_LETTER_PREFIXES = PREFIXES.filter((prefix) => prefix.length === 1);

/**
 * A right spelling the document writes only after a one-letter prefix (בפיטסבורג twice, never
 * פיטסבורג alone, so the checker keeps the ב on): the use of that writing, read as `stem`, the spelling
 * it was written with. Only for two swapped letters, which a prefix cannot fake, or a name the tables
 * know (הנורווגית).
 */
function writtenOnlyAfterPrefix(doc: NameDocument, stem: string): StemUse | undefined {
  let found: StemUse | undefined;
  let count = 0;
  for (const prefix of ONE_LETTER_PREFIXES) {
    const use = doc.uses.get(prefix + stem);
    if (!use || !(isNameSpelling(use) || isKnownNameForm(stem))) continue;
    found ??= use;
    // Its writings after different prefixes are one spelling (באפגניסטן, מאפגניסטן).
    count += use.count;
  }
  return found && { ...found, count, info: { ...found.info, stem } };
}

/**
 * The stems whose slip answers a change of `stem` concerns besides its own: the forms it reads as with
 * a consonant left out, and the stem without a one-letter prefix (a change of בפיטסבורג concerns the
 * slips one swap from פיטסבורג).
 */
function relatedStems(stem: string): string[] {
  const related = droppedForms(stem);
  if (isPrefix(stem.slice(0, 1))) related.push(stem.slice(1));
  return related;
}

/** How often the right spelling is written for a slip to need no shared name word. */
const CLEAR_MAJORITY = 3;

/**
 * A slip this long is one slip from no other word a document is likely to hold, so a right spelling
 * written twice is majority enough (לבנדובסקי ×2 / לבנדובקי). Seven letters still meet Hebrew words the
 * lists lack (קנצלרית / קנלצרית, a slip too, but of an ordinary word).
 */
const LONG_SLIP_LETTERS = 8;

/**
 * A consonant left out of a spelling of eight letters (ארגטינה of ארגנטינה, written twice): seven
 * letters left are one slip from no Hebrew word, as a slip of eight is.
 */
const LONG_DROPPED_LETTERS = 7;

/**
 * A slip needs no shared name word beside it when it is written once beside a spelling written three
 * times or more (twice for a long slip), and is two letters swapped (אלטמן / אטלמן), not ו or י, or a consonant left out
 * (ארגנטינה / ארגטינה). A ו or י swapped with its neighbour relates Hebrew forms (מתוכננת / מתכוננת,
 * ששיחק / שישחק), and a consonant added makes Hebrew words of names (גולן / גודלן, חיפה / חליפה).
 */
function beyondDoubt(slip: SlipReading, right: StemUse, kind: Slip): boolean {
  const long =
    letterCount(slip.stem) >= LONG_SLIP_LETTERS ||
    (kind === 'dropped' && letterCount(slip.stem) >= LONG_DROPPED_LETTERS);
  // A name the tables know is a name: written more often than a word no list knows one slip from it
  // (outweighs), it is what was meant, a ו or י moved or added too (ארודאן / ארדואן, נורוויגית /
  // נורווגית), whose other slips a Hebrew form could explain.
  if (isKnownNameForm(right.info.stem)) return true;
  if (kind === 'vowel') return false;
  const majority = long ? 2 : CLEAR_MAJORITY;
  if (slip.use.count !== 1 || right.count < majority) return false;
  if (kind === 'dropped') return true;
  // Eight letters or more are one slip from no Hebrew form, a ו or י moved too (אפגנסיטן / אפגניסטן).
  return (
    kind === 'swap' &&
    (letterCount(slip.stem) >= LONG_SLIP_LETTERS || swapsNoVavOrYod(slip.stem, right.info.stem))
  );
}

/**
 * Two consonants swapped between two words no list knows, written as often as each other: the one
 * written later is reported as another spelling of the first (tied-slips.ts).
 */
function tiedSwap(slip: SlipReading, right: StemUse, kind: Slip, doc: NameDocument): boolean {
  return (
    kind === 'swap' &&
    right.count === slip.use.count &&
    !right.info.common &&
    letterCount(slip.stem) >= MIN_TIED_LETTERS &&
    swapsNoVavOrYod(slip.stem, right.info.stem) &&
    writtenAfter(doc, slip.use, right)
  );
}

/**
 * Neither swapped letter is ו or י: those moved across a neighbour relate Hebrew forms (מתוכננת /
 * מתכוננת); an א swapped with a consonant is a slip like any other (בלאנקוס / בלנאקוס).
 */
function swapsNoVavOrYod(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) return !VAV_YOD.has(a[i] as string) && !VAV_YOD.has(b[i] as string);
  return false;
}

/**
 * `earlier`: the name-variant findings made so far; a word one of them points at is already in a
 * cluster and is not reported again. `memory`: what was kept of the document, brought up to date
 * here; `dirtyStems`: the stems whose words were edited, re-read or moved since (null: all of them).
 */
export function typingSlipFindings(
  doc: NameDocument,
  earlier: readonly Finding[],
  memory: SlipMemory,
  dirtyStems: ReadonlySet<string> | null,
): readonly Finding[] {
  memory.results.forget(dirtyStems, relatedStems);
  const slips: StemUse[] = [];
  const rights = new Set<string>();
  for (const use of doc.uses.values()) {
    if (use.info.letters < SHORT_SLIP_LETTERS || !isNameSpelling(use)) continue;
    if (!use.info.common && use.count <= MAX_SLIP_USES) slips.push(use);
    rights.add(use.info.stem);
  }
  if (slips.length === 0) return [];
  memory.dropped.update(rights);
  const findings: Finding[] = [];
  for (const use of slips) {
    let found = memory.results.get(use.info.stem);
    if (!found) {
      const answer = slipAnswer(use, doc, memory);
      memory.results.set(use.info.stem, answer.findings, answer.read);
      found = answer.findings;
    }
    for (const f of found) findings.push(f);
  }
  return notAtEarlier(findings, earlier);
}

/**
 * A word's findings as a slip, and the stems the answer read (its own, each reading's and the spellings
 * one slip from it). One reading a word: the first that finds a right spelling (the word as read
 * before a prefix reading).
 */
function slipAnswer(
  use: StemUse,
  doc: NameDocument,
  memory: SlipMemory,
): { findings: Finding[]; read: string[] } {
  const findings: Finding[] = [];
  const read = [use.info.stem];
  for (const slip of slipReadings(use, doc)) {
    read.push(slip.stem, ...slipRepairs(slip.stem), ...vowelSlipRepairs(slip.stem));
    const right = repairsOf(slip, doc, memory)[0];
    if (!right) continue;
    // A tie says only that one of the two slipped: the later is another spelling of the first.
    const tied = !outweighs(right, use);
    const pair: SpellingPair = {
      kind: 'slip',
      preferred: right.info.stem,
      found: slip.stem,
      count: right.count,
      ...(tied ? {} : { key: 'typing-slip' as const }),
    };
    for (const type of use.types) {
      const reading = slip.prefix === '' ? doc.readingOf(type) : slip;
      const replacement = attachPrefix(reading.prefix, right.info.stem, reading.articleRestored);
      for (const paragraph of doc.stats.paragraphsOf(type))
        for (const word of doc.stats.occurrences(paragraph, type))
          findings.push(pairFinding(doc, pair, paragraph, word.start, word.end, replacement));
    }
    break;
  }
  return { findings, read };
}
