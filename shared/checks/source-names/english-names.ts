// Proper names in an English source paragraph: capitalised words that are not common English
// (common-words.ts), with the Arabic article written before them (al-Assad, el-Sisi, ash-Sham) kept
// apart so the Hebrew side may write or drop it (אל-אסד / אסד). Acronyms (HTS, SANA) are not names to
// transcribe: Hebrew news keeps them in Latin letters. Each mention says whether it opens a sentence,
// where capitals prove nothing ("Fighters led by …"): renderings.ts decides about those.
import { COMMON_CAPITALISED } from './common-words';

export interface NameMention {
  /** Lower-case, diacritics removed, hyphens and possessive 's dropped: "abdeljaber", "assad". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentenceInitial: boolean;
}

const WORD = /[\p{L}ʿʾ'’]+(?:-[\p{L}ʿʾ'’]+)*/gu;
// The Arabic article as romanised, assimilated or not (al-, el-, ad-, ash-, ez-, ul- …).
const ARTICLE = /^(?:[ae]l|[aeu][dnrstz]|[ae]sh|[ae]th|[ae]dh)-(?=\p{Lu})/u;

export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(ARTICLE, '')
    .toLowerCase()
    .replace(/[^a-z'ʿʾ]/gu, '');
}

function isSentenceInitial(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return /^\s*["“'‘(]?$/u.test(before) || /[.!?:]["”’)]?\s+["“'‘(]?$/u.test(before);
}

/** Parts of a compound name that are not names by themselves (Abdel Rahman = עבד אל רחמן). */
const PARTICLES = new Set([
  'abd',
  'abdel',
  'abdul',
  'abdal',
  'abu',
  'abou',
  'bin',
  'ibn',
  'bint',
  'umm',
  'abi',
]);

function candidate(text: string, raw: string, start: number): NameMention | undefined {
  const bare = raw.replace(ARTICLE, '');
  if (!/^\p{Lu}/u.test(bare) || /^[\p{Lu}\d-]+$/u.test(bare)) return undefined;
  const key = nameKey(raw);
  if (key.length < 2 || COMMON_CAPITALISED.has(key) || PARTICLES.has(key)) return undefined;
  return { key, start, end: start + raw.length, text: raw, sentenceInitial: isSentenceInitial(text, start) };
}

/**
 * Every capitalised, non-common word of the paragraph (acronyms excluded), in order. A hyphenated
 * compound of names stays one word (Abdel-Jaber); otherwise its capitalised parts are taken one by one
 * (Britain-based → Britain; Syrian-Russian → nothing).
 */
export function capitalisedWords(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/['’]s$/u, '').replace(/['’]+$/u, '');
    const article = ARTICLE.exec(raw)?.[0] ?? '';
    const parts = raw.slice(article.length).split('-');
    const whole = parts.every((p) => /^\p{Lu}/u.test(p) && !COMMON_CAPITALISED.has(nameKey(p)));
    if (parts.length === 1 || whole) {
      const mention = candidate(text, raw, m.index);
      if (mention) mentions.push(mention);
      continue;
    }
    let offset = m.index + article.length;
    for (const part of parts) {
      const mention = candidate(text, part, offset);
      if (mention) mentions.push(mention);
      offset += part.length + 1;
    }
  }
  return mentions;
}
