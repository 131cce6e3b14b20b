// The source-names check (issue "The checking engine", check 2), run when an English source is given:
// the proper names of each source paragraph (source-names/english-names.ts) are looked for in the
// aligned target paragraph by a Latin→Hebrew phonetic pattern (source-names/transliteration.ts), or, for
// exonyms (Aleppo → חלב), through the glossary and a small starter table. Then, across the document:
//   - one English name rendered in two or more spellings → warning on each minority spelling, with the
//     majority spelling (attached prefix and article kept) as the fix, `variants` most frequent first
//     and `sourceRange` pointing at the English name;
//   - a name with no rendering in its paragraph → warning when the document renders it elsewhere (the
//     translator dropped or mangled it), info when it is never found (our pattern may simply not know
//     the spelling used). Findings need a non-empty range and there is no word to point at, so the
//     finding sits on the likeliest misspelling when there is one (with the known spelling as its fix)
//     and otherwise on the paragraph's first word: where a reader starts, with the English name in the
//     message and in `sourceRange`.
// Incremental: the source does not change while the target is edited, so an edit re-analyses one
// paragraph and recombines the per-paragraph results.
import type { Finding } from '../model/finding';
import type { Glossary } from '../glossary/model';
import { attachPrefix } from '../hebrew/prefixes';
import { regularizeFinals } from '../hebrew/letters';
import { phoneticKey } from './source-names/transliteration';
import type { CheckContext } from './types';
import type { DocumentIndex } from './registry';
import { buildFinding } from './finding-builder';
import { closestRendering } from './matching/closest-rendering';
import { targetWords } from './matching/hebrew-terms';
import { capitalisedWords, nameKey } from './source-names/english-names';
import { STARTER_EXONYMS } from './source-names/exonyms';
import {
  analyseParagraph,
  renderingsBySpelling,
  rendersGlued,
  type KnownRenderings,
  type ParagraphNames,
  type Rendering,
} from './source-names/renderings';

/**
 * English name keys covered by a glossary entry, every word of a multi-word one included (Khan
 * Younis): the glossary check reports their absence, so this check does not report it again.
 */
function glossaryKeys(glossary: Glossary): Set<string> {
  return new Set(
    glossary.entries.flatMap((e) => e.source.flatMap((form) => form.split(/\s+/u).map(nameKey))),
  );
}

function knownRenderingsOf(glossary: Glossary): KnownRenderings {
  const table = new Map<string, string[]>();
  for (const entry of glossary.entries) {
    const accepted = [...entry.terms]
      .sort((a, b) => (a.status === 'preferred' ? -1 : 0) - (b.status === 'preferred' ? -1 : 0))
      .filter((t) => t.status !== 'deprecated')
      .map((t) => t.text);
    if (accepted.length === 0) continue;
    for (const form of entry.source) if (!/\s/u.test(form.trim())) table.set(nameKey(form), accepted);
  }
  // Own keys only: an English word like "Constructor" must not reach Object.prototype.
  return (key) => table.get(key) ?? (Object.hasOwn(STARTER_EXONYMS, key) ? STARTER_EXONYMS[key] : undefined);
}

interface Occurrence {
  readonly paragraph: number;
  readonly rendering: Rendering;
}

/** A target paragraph without a source paragraph names nothing; all such paragraphs share this value. */
const NO_NAMES: ParagraphNames = { mentions: [], renderings: new Map(), known: new Set() };

export class SourceNamesIndex implements DocumentIndex {
  private paragraphs: ParagraphNames[] = [];
  private midSentence: ReadonlySet<string> = new Set();
  private known: KnownRenderings = () => undefined;
  private inGlossary: ReadonlySet<string> = new Set();
  private context: CheckContext | undefined;
  private cached: Finding[] | null = [];

  reset(context: CheckContext): void {
    this.context = context;
    const { source, target } = context.document;
    this.midSentence = new Set(
      source.flatMap((p) =>
        capitalisedWords(p.text)
          .filter((m) => !m.sentenceInitial)
          .map((m) => m.key),
      ),
    );
    this.known = knownRenderingsOf(context.glossary);
    this.inGlossary = glossaryKeys(context.glossary);
    this.paragraphs = target.map((p, i) => this.analyse(source[i]?.text, p.text));
    this.cached = null;
  }

  update(context: CheckContext, paragraph: number): void {
    this.context = context;
    const text = context.document.target[paragraph]?.text;
    if (text === undefined || paragraph >= this.paragraphs.length) return;
    this.paragraphs[paragraph] = this.analyse(context.document.source[paragraph]?.text, text);
    this.cached = null;
  }

  findings(): readonly Finding[] {
    this.cached ??= this.build();
    return this.cached;
  }

  private analyse(source: string | undefined, target: string): ParagraphNames {
    if (!source) return NO_NAMES;
    return analyseParagraph(source, target, this.midSentence, this.known);
  }

  private targetText(paragraph: number): string {
    return this.context?.document.target[paragraph]?.text ?? '';
  }

  private build(): Finding[] {
    const byKey = new Map<string, Occurrence[]>();
    this.paragraphs.forEach((p, paragraph) => {
      for (const [key, renderings] of p.renderings) {
        if (p.known.has(key)) continue;
        const list = byKey.get(key) ?? [];
        for (const rendering of renderings) list.push({ paragraph, rendering });
        byKey.set(key, list);
      }
    });
    const found = this.spellingsShownElsewhere(byKey);
    for (const [paragraph, renderings] of found)
      for (const [key, list] of renderings)
        for (const rendering of list) byKey.get(key)?.push({ paragraph, rendering });
    const majority = new Map<string, string>();
    const findings: Finding[] = [];
    for (const [key, occurrences] of byKey) {
      if (occurrences.length === 0) continue;
      const counts = new Map<string, { spelling: string; count: number }>();
      for (const { rendering } of occurrences) {
        const variant = regularizeFinals(rendering.spelling);
        const entry = counts.get(variant) ?? { spelling: rendering.spelling, count: 0 };
        entry.count++;
        counts.set(variant, entry);
      }
      // Most frequent first; Map order keeps the first-seen spelling ahead on a tie.
      const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
      const [top] = ranked[0] as [string, { spelling: string }];
      majority.set(key, (ranked[0] as [string, { spelling: string }])[1].spelling);
      if (ranked.length < 2) continue;
      const variants = ranked.map(([, v]) => v.spelling);
      for (const { paragraph, rendering } of occurrences) {
        if (regularizeFinals(rendering.spelling) === top) continue;
        findings.push(this.inconsistent(key, paragraph, rendering, variants));
      }
    }
    this.paragraphs.forEach((p, paragraph) => {
      // Most paragraphs name no one (and with no source, none does): nothing to look for.
      if (p.mentions.length > 0) findings.push(...this.missing(p, paragraph, majority, found.get(paragraph)));
    });
    return findings;
  }

  /**
   * A name with no rendering in a paragraph may still be written there in a spelling the document has
   * shown to be this name elsewhere: a short one (דף for Deif, shown beside מוחמד) or an ordinary word
   * the competition between names left out. Per paragraph, the renderings found that way.
   */
  private spellingsShownElsewhere(
    byKey: ReadonlyMap<string, readonly Occurrence[]>,
  ): Map<number, Map<string, Rendering[]>> {
    const out = new Map<number, Map<string, Rendering[]>>();
    this.paragraphs.forEach((p, paragraph) => {
      for (const mention of p.mentions) {
        const occurrences = byKey.get(mention.key);
        if (
          !occurrences ||
          p.renderings.get(mention.key)?.length !== 0 ||
          out.get(paragraph)?.has(mention.key)
        )
          continue;
        const spellings = new Set(occurrences.map((o) => phoneticKey(o.rendering.spelling)));
        const list = renderingsBySpelling(this.targetText(paragraph), spellings);
        if (list.length === 0) continue;
        let forParagraph = out.get(paragraph);
        if (!forParagraph) out.set(paragraph, (forParagraph = new Map()));
        forParagraph.set(mention.key, list.slice(0, p.mentions.filter((m) => m.key === mention.key).length));
      }
    });
    return out;
  }

  private mentionOf(paragraph: number, key: string) {
    return this.paragraphs[paragraph]?.mentions.find((m) => m.key === key);
  }

  private inconsistent(
    key: string,
    paragraph: number,
    rendering: Rendering,
    variants: readonly string[],
  ): Finding {
    const text = this.targetText(paragraph);
    const mention = this.mentionOf(paragraph, key);
    const fix = attachPrefix(
      rendering.prefix,
      rendering.article + (variants[0] as string),
      rendering.reading.articleRestored ?? false,
    );
    return buildFinding({
      check: 'source-names',
      severity: 'warning',
      paragraph,
      paragraphText: text,
      start: rendering.start,
      end: rendering.end,
      key: 'source-names-inconsistent',
      params: { source: mention?.text ?? key, count: variants.length, variants: variants.join(' / ') },
      replacements: [fix],
      variants,
      clusterId: `source-names:${key}`,
      ...(mention ? { sourceRange: { start: mention.start, end: mention.end, text: mention.text } } : {}),
    });
  }

  private missing(
    p: ParagraphNames,
    paragraph: number,
    majority: ReadonlyMap<string, string>,
    foundByShownSpelling: ReadonlyMap<string, readonly Rendering[]> | undefined,
  ): Finding[] {
    const text = this.targetText(paragraph);
    const first = /\S+/u.exec(text);
    if (!first) return [];
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const mention of p.mentions) {
      const renderings = p.renderings.get(mention.key);
      if (
        !renderings ||
        renderings.length > 0 ||
        reported.has(mention.key) ||
        this.inGlossary.has(mention.key) ||
        foundByShownSpelling?.has(mention.key)
      )
        continue;
      reported.add(mention.key);
      // Kept in Latin letters (Telegram, a brand) is rendered as written.
      if (text.includes(mention.text)) continue;
      const expected = p.known.has(mention.key) ? this.known(mention.key)?.[0] : majority.get(mention.key);
      // Written, but run into the next word (חיזבאללהשהתחייבה): the glued-words check reports the
      // gluing; "no rendering" would send the reviewer looking for a name that is there. Four letters
      // or more, so that a short rendering inside an unrelated word (דף in הדפים) does not count.
      if (expected && expected.length >= 4 && text.includes(expected)) continue;
      // The same with no spelling to look for (no glossary, the name's only mention) or another one
      // glued: the name's own pattern, at the glued-words rule's split points (renderings.ts).
      if (rendersGlued(text, mention.key)) continue;
      const closest = expected ? closestRendering(targetWords(text), expected) : undefined;
      const at = closest ?? { start: first.index, end: first.index + first[0].length };
      findings.push(
        buildFinding({
          check: 'source-names',
          severity: expected && (closest || !p.known.has(mention.key)) ? 'warning' : 'info',
          paragraph,
          paragraphText: text,
          start: at.start,
          end: at.end,
          key: closest ? 'source-names-misspelt' : 'source-names-missing',
          params: closest
            ? { source: mention.text, found: text.slice(at.start, at.end), expected: expected as string }
            : { source: mention.text },
          replacements: closest ? [closest.replacement] : [],
          sourceRange: { start: mention.start, end: mention.end, text: mention.text },
          ...(expected ? { variants: [expected], clusterId: `source-names:${mention.key}` } : {}),
        }),
      );
    }
    return findings;
  }
}
