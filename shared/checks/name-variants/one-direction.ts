// Two passes may pair the same two spellings and each prefer its own: a cluster keeps the spelling
// written more often, a compound's pass the commoner joining, the full-spelling table the standard one.
// Shown both, a user would be told to write X for Y and Y for X, and resolving one would raise the
// other. The earlier finding stands (clusters are reported first); a later one that undoes it is left out.
// A fix is known both by its spellings (the message's found and preferred: בקטר → בקטאר is קטר → קטאר)
// and by the word it replaces (הכנרת → הכינרת, where one pass names the spellings with the article ה
// and the other without).
import { isSpellingCluster, type Finding } from '../../model/finding';
import { normalizeWord } from '../../hebrew/normalize';
import { rememberedPerKey } from '../../memo/remembered';

/**
 * A word in comparison form, remembered: a document's findings name the same few hundred spellings on
 * every re-check.
 */
const norm = rememberedPerKey(50_000, normalizeWord);

type LaterKind = 'after-thing' | 'word-form' | 'name';

function laterKind(f: Finding): LaterKind {
  if (f.message.key === 'findings:adjective-of-things') return 'after-thing';
  return f.check === 'word-forms' ? 'word-form' : 'name';
}

/** A fix after a thing and a word's form after people: opposite ways in different places. */
function inOtherPlaces(a: LaterKind, b: LaterKind): boolean {
  return (a === 'after-thing' && b === 'word-form') || (a === 'word-form' && b === 'after-thing');
}

/** A fix as "from\0to" and its reverse, in comparison form, and the word it writes. */
interface Fix {
  readonly forward: string;
  readonly backward: string;
  readonly to: string;
}

/** A finding's fixes: by its spellings and by the word it replaces. */
function fixes(f: Finding): Fix[] {
  const out: Fix[] = [];
  const add = (from: unknown, to: unknown) => {
    if (typeof from !== 'string' || typeof to !== 'string') return;
    const a = norm(from);
    const b = norm(to);
    out.push({ forward: `${a}\u0000${b}`, backward: `${b}\u0000${a}`, to: b });
  };
  add(f.message.params['found'], f.message.params['preferred']);
  add(f.text, f.suggestions[0]?.replacement);
  return out;
}

/**
 * `findings` with the later passes' findings that undo an earlier fix left out; the clusters' findings
 * come first and end at `firstLater`. Clusters fix each pair one way, so only a later pass can reverse
 * one: with none, nothing is looked at.
 */
export function inOneDirection(findings: Finding[], firstLater: number): Finding[] {
  if (firstLater >= findings.length) return findings;
  const isPair = isSpellingCluster;
  // What the later passes would undo, so the clusters' fixes are only looked up, not all gathered.
  const undone = new Set<string>();
  // The words the later passes write: a cluster's fix of any other word undoes none of theirs.
  const written = new Set<string>();
  for (let i = firstLater; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (isPair(f))
      for (const fix of fixes(f)) {
        undone.add(fix.backward);
        written.add(fix.to);
      }
  }
  const made = new Set<string>();
  let lastParams: unknown;
  for (let i = 0; i < firstLater && undone.size > 0; i++) {
    const f = findings[i] as Finding;
    if (!isPair(f)) continue;
    // A cluster's findings in a row share one message: its spellings' fix is looked up once.
    if (f.message.params !== lastParams) {
      lastParams = f.message.params;
      for (const fix of fixes(f)) if (undone.has(fix.forward)) made.add(fix.forward);
    } else {
      const replacement = f.suggestions[0]?.replacement;
      if (replacement !== undefined && written.has(norm(f.text))) {
        const forward = `${norm(f.text)}\u0000${norm(replacement)}`;
        if (undone.has(forward)) made.add(forward);
      }
    }
  }
  const kept = findings.slice(0, firstLater);
  // The later passes' kept fixes, each with its kind: a people's adjective after a thing is mended by
  // the Academy's rule for that place whatever the same adjective takes after people elsewhere
  // (adjective-plurals.ts), so such a fix and a word's form elsewhere pointing the other way do not
  // undo each other; a cluster's fix still stands over both.
  const madeLater = new Map<string, LaterKind>();
  for (let i = firstLater; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (!isPair(f)) {
      kept.push(f);
      continue;
    }
    const own = fixes(f);
    const kind = laterKind(f);
    const undoes = (fix: Fix) => {
      const other = madeLater.get(fix.backward);
      return made.has(fix.backward) || (other !== undefined && !inOtherPlaces(kind, other));
    };
    if (own.some(undoes)) continue;
    for (const fix of own) madeLater.set(fix.forward, kind);
    kept.push(f);
  }
  return kept;
}
