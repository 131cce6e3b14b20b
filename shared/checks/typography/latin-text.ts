// English left untranslated inside the Hebrew. Acronyms and codes are normal in Hebrew news (HTS, SANA,
// M5, F-16, COVID-19) and so are single brand or agency names in Latin letters (Telegram, X, Reuters),
// so only these are reported:
//   - a run of two or more Latin words with a lowercase content word ("the rebels advanced") → warning;
//   - a run of capitalised words, i.e. a multi-word English name (World Food Programme) → info;
//   - a single all-lowercase word of three letters or more ("offensive", "the") → info.
// Web addresses, e-mail addresses, @handles and #hashtags are never text to translate.
import type { RuleHit } from './rule';

/**
 * Any letter of the Latin script, with the marks that may follow it: Vietnamese and other names use
 * letters past Latin Extended-B (Cần Thơ's ầ is U+1EA7) or a base letter and a combining accent.
 */
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\p{M}0-9'\u2019-]*/gu;
/** Tokens that are addresses rather than words. */
const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\w\u05D0-\u05EA]+/giu;
/** Words that join the parts of an English name ("Bank of America", "Syrian Observatory for Human Rights"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  'de',
  'al',
  'el',
  'bin',
  'von',
  'van',
  'der',
  'la',
  'le',
  'da',
  'do',
]);

const isAcronym = (word: string) => /^[A-Z0-9][A-Z0-9-]*$/u.test(word) || /^[A-Z]+s$/u.test(word);
// al-Sham, el-Sisi, ad-Dawla: the Arabic article before a capitalised name.
const isCapitalised = (word: string) => /^(?:[a-z]{1,3}-)?\p{Lu}/u.test(word);

interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

function latinRuns(text: string): Token[][] {
  const addresses = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAddress = (i: number) => addresses.some(([s, e]) => i >= s && i < e);
  const runs: Token[][] = [];
  let run: Token[] = [];
  let lastEnd = -1;
  for (const match of text.matchAll(LATIN_WORD)) {
    if (inAddress(match.index)) continue;
    const word = match[0].replace(/[-'\u2019]+$/u, '');
    const token = { start: match.index, end: match.index + word.length, word };
    // Words stay in one run when only spaces and light punctuation separate them (no Hebrew, no digits).
    if (run.length > 0 && /^[\s,.:;&'\u2019-]*$/u.test(text.slice(lastEnd, token.start))) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = [token];
    }
    lastEnd = token.end;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function judge(run: readonly Token[]): Pick<RuleHit, 'severity' | 'key'> | undefined {
  const words = run.map((t) => t.word);
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (content.length === 0 || content.every(isAcronym)) return undefined;
  if (words.length === 1) {
    const [word] = words as [string];
    return word.length >= 3 && word === word.toLowerCase()
      ? { severity: 'info', key: 'typography-latin-word' }
      : undefined;
  }
  if (content.some((w) => !isCapitalised(w) && !isAcronym(w)))
    return { severity: 'warning', key: 'typography-latin-phrase' };
  return content.length >= 2 ? { severity: 'info', key: 'typography-latin-name' } : undefined;
}

export function untranslatedLatin(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const run of latinRuns(text)) {
    const verdict = judge(run);
    if (!verdict) continue;
    const start = (run[0] as Token).start;
    const end = (run.at(-1) as Token).end;
    hits.push({ start, end, ...verdict, params: { text: text.slice(start, end) } });
  }
  return hits;
}
