// Measures name-variants on batches of real text with an answer key, the way QA-CHECKS.md reports it:
//   npm run --silent measure-names -- DIR… [--per-file] [--found]
// A DIR holds numbered excerpts (NN.txt) and clusters.txt: one cluster a line, its spellings without
// prefixes, _ for a space inside a spelling, # to the end of the line for a comment. All files of a DIR
// are checked as one document (or each alone with --per-file: recall over the names written two ways
// within one excerpt, and false clusters). A reported cluster finds a key's name when it holds two of
// its spellings, or two of the words in which a multi-word name's spellings differ (the checker
// reports the word: ח׳מינאי / חמינאי for עלי ח׳מינאי / עלי חמינאי; cluster-match.ts); a reported
// cluster that finds no name is false. An unfinished last word (a search tool's cut: no closing
// punctuation, a comma included) is dropped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { tokenize } from '../../shared/hebrew/tokenize';
import { withoutUnfinishedWord } from './excerpt-text';
import { prefixReadings } from '../../shared/hebrew/prefixes';
import {
  findsName,
  reportedClusterKinds,
  type ReportedCluster,
} from '../../shared/checks/name-variants/cluster-match';

/** A key line's spellings in comparison form (_ stands for a space inside a spelling). */
function spellingsOf(line: string): string[] {
  // As the checker reads the words: a quote mark that cannot be a geresh (סווידאא' of one key) closes
  // a quotation and is no letter of the word.
  return line.split(/\s+/).map((w) => {
    const words = tokenize(w.replace(/_/g, ' ')).map((t) => t.norm);
    return words.length > 0 ? words.join(' ') : normalizeWord(w.replace(/_/g, ' '));
  });
}

/** The spellings without the words they all share at either end (בן זאיד of מוחמד בן זאיד). */
function cores(spellings: readonly string[]): string[] {
  const words = spellings.map((s) => s.split(' '));
  const first = words[0] as string[];
  let lead = 0;
  while (words.every((ws) => ws.length > lead + 1 && ws[lead] === first[lead])) lead++;
  let tail = 0;
  while (
    words.every(
      (ws) => ws.length > lead + tail + 1 && ws[ws.length - 1 - tail] === first[first.length - 1 - tail],
    )
  )
    tail++;
  return words.map((ws) => ws.slice(lead, ws.length - tail).join(' '));
}

/** When the spellings have as many words, each word that differs (בן, בין of מוחמד בן/בין זאיד). */
function differingWords(spellings: readonly string[]): string[] {
  const words = spellings.map((s) => s.split(' '));
  const first = words[0] as string[];
  if (!words.every((ws) => ws.length === first.length)) return [];
  return first.flatMap((_, i) =>
    new Set(words.map((ws) => ws[i])).size > 1 ? words.map((ws) => ws[i] as string) : [],
  );
}

/**
 * One name of the key. `spellings`: what a reported cluster may hold to find it (the checker reports
 * the word that differs: ח׳מינאי / חמינאי for עלי ח׳מינאי / עלי חמינאי). `forms`: the ways a text
 * writes it, the key's own lines only: a word that differs is no way of its own unless the key lists
 * it (בין of מוחמד בין זאייד is also "between", which the key left out on purpose), nor is a name's
 * core (אסד of ריאד אסד: the key's sub-line for Riad al-Asaad leaves it out, because bare אסד is
 * Bashar al-Assad; החופשי of צבא סוריה החופשי is an ordinary word).
 */
interface KeyName {
  readonly spellings: Set<string>;
  readonly forms: Set<string>;
}

function keyName(spellings: readonly string[]): KeyName {
  const forms = new Set(spellings);
  return { spellings: new Set([...forms, ...cores(spellings), ...differingWords(spellings)]), forms };
}

/** A spelling's words, a maqaf also parting them (אל־ת׳אני has the word ת׳אני). */
const piecesOf = (spelling: string) => spelling.split(/[\s־]+/);

/** True when `words` stand together, in order, among `pieces`. */
function standsIn(words: readonly string[], pieces: readonly string[]): boolean {
  for (let at = 0; at + words.length <= pieces.length; at++)
    if (words.every((w, k) => pieces[at + k] === w)) return true;
  return false;
}

/**
 * The key's names. A line right after a multi-word name whose every spelling is one of that name's
 * words (סוליימן סולימאן after סוליימן_עבד_אלחמיד סולימאן_עבד_אל_חמיד) is the word in which the
 * name's spellings differ, as the keys' notes define it: part of that name, not a name of its own.
 */
function keyOf(dir: string): KeyName[] {
  const names: KeyName[] = [];
  let multiWord: { name: KeyName; pieces: string[][] } | undefined;
  const merge = (into: KeyName, from: KeyName) => {
    for (const w of from.spellings) into.spellings.add(w);
    for (const w of from.forms) into.forms.add(w);
  };
  for (const raw of readFileSync(join(dir, 'clusters.txt'), 'utf8').split('\n')) {
    // A comment runs from # to the end of its line, on a line of its own or after the spellings.
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const spellings = spellingsOf(line);
    // Spellings that differ only in a look-alike mark (צה"ל / צה״ל, ח'אן / ח’אן) are one spelling to
    // the checker; typography reports the mark, name-variants has nothing to find.
    if (new Set(spellings).size < 2) continue;
    const name = keyName(spellings);
    if (multiWord && spellings.every((s) => multiWord?.pieces.some((p) => standsIn(piecesOf(s), p)))) {
      merge(multiWord.name, name);
      continue;
    }
    // One name when the key writes one of its ways twice; a shared core does not join two names
    // (המדינה האסלאמית and הרפובליקה האסלאמית; עלי חמינאי and מוג׳תבא חמינאי).
    const same = names.find((n) => [...name.forms].some((w) => n.forms.has(w)));
    if (same) merge(same, name);
    else names.push(name);
    multiWord = spellings.some((s) => s.includes(' '))
      ? { name: same ?? name, pieces: spellings.map(piecesOf) }
      : undefined;
  }
  return names;
}

function excerpts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((f) => withoutUnfinishedWord(readFileSync(join(dir, f), 'utf8')));
}

/** A word of a text in comparison form, and its readings with a prefix taken off (itself included). */
interface WordReadings {
  readonly whole: string;
  readonly readings: ReadonlySet<string>;
}

/** A text's words, each with its prefix readings (a spelling's first word may carry one). */
function wordReadings(text: string): WordReadings[] {
  return tokenize(text).map((token) => ({
    whole: token.norm,
    readings: new Set(
      prefixReadings(token.norm)
        .filter((r) => !r.articleRestored)
        .map((r) => r.stem),
    ),
  }));
}

/** Where a spelling (one word or several) is written in the text, a prefix on its first word allowed. */
function placesWritten(spelling: string, words: readonly ReadonlySet<string>[]): number[] {
  const parts = spelling.split(' ');
  const places: number[] = [];
  for (let at = 0; at + parts.length <= words.length; at++)
    if (parts.every((p, k) => (words[at + k] as ReadonlySet<string>).has(p))) places.push(at);
  return places;
}

/** Endings that make a country's adjective or plural (עיראק → עיראקי, עיראקיים; טורקי → טורקיה). */
const INFLECTION = /^(?:י|ית|ים|יים|יות|ה)$/;

/**
 * The key's spellings of a name a text writes, when it writes two ways. Not a way of its own: a
 * spelling that is part of another one written (הניה of אסמעיל הניה), or another one inflected
 * (עיראקי beside עיראק: some keys list a country with its adjective).
 */
function writtenTwoWays(name: KeyName, words: readonly WordReadings[]): string[] | undefined {
  // A word that is one of the name's spellings as it stands is that spelling, not also a prefix and
  // another one (וופא is the agency's name, not ו + ופא; ווליד is not ו + וליד).
  const readings = words.map((w) => (name.forms.has(w.whole) ? new Set([w.whole]) : w.readings));
  // A word that reads as two of the spellings after its prefix writes neither for sure (בוונציה: ב +
  // ונציה, or ב + וונציה, as Hebrew writes no ו three times): a place counts for a spelling only when
  // no other of as many words is read there.
  const spellingsAt = new Map<string, string[]>();
  for (const form of name.forms)
    for (const at of placesWritten(form, readings)) {
      const place = `${at}:${form.split(' ').length}`;
      spellingsAt.set(place, [...(spellingsAt.get(place) ?? []), form]);
    }
  const sure = [...spellingsAt].flatMap(([place, forms]) => (forms.length === 1 ? [place] : []));
  // A place inside a longer spelling's place is that spelling's word (שורא read in מועצת השורא).
  const span = (place: string) => place.split(':').map(Number) as [number, number];
  const inside = (place: string) => {
    const [at, length] = span(place);
    return sure.some((other) => {
      const [from, otherLength] = span(other);
      return otherLength > length && from <= at && at + length <= from + otherLength;
    });
  };
  const placed = new Set(
    sure.filter((place) => !inside(place)).map((place) => (spellingsAt.get(place) as string[])[0]),
  );
  const written = [...name.forms].filter((s) => placed.has(s));
  const within = (a: string, b: string) =>
    (piecesOf(a).length < piecesOf(b).length && standsIn(piecesOf(a), piecesOf(b))) ||
    (a.startsWith(b) && INFLECTION.test(a.slice(b.length)));
  const ways = written.filter((a) => !written.some((b) => b !== a && within(a, b)));
  // Two full names that write the varying word alike are one way (מוג׳תבא ח׳מינאי, עלי ח׳מינאי: two
  // men, one spelling of the surname); a way is told by the name's one-word spellings it holds.
  const singles = new Set([...name.spellings].filter((s) => !s.includes(' ')));
  const wayOf = (form: string) => {
    const held = form.split(' ').filter((w) => singles.has(w));
    return held.length > 0 && held.length < form.split(' ').length ? held.join(' ') : form;
  };
  return new Set(ways.map(wayOf)).size >= 2 ? ways : undefined;
}

const per2000 = (count: number, words: number) => ((count * 2000) / words).toFixed(2);

/**
 * How many of the false clusters are one word written two accepted ways (the dual table, a maqaf or a
 * space): no key lists them, as they are no name, but each is the same word written two ways.
 */
const acceptedNote = (falses: readonly ReportedCluster[]) =>
  ` (${falses.filter((c) => c.acceptedWays).length} of them one word written two accepted ways)`;

/**
 * The word-forms clusters (a gentilic's ending, a people's adjective plural), counted apart from the
 * names: how many, per 2,000 words, and how many a key lists all the same.
 */
const wordFormsNote = (forms: readonly ReportedCluster[], key: readonly KeyName[], words: number) => {
  const onKey = forms.filter((c) => key.some((k) => findsName(c.spellings, k.spellings))).length;
  return `; word forms apart: ${forms.length} clusters = ${per2000(forms.length, words)} per 2,000 words, ${onKey} on a key line`;
};

/** A text's reported clusters: the names', which the keys are read against, and the word forms apart. */
function namesAndForms(text: string): { names: ReportedCluster[]; forms: ReportedCluster[] } {
  const all = reportedClusterKinds(text);
  return {
    names: all.filter((c) => c.check === 'name-variants'),
    forms: all.filter((c) => c.check === 'word-forms'),
  };
}

const args = process.argv.slice(2);
const perFile = args.includes('--per-file');
// --found lists the names found too, for a recall without some kind of key line (the people's plurals).
const listFound = args.includes('--found');
for (const dir of args.filter((a) => !a.startsWith('--'))) {
  const key = keyOf(dir);
  const texts = excerpts(dir);
  const words = texts.reduce((n, t) => n + tokenize(t).length, 0);
  if (perFile) {
    let inExcerpts = 0;
    const missed: string[] = [];
    const foundNames: string[] = [];
    const forms: ReportedCluster[] = [];
    const falses = texts.flatMap((t) => {
      const { names: reported, forms: excerptForms } = namesAndForms(t);
      forms.push(...excerptForms);
      // The key's names written two ways within this excerpt, as an article's check would meet them.
      const words = wordReadings(t);
      for (const k of key) {
        const written = writtenTwoWays(k, words);
        if (!written) continue;
        inExcerpts++;
        if (!reported.some((c) => findsName(c.spellings, k.spellings))) missed.push(written.join('/'));
        else if (listFound) foundNames.push(written.join('/'));
      }
      return reported.filter((c) => !key.some((k) => findsName(c.spellings, k.spellings)));
    });
    const found = inExcerpts - missed.length;
    console.log(
      `${dir}: each excerpt alone, ${words} words; recall ${found}/${inExcerpts} = ` +
        `${inExcerpts ? ((100 * found) / inExcerpts).toFixed(1) : '—'}% of the names written two ways within ` +
        `one excerpt; ${falses.length} false = ${per2000(falses.length, words)} per 2,000 words` +
        acceptedNote(falses) +
        wordFormsNote(forms, key, words),
    );
    for (const m of missed) console.log(`  missed: ${m}`);
    for (const m of foundNames) console.log(`  found: ${m}`);
    for (const c of falses) console.log(`  false: ${[...c.spellings].join('/')}`);
    continue;
  }
  const { names: reported, forms } = namesAndForms(texts.join('\n'));
  const missed = key.filter((k) => !reported.some((c) => findsName(c.spellings, k.spellings)));
  const falses = reported.filter((c) => !key.some((k) => findsName(c.spellings, k.spellings)));
  const found = key.length - missed.length;
  console.log(
    `${dir}: ${words} words; recall ${found}/${key.length} = ${((100 * found) / key.length).toFixed(1)}%; ` +
      `${falses.length} false = ${per2000(falses.length, words)} per 2,000 words` +
      acceptedNote(falses) +
      wordFormsNote(forms, key, words),
  );
  for (const k of missed) console.log(`  missed: ${[...k.spellings].join('/')}`);
  if (listFound)
    for (const k of key.filter((k) => !missed.includes(k)))
      console.log(`  found: ${[...k.spellings].join('/')}`);
  for (const c of falses) console.log(`  false: ${[...c.spellings].join('/')}`);
}
