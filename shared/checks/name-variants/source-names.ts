// Evidence from the English source (when present): a capitalised English word whose consonants match a
// Hebrew spelling's coarse key makes that spelling a name. The Latin letters are mapped onto the same
// letter classes as variants.ts's coarse key (kh/ch/h/k/q → ח class, sh/s/z/ts → ס class, th/t → ת, gh/g/j
// → ע class), vowels dropped after the first letter, a final vowel or -ah/-eh read as the Hebrew vowel
// ending (ה/א/ת).

const DIGRAPHS: Readonly<Record<string, string>> = {
  kh: 'ח',
  sh: 'ס',
  th: 'ת',
  gh: 'ע',
  ch: 'ח',
  dh: 'ד',
  ts: 'ס',
  ph: 'פ',
};
const LETTERS: Readonly<Record<string, string>> = {
  b: 'ב',
  p: 'פ',
  f: 'פ',
  v: 'ו',
  w: 'ו',
  t: 'ת',
  d: 'ד',
  k: 'ח',
  q: 'ח',
  c: 'ח',
  g: 'ע',
  j: 'ע',
  h: 'ח',
  l: 'ל',
  m: 'מ',
  n: 'נ',
  r: 'ר',
  s: 'ס',
  z: 'ס',
  x: 'ח',
  y: 'י',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Capitalised words that start English sentences or titles and are never names. */
const NOT_NAMES = new Set(
  'the this that these those then there their they when where while what which after before with from into over under about according meanwhile however although because since during until thousands hundreds some more most many israeli israel military army forces fighters government president minister ministry foreign defence defense friday monday tuesday wednesday thursday saturday sunday january february march april june july august september october november december state news agency'.split(
    ' ',
  ),
);

export function latinNameKey(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let key = '';
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const two = w.slice(i, i + 2);
    let cls: string | undefined;
    if (DIGRAPHS[two] !== undefined) {
      cls = DIGRAPHS[two];
      i++;
    } else {
      const ch = w[i] as string;
      if (VOWELS.has(ch) || ch === 'y' || ch === 'w' || ch === 'v') {
        if (i === 0) cls = VOWELS.has(ch) ? 'ע' : ch === 'y' ? 'י' : 'ו';
        else if (i === w.length - 1 || (i === w.length - 2 && w[i + 1] === 'h')) {
          if (ch === 'a' || ch === 'e') {
            key += prev === '*' ? '' : '*';
            break;
          }
          continue;
        } else continue;
      } else if (ch === 't' && i === w.length - 1 && i > 0 && VOWELS.has(w[i - 1] as string)) {
        cls = '*'; // Hayat → חיית: a final ת reads as the construct ending (HEBREW.md §6 row 3)
      } else cls = LETTERS[ch];
    }
    if (cls === undefined || cls === prev) continue;
    key += cls;
    prev = cls;
  }
  return key;
}

/** Coarse keys of the capitalised words of an English paragraph that could be names. */
export function sourceNameKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/\b[A-Z][a-zA-Z'’-]{2,}/g)) {
    for (const part of match[0].split(/[-'’]/)) {
      if (part.length < 3 || NOT_NAMES.has(part.toLowerCase()) || part.toLowerCase() === 'al') continue;
      const key = latinNameKey(part);
      if (key.length >= 2) keys.push(key);
    }
  }
  return keys;
}
