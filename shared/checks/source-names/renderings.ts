// For one aligned paragraph pair: the names the English mentions and, for each, the Hebrew words in
// the target that render it (prefix read off with shared/hebrew, Arabic article optional).
import { tokenize, type Token } from '../../hebrew/tokenize';
import { normalizeWord } from '../../hebrew/normalize';
import { prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
// Ordinary by the hand-written list only: the English source decides whether a word is a name, and the
// news word list holds a few names (lexicon.ts).
import { isCommonByWrittenList } from '../../hebrew/lexicon';
import { MAQAF, isMaqafLikeCode } from '../../hebrew/letters';
import { rememberedPerKey } from '../../memo/remembered';
import { candidateSplits } from '../glued-words';
import { findTerm, targetWords, termParts } from '../matching/hebrew-terms';
import { capitalisedWords, type NameMention } from './english-names';
import { hebrewPattern, phoneticKey } from './transliteration';

export interface Rendering {
  readonly start: number;
  readonly end: number;
  /** The attached prefix as typed, and the reading it came from (for writing a fix). */
  readonly prefix: string;
  readonly reading: PrefixReading;
  /** The Arabic article before the name as written after normalisation ('אל־', 'א־', 'אל' or ''). */
  readonly article: string;
  /** The name's spelling without prefix and article, in comparison form (׳ ״ ־). */
  readonly spelling: string;
}

export interface ParagraphNames {
  readonly mentions: readonly NameMention[];
  /** Per name key: the target words rendering it, in order (empty when none was found). */
  readonly renderings: ReadonlyMap<string, readonly Rendering[]>;
  /** Name keys whose rendering is fixed by the glossary or the exonym table (no spelling comparison). */
  readonly known: ReadonlySet<string>;
}

/** Accepted Hebrew renderings of names the glossary or exonym table fixes, preferred first. */
export type KnownRenderings = (key: string) => readonly string[] | undefined;

const patterns = new Map<string, RegExp | undefined>();
function patternFor(key: string): RegExp | undefined {
  if (!patterns.has(key)) patterns.set(key, hebrewPattern(key));
  return patterns.get(key);
}

const ARTICLE = new RegExp(`^(אל${MAQAF}?|א${MAQAF})(.{2,})$`, 'u');

/** One way to read a target word as a name: prefix, Arabic article, body, and the body's phonetic key. */
interface NameReading {
  readonly reading: PrefixReading;
  readonly article: string;
  readonly body: string;
  readonly key: string;
}

/** Words whose name readings are remembered (shared/memo/remembered.ts). */
const MAX_REMEMBERED = 50_000;

/**
 * Every prefix reading of the word, each with and without the Arabic article (אל־אסד, א־שאם, joined
 * אלאסד). Remembered per word: each target word is asked about once per name of its paragraph.
 */
const nameReadings = rememberedPerKey(MAX_REMEMBERED, (norm): readonly NameReading[] => {
  const list: NameReading[] = [];
  for (const reading of prefixReadings(norm)) {
    list.push({ reading, article: '', body: reading.stem, key: phoneticKey(reading.stem) });
    const m = ARTICLE.exec(reading.stem);
    if (m) {
      const body = m[2] as string;
      list.push({ reading, article: m[1] as string, body, key: phoneticKey(body) });
    }
  }
  return list;
});

/** Renderings have three letters or more, except beside another name's rendering (shortRenderings). */
const MIN_KEY = 3;

function renderingOf(
  token: Token,
  pattern: { test(key: string): boolean },
  minKey = MIN_KEY,
): Rendering | undefined {
  for (const { reading, article, body, key } of nameReadings(token.norm)) {
    if (key.length < minKey || !pattern.test(key)) continue;
    const prefix =
      token.text.length === token.norm.length ? token.text.slice(0, reading.prefix.length) : reading.prefix;
    return { start: token.start, end: token.end, prefix, reading, article, spelling: body };
  }
  return undefined;
}

export function analyseParagraph(
  source: string,
  target: string,
  midSentence: ReadonlySet<string>,
  knownRenderings: KnownRenderings,
): ParagraphNames {
  // A capitalised word opening a sentence ("Fighters led by …", "Samer Abdel-Jaber said …") is a name
  // when the document also capitalises it mid-sentence, when the glossary knows it, or when the target
  // paragraph has an unusual Hebrew word that transcribes it; in the last case it is never "missing".
  const candidates = capitalisedWords(source);
  const confirmedKeys = new Set(
    candidates
      .filter((m) => !m.sentenceInitial || midSentence.has(m.key) || knownRenderings(m.key))
      .map((m) => m.key),
  );
  const renderings = new Map<string, Rendering[]>();
  const known = new Set<string>();
  if (candidates.length === 0) return { mentions: candidates, renderings, known };
  const tokens = tokenize(target).filter((t) => t.kind === 'hebrew' || t.kind === 'mixed');
  let words: ReturnType<typeof targetWords> | undefined;
  const phonetic = new Map<string, Rendering[]>();
  for (const { key } of candidates) {
    if (renderings.has(key) || phonetic.has(key)) continue;
    const fixed = knownRenderings(key);
    if (fixed) {
      known.add(key);
      words ??= targetWords(target);
      const found = fixed
        .map((term) => findTerm(words as ReturnType<typeof targetWords>, termParts(term)))
        .find((m) => m !== undefined);
      renderings.set(
        key,
        found
          ? [
              {
                start: found.start,
                end: found.end,
                prefix: found.prefix,
                reading: found.reading,
                article: '',
                spelling: target.slice(found.start, found.end),
              },
            ]
          : [],
      );
      continue;
    }
    const pattern = patternFor(key);
    if (!pattern) continue;
    phonetic.set(
      key,
      tokens.map((t) => renderingOf(t, pattern)).filter((r): r is Rendering => r !== undefined),
    );
  }
  for (const [key, list] of shortRenderings(target, withMaqafParts(tokens), phonetic, knownOf(renderings)))
    phonetic.set(key, list);
  for (const [key, list] of phonetic) {
    if (!confirmedKeys.has(key) && !list.some((r) => !isCommonByWrittenList(r.spelling)))
      phonetic.delete(key);
  }
  const mentions = candidates.filter((m) => confirmedKeys.has(m.key) || phonetic.has(m.key));
  for (const [key, list] of resolveCompetition(phonetic, mentions)) renderings.set(key, list);
  return { mentions, renderings, known };
}

function knownOf(renderings: ReadonlyMap<string, readonly Rendering[]>): Set<number> {
  return new Set([...renderings.values()].flatMap((list) => list.map((r) => r.start)));
}

/**
 * The tokens with each maqaf compound's parts as tokens of their own (בת־ים → בת, ים): a name of two
 * short words may be written joined, and its parts render the name's two words.
 */
function withMaqafParts(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (!token.norm.includes(MAQAF)) {
      out.push(token);
      continue;
    }
    // Split where the tokenizer joined: at every maqaf-like character (letters.ts).
    let from = 0;
    for (let i = 0; i <= token.text.length; i++) {
      if (i < token.text.length && !isMaqafLikeCode(token.text.charCodeAt(i))) continue;
      const part = token.text.slice(from, i);
      const start = token.start + from;
      if (part !== '')
        out.push({ ...token, start, end: start + part.length, text: part, norm: normalizeWord(part) });
      from = i + 1;
    }
  }
  return out;
}

/**
 * Short names (Deif → דף, Saad → סעד written סד): a two-letter word renders one only right beside the
 * rendering of another name of the paragraph (מוחמד דף for Mohammed Deif). Alone, two letters match
 * too many Hebrew words (דף "page", טף "toddlers"); source-names.ts then finds the spelling again in the
 * paragraphs where the document has shown it to be the name.
 */
function shortRenderings(
  target: string,
  tokens: readonly Token[],
  phonetic: ReadonlyMap<string, Rendering[]>,
  known: ReadonlySet<number>,
): Map<string, Rendering[]> {
  const rendered = new Set(known);
  for (const list of phonetic.values()) for (const r of list) rendered.add(r.start);
  // Side by side: a space or a maqaf between them.
  const spaced = (a: Token, b: Token) => {
    const gap = target.slice(a.end, b.start);
    return gap.trim() === '' || (gap.length === 1 && isMaqafLikeCode(gap.charCodeAt(0)));
  };
  const shortOf = (token: Token, pattern: RegExp) =>
    renderingOf(token, { test: (k) => k.length === 2 && pattern.test(k) }, 2);
  const patterns = [...phonetic.keys()].map((key) => [key, patternFor(key)] as const);
  // A two-letter word that renders one name of the paragraph beside one that renders another: both
  // parts of a name of two short words (בת ים for Bat Yam), each the other's name beside it.
  const shortNameOf = (token: Token | undefined, except: string) =>
    token !== undefined &&
    patterns.some(([key, pattern]) => key !== except && pattern && shortOf(token, pattern) !== undefined);
  const besideName = (i: number, key: string) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const token = tokens[i] as Token;
    return (
      (before !== undefined &&
        (rendered.has(before.start) || shortNameOf(before, key)) &&
        spaced(before, token)) ||
      (after !== undefined && (rendered.has(after.start) || shortNameOf(after, key)) && spaced(token, after))
    );
  };
  const out = new Map<string, Rendering[]>();
  for (const [key, list] of phonetic) {
    const pattern = patternFor(key);
    if (!pattern) continue;
    const short: Rendering[] = [];
    // The word's own reading first: few words read as a two-letter name, and besideName asks every
    // name about both neighbours.
    tokens.forEach((token, i) => {
      if (rendered.has(token.start)) return;
      const r = shortOf(token, pattern);
      if (r && besideName(i, key)) short.push(r);
    });
    if (short.length > 0)
      out.set(
        key,
        [...list, ...short].sort((a, b) => a.start - b.start),
      );
  }
  return out;
}

/** Where a paragraph writes one of `spellings` (phonetic keys of renderings the document has shown). */
export function renderingsBySpelling(target: string, spellings: ReadonlySet<string>): Rendering[] {
  const pattern = { test: (key: string) => spellings.has(key) };
  return tokenize(target)
    .filter((t) => t.kind === 'hebrew' || t.kind === 'mixed')
    .map((t) => renderingOf(t, pattern, 2))
    .filter((r): r is Rendering => r !== undefined);
}

/**
 * Whether the paragraph writes the name run into the next word (חיזבאללהשהתחייבה for Hezbollah): a
 * word that is not ordinary Hebrew splits, where the glued-words rule (glued-words.ts) would split it,
 * into a rendering of the name (prefix and article allowed) and a rest that is certainly another word:
 * ordinary Hebrew, or cut off by a final letter. A name part that is itself ordinary Hebrew (חמה, "hot",
 * for Hama) is no evidence, as for the glued-words rule. The glued-words check reports the gluing; reporting
 * the name as missing too would send the reviewer looking for a name that is there.
 */
export function rendersGlued(target: string, key: string): boolean {
  const pattern = patternFor(key);
  if (!pattern) return false;
  for (const token of tokenize(target)) {
    if (token.kind !== 'hebrew' || isCommonByWrittenList(token.norm)) continue;
    for (const split of candidateSplits(token.norm)) {
      if (split.firstCommon || !(split.byFinalLetter || split.secondCommon)) continue;
      const head = token.norm.slice(0, split.at);
      if (nameReadings(head).some((r) => r.key.length >= MIN_KEY && pattern.test(r.key))) return true;
    }
  }
  return false;
}

/**
 * One Hebrew word renders one name. Per name: words no other name also matched come first, rarer
 * words before common Hebrew ones (חמה, Hama, is also "hot"), then text order; contested or common
 * words are taken only up to the English mention count, so "Deir ez-Zor" does not pair Deir with both
 * דיר and זור.
 */
function resolveCompetition(
  phonetic: ReadonlyMap<string, Rendering[]>,
  mentions: readonly NameMention[],
): Map<string, Rendering[]> {
  const claims = new Map<number, number>();
  for (const list of phonetic.values())
    for (const r of list) claims.set(r.start, (claims.get(r.start) ?? 0) + 1);
  const resolved = new Map<string, Rendering[]>();
  for (const [key, list] of phonetic) {
    const wanted = mentions.filter((m) => m.key === key).length;
    const rank = (r: Rendering) =>
      ((claims.get(r.start) ?? 0) > 1 ? 2 : 0) + (isCommonByWrittenList(r.spelling) ? 1 : 0);
    // Words only this name matched, and not ordinary Hebrew, are all kept (a translation may repeat a
    // name the English refers to by a pronoun); the others only up to the English mention count.
    const ranked = [...list].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    const sure = ranked.filter((r) => rank(r) === 0);
    const chosen = [
      ...sure,
      ...ranked.filter((r) => rank(r) > 0).slice(0, Math.max(0, wanted - sure.length)),
    ];
    resolved.set(
      key,
      chosen.sort((a, b) => a.start - b.start),
    );
  }
  return resolved;
}
