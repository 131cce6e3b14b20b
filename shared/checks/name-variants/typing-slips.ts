// A name written once or twice with a typing slip beside its right spelling elsewhere in the document:
// two neighbouring letters swapped (סילבה / סיבלה, פלנטקר / פלטנקר, ג׳קרטה / ג׳רקטה, a geresh staying
// with its letter), one consonant left out or added (נרנדרה / נרנדה), or typed past the end (מנסורק
// עבאס / מנסור עבאס). Slips are no transcription
// choice, so the alternation table (variants.ts) leaves them out: as a distance they would join Hebrew
// words too (גולן / גודלן; QA-CHECKS.md fix 62).
// Reported only where the right spelling is a name's (a word the written word list does not know, used
// more often than the slip or seen in print, in the news list), the slip is a word no list knows, and
// both stand beside the same name word (the rest of the name: לולה דה סילבה / לולה דה סיבלה), or the
// slip, of five letters or more, is written once beside a clear majority (beyondDoubt). The right
// spelling may be one the document writes only after a prefix (בפיטסבורג beside פיסטבורג). Reported
// under a message of its own ("looks like a typing slip of …"), with the right spelling as the fix,
// the slip's prefix kept. Which spellings a slip undoes is slip-repairs.ts's; whether one of them is
// what was meant, slip-judgement.ts's.
import { isIsmBesideBase } from '../../hebrew/ism-suffix';
import type { Finding } from '../../model/finding';
import { PREFIXES, attachPrefix, isPrefix, prefixReadings } from '../../hebrew/prefixes';
import type { NameDocument, StemUse } from './stem-use';
import { notAtEarlier, pairFinding, type SpellingPair } from './pair-finding';
import { shareNameWord } from './slip-neighbours';
import { KeptAnswers } from './kept-answers';
import { isKnownNameForm, vowelSlipRepairs } from './known-name-forms';
import {
  DroppedConsonants,
  droppedForms,
  letterCount,
  slipRepairs,
  strayLetterRepair,
  substitutionRepairs,
  trailingLetterRepair,
} from './slip-repairs';
import {
  MIN_SLIP_LETTERS,
  SHORT_SLIP_LETTERS,
  beyondDoubt,
  firstDifference,
  outweighs,
  tiedSwap,
  type Slip,
  type SlipReading,
} from './slip-judgement';

/** A slip is made once, or twice in a long text; a spelling written more often is chosen, not slipped. */
const MAX_SLIP_USES = 2;

/**
 * Letters, a geresh after one allowed (ג׳מאל): a gershayim or maqaf marks a spelling the other checks
 * read.
 */
const isPlain = (stem: string) => /^[\u05D0-\u05EA](?:[\u05D0-\u05EA]|׳(?!׳))*$/.test(stem);

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

/**
 * A spelling written once that only the news list knows: the list holds the slips of the press too
 * (טרמאפ beside טראמפ), so such a spelling of five letters or more may be one, of two letters swapped
 * only: a letter added or left out relates the list's prefixed words (ההדדית / הדדית).
 */
const seenOnceOnlyInNews = (use: StemUse) =>
  use.info.seenOnly === true && use.count === 1 && use.info.letters >= MIN_SLIP_LETTERS;

/** A spelling the news list or the built-in tables know as a name's. */
const printedName = (use: StemUse) => use.info.seenOnly === true || isKnownNameForm(use.info.stem);

/** Two spellings of one length whose first difference is an א swapped with its neighbour (טרמאפ / טראמפ). */
function movesAlef(a: string, b: string): boolean {
  const i = firstDifference(a, b);
  return i >= 0 && (a[i] === 'א' || b[i] === 'א');
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

/** What typing-slips keeps of a document between re-checks. */
export class SlipMemory {
  readonly dropped = new DroppedConsonants();
  /** Each possible slip's findings, before those of the earlier passes are taken out. */
  readonly results = new KeptAnswers<readonly Finding[]>();
}

/**
 * The name spellings a slip reading is one slip from, most used first. `read` collects the spellings
 * looked up: the answer changes only when one of them comes or goes.
 */
function repairsOf(slip: SlipReading, doc: NameDocument, memory: SlipMemory, read: string[]): StemUse[] {
  const found: StemUse[] = [];
  const short = letterCount(slip.stem) < MIN_SLIP_LETTERS;
  // A spelling the news list knows is a slip only of a name the lists know too, an א of its
  // transcription swapped with a neighbour (seenOnceOnlyInNews): Hebrew words a swap apart are many
  // (חוברת / חורבת, התיישבות / התייבשות), but Hebrew writes no vowel א inside a word.
  const inNews = slip.use.info.common;
  const consider = (right: StemUse, kind: Slip) => {
    if (isIsmBesideBase(slip.stem, right.info.stem) || oneWordPrefixed(slip.stem, right.info.stem)) return;
    if (inNews && !(kind === 'swap' && movesAlef(slip.stem, right.info.stem) && printedName(right))) return;
    if (
      outweighs(right, slip.use)
        ? (!short && beyondDoubt(slip, right, kind)) || shareNameWord(slip.use, right, doc)
        : tiedSwap(slip, right, kind, doc)
    )
      found.push(right);
  };
  /** The document's use of `stem`, read, when it is a name spelling. */
  const nameSpelling = (stem: string): StemUse | undefined => {
    read.push(stem);
    const use = doc.uses.get(stem);
    return use && isNameSpelling(use) ? use : undefined;
  };
  for (const stem of slipRepairs(slip.stem)) {
    const swap = stem.length === slip.stem.length;
    const use = nameSpelling(stem);
    if (use) consider(use, swap ? 'swap' : 'added');
    else if (swap && !short && !doc.uses.has(stem)) {
      const prefixed = writtenOnlyAfterPrefix(doc, stem);
      if (prefixed) consider(prefixed, 'swap');
    }
  }
  if (!short)
    for (const stem of substitutionRepairs(slip.stem)) {
      const use = nameSpelling(stem);
      if (use) consider(use, 'substituted');
    }
  const stray = strayLetterRepair(slip.stem);
  const strayRight = stray === undefined ? undefined : nameSpelling(stray);
  if (strayRight) consider(strayRight, 'stray');
  const trailing = trailingLetterRepair(slip.stem);
  const trailingRight = trailing === undefined ? undefined : nameSpelling(trailing);
  if (trailingRight) consider(trailingRight, 'trailing');
  for (const stem of memory.dropped.spellingsOf(slip.stem) ?? []) {
    const use = doc.uses.get(stem);
    if (use) consider(use, 'dropped');
  }
  for (const stem of vowelSlipRepairs(slip.stem)) {
    if (isKnownNameForm(stem)) {
      read.push(stem);
      const use = doc.uses.get(stem) ?? writtenOnlyAfterPrefix(doc, stem);
      if (use) consider(use, 'vowel');
    } else if (!short) {
      const use = nameSpelling(stem);
      if (use) consider(use, 'vowel');
    }
  }
  return found.sort((a, b) => b.count - a.count);
}

/**
 * One word, once with a prefix the checker kept on it: בביירות, written only so and never read as ב +
 * ביירות, beside the ביירות of לביירות. A letter added or left out there is the prefix, not a slip.
 */
function oneWordPrefixed(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return prefixReadings(long).some((r) => r.stem === short);
}

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
    if ((!use.info.common && use.count <= MAX_SLIP_USES) || seenOnceOnlyInNews(use)) slips.push(use);
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
    read.push(slip.stem);
    const right = repairsOf(slip, doc, memory, read)[0];
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
