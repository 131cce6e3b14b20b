// Makes shared/hebrew/lexicon-news.ts, the ordinary words seen in Hebrew news, from saved news pages:
//   npm run --silent vocabulary -- --pages DIR… --measured DIR… [--keep FILE] [--min-pages N] [--out FILE]
// --keep FILE: a list this tool wrote before (lexicon-news.ts), whose words all stay in the new one; so
// a list grows with new pages when the old pages are gone.
// A pages DIR holds NNN.txt excerpts and a sources.tsv (file<TAB>url). A measured DIR is a measurement
// batch (NN.txt, sources.tsv, clusters.txt): its pages never feed the list and its key's spellings never
// enter it, so the words cannot flatter the measurement.
// Kept: Hebrew tokens the hand-written list does not know, seen in at least --min-pages pages (1; 2
// keeps more names out but lost too many rare ordinary words on the real-news batches; a word of fewer
// than five letters always needs two), as seen and as the stems a prefix may leave: seen alone too, or
// of four letters or more after ו ה ב כ ש (SAFE_PREFIX). Left out: an excerpt's unfinished last word, tokens with ׳ ״ ־, and possible names:
// every spelling of our name keys (name-variants.corpus/*.clusters.txt and the measured batches'), the
// starter glossary's terms, the tables of names the press prints, and any word that stands right after
// a name cue (השר, העיר, נשיא) at least half the times it is written.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../shared/hebrew/tokenize';
import { withoutUnfinishedWord } from './excerpt-text';
import { isCommonByWrittenList } from '../../shared/hebrew/lexicon';
import { prefixReadings } from '../../shared/hebrew/prefixes';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { starterGlossary } from '../../shared/glossary/starter';
import { KNOWN_NAME_SPELLINGS } from '../../shared/hebrew/known-name-spellings';
import { PRINTED_NAMES } from '../../shared/hebrew/printed-names';
import { isNameCue } from '../../shared/checks/name-variants/name-cues';

const CORPUS = 'shared/checks/name-variants.corpus';

function option(name: string): string[] {
  const args = process.argv.slice(2);
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== name) continue;
    for (let j = i + 1; j < args.length && !(args[j] as string).startsWith('--'); j++)
      values.push(args[j] as string);
  }
  return values;
}

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** file name → url of a directory's sources.tsv. */
function sources(dir: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const line of read(join(dir, 'sources.tsv')).split('\n')) {
    const [file, url] = line.split('\t');
    if (file && url) urls.set(file.trim(), url.trim());
  }
  return urls;
}

const pageFiles = (dir: string) => readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f));

const measured = option('--measured');
const measuredUrls = new Set(measured.flatMap((dir) => [...sources(dir).values()]));
const texts = option('--pages').flatMap((dir) => {
  const urls = sources(dir);
  return pageFiles(dir)
    .filter((f) => !measuredUrls.has(urls.get(f) ?? ''))
    .map((f) => withoutUnfinishedWord(read(join(dir, f))));
});

const names = new Set<string>();
const addSpellings = (line: string) => {
  if (line.trim().startsWith('#')) return;
  for (const spelling of line.trim().split(/\s+/))
    for (const part of normalizeWord(spelling.replace(/_/g, ' ')).split(/[ ־]/)) if (part) names.add(part);
};
for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt') && !f.endsWith('.he.txt')))
  read(join(CORPUS, file)).split('\n').forEach(addSpellings);
for (const dir of measured) read(join(dir, 'clusters.txt')).split('\n').forEach(addSpellings);
for (const entry of starterGlossary.entries) for (const term of entry.terms) addSpellings(term.text);
// The tables of names the press prints (Nasser's נאסר, Atlas's האטלס): a page's name is no word of the list.
for (const spelling of [...KNOWN_NAME_SPELLINGS.flat(), ...PRINTED_NAMES.flatMap((row) => row.slice(1))])
  addSpellings(spelling);

/** Word → how many pages it was seen in; how often it was seen, and how often right after a name cue. */
const pagesOf = new Map<string, number>();
const uses = new Map<string, number>();
const afterCue = new Map<string, number>();
for (const text of texts) {
  const words = tokenize(text)
    .filter((t) => t.kind === 'hebrew')
    .map((t) => t.norm);
  const here = new Set<string>();
  words.forEach((word, i) => {
    uses.set(word, (uses.get(word) ?? 0) + 1);
    if (i > 0 && isNameCue(words[i - 1] as string)) afterCue.set(word, (afterCue.get(word) ?? 0) + 1);
    if (/^[\u05d0-\u05ea]{2,}$/.test(word)) here.add(word);
  });
  for (const word of here) pagesOf.set(word, (pagesOf.get(word) ?? 0) + 1);
}
// A name stands after its cue (השר X, העיר X) most of the times it is written; an ordinary word only
// now and then (באזור פרק הירקון, בבסיס שורה של).
for (const [word, count] of afterCue) if (count * 2 >= (uses.get(word) ?? 0)) names.add(word);
const minPages = Number(option('--min-pages')[0] ?? 1);
// A short word seen in one page only is as often a page's name (נועם, נעם) as a rare word: it needs two.
const SINGLE_PAGE_LETTERS = 5;
const seen = new Set(
  [...pagesOf]
    .filter(([word, pages]) => pages >= minPages && (pages >= 2 || word.length >= SINGLE_PAGE_LETTERS))
    .map(([word]) => word),
);

/**
 * Prefixes whose letters are never the word's own (and, the, in, as, that): after ל or מ the "stem" is
 * often no word at all (לסעוד, "to dine", is no ל + סעוד, and סעוד would make the name מסעוד Hebrew).
 */
const SAFE_PREFIX = /^[והבכש]+$/;

const isName = (word: string) => prefixReadings(word).some((r) => names.has(r.stem));
const words = new Set<string>();
for (const word of seen) {
  if (isCommonByWrittenList(word) || isName(word)) continue;
  words.add(word);
  for (const { prefix, stem, articleRestored } of prefixReadings(word))
    if (prefix === '' || articleRestored || isCommonByWrittenList(stem)) continue;
    else if (seen.has(stem) || (stem.length >= 4 && SAFE_PREFIX.test(prefix))) words.add(stem);
}

/** The words of lists written before, as they stand between the backquotes. */
const kept = option('--keep').flatMap((file) => {
  const listed = /`([^`]*)`/.exec(read(file));
  return listed ? (listed[1] as string).split(/\s+/).filter(Boolean) : [];
});
const keptPages = option('--keep').reduce((sum, file) => {
  const made = /from (\d+)(?:\s|\/\/)+excerpts/.exec(read(file));
  return sum + Number(made?.[1] ?? 0);
}, 0);
// Kept as they were: a name key written since (a later batch's) must not take words out of the list,
// or the list would be fitted to the keys it is measured by.
for (const word of kept) if (!isCommonByWrittenList(word)) words.add(word);

const lines: string[] = [];
let line = '';
for (const word of [...words].sort()) {
  if (line.length + word.length + 1 > 104) {
    lines.push(line);
    line = '';
  }
  line = line === '' ? word : `${line} ${word}`;
}
if (line !== '') lines.push(line);

const header = `// Ordinary Hebrew words seen in public Hebrew news, reference and advice pages (economy, politics,
// courts, health, education, sport, culture, world news, security, daily life, home and cooking, money,
// study and reviews): the vocabulary of the text the checker reads, which the hand-written list
// (lexicon-data.ts) cannot cover word by word. Only single words were kept, never text. Made by
// electron/cli/news-vocabulary.ts (its header says how) from ${texts.length + keptPages} excerpts on topics with few
// foreign names. Names of people and places in those pages (Israeli ones mostly) remain in it, like a
// spelling dictionary's.
`;
const out = option('--out')[0] ?? 'shared/hebrew/lexicon-news.ts';
writeFileSync(out, `${header}export const NEWS_WORDS = \`\n${lines.join('\n')}\n\`;\n`);
process.stdout.write(`${texts.length} pages, ${seen.size} distinct words, ${words.size} written to ${out}\n`);
