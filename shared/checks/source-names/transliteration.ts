// Latin → Hebrew phonetic matching for proper names: an English (romanised Arabic) name becomes a
// pattern over Hebrew letters that accepts the transcriptions Hebrew news actually prints (HEBREW.md §2,
// §6). The pattern is matched against a comparison key of the Hebrew word: final letters regularised,
// geresh and maqaf removed (ג'אבר → גאבר), so ח׳/ח, ג׳/ג, ע׳/ר׳ alternate freely.
//
// Consonants (Academy transcription and §6 rows 4–9): kh → ח כ ק; sh → ש; th → ת ס ט ז; gh → ע ר ג;
// dh → ד ז ת; ch → צ ח כ ק ש; q → ק כ ג; j → ג ז; s → ס ש צ ז; t → ת ט; h → ה ח; ' ʿ → ע א.
// Vowels are optional letters inside a word (rows 1, 10–12), but a word-initial vowel is written (א/ע),
// and a final -a/-ah/-eh is written ה or א (row 2).
import { regularizeFinals } from '../../hebrew/letters';

const DIGRAPHS: readonly [string, string][] = [
  ['kh', '[חכק]'],
  ['sh', 'ש'],
  ['th', '[תסטזד]'],
  ['gh', '[ערג]'],
  ['dh', '[דזת]'],
  ['ch', '(?:[צחכקש]|טש)'],
  ['ph', 'פ'],
  ['ck', '[קכ]'],
  ['ts', '(?:צ|טס|תס)'],
  ['tz', '(?:צ|טז)'],
];

const CONSONANTS: Readonly<Record<string, string>> = {
  b: '[בפ]',
  // c: English k/s; Turkish and Indonesian c = j (Recep → רג׳פ).
  c: '[קכסצג]',
  d: '[דטצז]',
  f: 'פ',
  g: '[געג]',
  h: '[הח]',
  j: '[גז]',
  k: '[קכח]',
  l: 'ל',
  m: 'מ',
  n: 'נ',
  p: '[פב]',
  q: '[קכג]',
  r: 'ר',
  s: '[סשצז]',
  t: '[תט]',
  v: '(?:וו|ו|ב)',
  w: '(?:וו|ו)',
  x: '(?:קס|כס)',
  z: '[זצס]',
};

/**
 * A doubled or split vowel in a romanisation often hides an ʿayn (Daraa = درعا → דרעא, Saad → סעד):
 * such runs may begin with ע.
 */
function vowelPattern(run: string, position: 'initial' | 'medial' | 'final'): string {
  const pattern = plainVowelPattern(run, position);
  return position !== 'initial' && /^(?:aa|a[ai]|ae|ee|oo|a'|'a)/u.test(run) ? `ע?${pattern}` : pattern;
}

function plainVowelPattern(run: string, position: 'initial' | 'medial' | 'final'): string {
  if (position === 'initial')
    return run.startsWith('o') || run.startsWith('u')
      ? '(?:או|אוו|עו|ע|א|ו)'
      : run.startsWith('i') || run.startsWith('e')
        ? '(?:אי|עי|א|ע|י)'
        : '(?:א|ע|אה)';
  if (position === 'final') {
    // -a, -ah, -eh, -ia, -iyah, -ieh (Talbiseh, Hamieh, Jusiyah): ה or א, after a written yod for -i-.
    // A final -ah may also end in a consonant ح/ه (Rafah → רפיח): ח or ה after an optional vowel letter.
    if (/[ae]h$/u.test(run))
      return `${/^(?:i|y|ee)/u.test(run) ? '(?:יי|י|אי)' : ''}(?:ה|א|אה|יה|[איע]?[חה])?`;
    if (/[ae]$/u.test(run)) return `${/^(?:i|y|ee)/u.test(run) ? '(?:יי|י|אי)' : ''}(?:ה|א|אה|יה)?`;
    if (/^(?:i|ee|y|ie|ey|ay|ai|iy|iyy)h?$/u.test(run)) return '(?:י|יי|אי|איי)';
    if (/^(?:o|u|ou|oo|ow|aw)h?$/u.test(run)) return '(?:ו|או|וו)';
    return '[אויעהי]{0,3}';
  }
  if (run === 'a' || run === 'aa') return '(?:א|ע|ה)?';
  if (run === 'e') return '(?:י|א|ע)?';
  if (run === 'i' || run === 'ee' || run === 'y') return '(?:יי|י|א)?';
  // Hezbollah = Hizb-Allah (חיזבאללה): a romanised o/u may stand for an Arabic a.
  if (run === 'o' || run === 'u' || run === 'ou' || run === 'oo') return '(?:וו|ו|או|א)?';
  if (run === 'ia' || run === 'iya' || run === 'iyya') return '(?:יא|ייא|יה|י|יי|ייה)?';
  // Diphthongs: ai/ay/ei/ey → יי, י, אי; au/aw/ou/ow → ו, או, וו; ea/ee/ie → י.
  if (/^(?:ai|ay|ei|ey)$/u.test(run)) return '(?:יי|י|אי|איי|א)?';
  if (/^(?:au|aw|ao)$/u.test(run)) return '(?:ו|או|וו|אוו)?';
  if (/^(?:ea|ie|ei)$/u.test(run)) return '(?:י|יי|א|אי)?';
  return '[אויעהי]{0,3}';
}

/** Letters only, lower case, without diacritics; ʿ and ' become a marker for ע/א. */
function simplify(word: string): string {
  return (
    word
      .toLowerCase()
      // Turkish letters keep their sound before diacritics are dropped: ş = sh, ç = ch, ğ is silent.
      .replace(/ş/gu, 'sh')
      .replace(/ç/gu, 'ch')
      .replace(/ğ/gu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ʿʾ'’`]/gu, '\u0027')
      .replace(/[^a-z']/gu, '')
  );
}

/**
 * The pattern for one romanised word (no article), or undefined when it has fewer than two
 * consonants: "Ali" or "Abu" alone would match too many ordinary Hebrew words to be evidence.
 */
export function hebrewPattern(word: string): RegExp | undefined {
  const w = simplify(word);
  const whole = patternBody(w);
  if (whole.consonants < 2) return undefined;
  // English plural of a group name (Houthis, Alawites) ↔ Hebrew plural ים/ות (החות׳ים, העלאווים).
  const singular = /[^s]s$/u.test(w) && w.length > 4 ? w.replace(/(?:e|i)?s$/u, '') : undefined;
  const plural = singular ? `|${patternBody(singular).out}(?:יימ|ימ|ות)` : '';
  return new RegExp(`^(?:${whole.out}${plural})$`, 'u');
}

function patternBody(w: string): { out: string; consonants: number } {
  let consonants = 0;
  let out = '';
  let i = 0;
  while (i < w.length) {
    const rest = w.slice(i);
    const vowelRun = /^(?:[aeiou]+|y(?![aeiou]))(?:h(?![aeiou]))?/u.exec(rest);
    if (vowelRun && !(vowelRun[0].endsWith('h') && i + vowelRun[0].length < w.length)) {
      const run = vowelRun[0];
      const position = i === 0 ? 'initial' : i + run.length === w.length ? 'final' : 'medial';
      out += vowelPattern(run.replace(/h$/u, position === 'final' ? 'h' : ''), position);
      i += run.length;
      continue;
    }
    if (/^[aeiou]+/u.test(rest)) {
      const run = /^[aeiou]+/u.exec(rest)?.[0] as string;
      out += vowelPattern(run, i === 0 ? 'initial' : 'medial');
      i += run.length;
      continue;
    }
    if (rest[0] === "'") {
      out += '[עא]?';
      i++;
      continue;
    }
    const digraph = DIGRAPHS.find(([d]) => rest.startsWith(d));
    if (digraph) {
      out += digraph[1];
      consonants++;
      i += digraph[0].length;
    } else {
      const ch = rest[0] as string;
      // A doubled consonant is written once (Hassan → חסן) or twice for ל/י/ו (row 13: ללה).
      const doubled = rest[1] === ch;
      // Erdogan is Erdoğan (ארדואן): a g between vowels may be the silent Turkish ğ.
      const softG = ch === 'g' && /[aeiou]/u.test(w[i - 1] ?? '') && /[aeiou]/u.test(rest[1] ?? '');
      out +=
        ch === 'y'
          ? '(?:יי|י)'
          : softG
            ? '[גע]?'
            : `${CONSONANTS[ch] ?? ''}${doubled && ch === 'l' ? '{1,2}' : ''}`;
      consonants++;
      i += doubled ? 2 : 1;
    }
  }
  return { out, consonants };
}

/** The comparison key of a Hebrew word for phonetic matching. */
export function phoneticKey(hebrew: string): string {
  return regularizeFinals(hebrew.replace(/[\u05F3\u05BE'’-]/gu, ''));
}
