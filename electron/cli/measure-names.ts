// Measures name-variants on batches of real text with an answer key, the way QA-CHECKS.md reports it:
//   npm run --silent measure-names -- DIR… [--per-file]
// A DIR holds numbered excerpts (NN.txt) and clusters.txt: one cluster a line, its spellings without
// prefixes, _ for a space inside a spelling, # for a comment. All files of a DIR are checked as one
// document (or each alone with --per-file: recall over the names written two ways within one excerpt,
// and false clusters). A reported cluster finds a key's name
// when it holds two of its spellings, or two of the words in which a multi-word name's spellings differ
// (the checker reports the word: ח׳מינאי / חמינאי for עלי ח׳מינאי / עלי חמינאי); a reported cluster
// that finds no name is false. An unfinished last word (a search tool's cut) is dropped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { tokenize } from '../../shared/hebrew/tokenize';
import { prefixReadings } from '../../shared/hebrew/prefixes';
import { findsName, reportedClusters } from '../../shared/checks/name-variants/cluster-match';

/** A key line's spellings, its spellings without the words they all share at either end, and, when
 * the spellings have as many words, each word that differs. */
function keyCluster(line: string): Set<string> {
  const spellings = line.split(/\s+/).map((w) => normalizeWord(w.replace(/_/g, ' ')));
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
  const cores = words.map((ws) => ws.slice(lead, ws.length - tail).join(' '));
  const aligned = words.every((ws) => ws.length === first.length);
  const differing = aligned
    ? first.flatMap((_, i) =>
        new Set(words.map((ws) => ws[i])).size > 1 ? words.map((ws) => ws[i] as string) : [],
      )
    : [];
  return new Set([...spellings, ...cores, ...differing]);
}

function keyOf(dir: string): Set<string>[] {
  const clusters: Set<string>[] = [];
  for (const raw of readFileSync(join(dir, 'clusters.txt'), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const cluster = keyCluster(line);
    const same = clusters.find((c) => [...cluster].some((w) => c.has(w)));
    if (same) for (const w of cluster) same.add(w);
    else clusters.push(cluster);
  }
  return clusters;
}

function excerpts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').trim();
      return /[.!?"״׳)\]:]$/.test(text) ? text : text.replace(/\s*\S+$/, '');
    });
}

/** The words of a text in comparison form, each also without any prefix it may carry. */
function writtenWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokenize(text))
    for (const reading of prefixReadings(token.norm)) if (!reading.articleRestored) words.add(reading.stem);
  return words;
}

const per2000 = (count: number, words: number) => ((count * 2000) / words).toFixed(2);

const args = process.argv.slice(2);
const perFile = args.includes('--per-file');
for (const dir of args.filter((a) => !a.startsWith('--'))) {
  const key = keyOf(dir);
  const texts = excerpts(dir);
  const words = texts.reduce((n, t) => n + tokenize(t).length, 0);
  if (perFile) {
    let inExcerpts = 0;
    const missed: string[] = [];
    const falses = texts.flatMap((t) => {
      const reported = reportedClusters(t);
      // The key's names written two ways within this excerpt, as an article's check would meet them.
      const written = writtenWords(t);
      for (const k of key.filter((k) => [...k].filter((s) => written.has(s)).length >= 2)) {
        inExcerpts++;
        if (!reported.some((c) => findsName(c, k)))
          missed.push([...k].filter((s) => written.has(s)).join('/'));
      }
      return reported.filter((c) => !key.some((k) => findsName(c, k)));
    });
    const found = inExcerpts - missed.length;
    console.log(
      `${dir}: each excerpt alone, ${words} words; recall ${found}/${inExcerpts} = ` +
        `${inExcerpts ? ((100 * found) / inExcerpts).toFixed(1) : '—'}% of the names written two ways within ` +
        `one excerpt; ${falses.length} false = ${per2000(falses.length, words)} per 2,000 words`,
    );
    for (const m of missed) console.log(`  missed: ${m}`);
    for (const c of falses) console.log(`  false: ${[...c].join('/')}`);
    continue;
  }
  const reported = reportedClusters(texts.join('\n'));
  const missed = key.filter((k) => !reported.some((c) => findsName(c, k)));
  const falses = reported.filter((c) => !key.some((k) => findsName(c, k)));
  const found = key.length - missed.length;
  console.log(
    `${dir}: ${words} words; recall ${found}/${key.length} = ${((100 * found) / key.length).toFixed(1)}%; ` +
      `${falses.length} false = ${per2000(falses.length, words)} per 2,000 words`,
  );
  for (const k of missed) console.log(`  missed: ${[...k].join('/')}`);
  for (const c of falses) console.log(`  false: ${[...c].join('/')}`);
}
