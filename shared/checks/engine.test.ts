// Engine properties: valid ranges on arbitrary Unicode, never throwing, incremental = full re-check,
// fixes that remove their finding without adding one, and fingerprints that survive edits elsewhere.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CheckEngine, checkDocument } from './engine';
import type { AlignedDocument } from '../model/document';
import type { Finding } from '../model/finding';

/** Hebrew words that form name clusters, ordinary words, marks and scripts that stress the tokenizer. */
const vocabulary = [
  'רסטן',
  'ראסטן',
  'ברסטן',
  'ולראסטן',
  'חייאת',
  'חיית',
  'תחריר',
  'א-שאם',
  'אל-שאם',
  "ח'אן",
  'חאן',
  'יונס',
  'חיזבאללה',
  'חיזבאלה',
  'חיזבאללהשהתחייבה',
  'הממשלה',
  'אמר',
  'כי',
  'העיר',
  'חומס',
  'ספר',
  'סיפר',
  'צה"ל',
  'ק"מ',
  '280,000',
  'HTS',
  '(HTS)',
  'שָׁלוֹם',
  '\u200F',
  '\u202B',
  '😀',
  'مرحبا',
  '־',
  '–',
  '"',
  "'",
  '  ',
];

const word = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ unit: 'binary', maxLength: 6 }));
const paragraphText = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const documentArb = fc
  .array(paragraphText, { minLength: 1, maxLength: 6 })
  .map((ps): AlignedDocument => ({ source: [], target: ps.map((text, i) => ({ text, line: i + 1 })) }));

function key(f: Finding): string {
  return `${f.check}|${f.paragraph}|${f.start}|${f.end}|${f.message.key}|${f.suggestions.map((s) => s.replacement).join('/')}|${f.fingerprint}`;
}

function applyFirstSuggestion(doc: AlignedDocument, f: Finding): AlignedDocument {
  const target = doc.target.slice();
  const edit = f.suggestions[0]?.edits[0];
  if (!edit) return doc;
  const p = target[edit.paragraph];
  if (!p) return doc;
  target[edit.paragraph] = {
    ...p,
    text: p.text.slice(0, edit.start) + edit.replacement + p.text.slice(edit.end),
  };
  return { source: doc.source, target };
}

describe('CheckEngine properties', () => {
  it('every finding has a valid range whose text is the slice, on arbitrary Unicode', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        for (const f of checkDocument(doc)) {
          const text = doc.target[f.paragraph]?.text ?? '';
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings, including lone surrogates and controls', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 5 }), (texts) => {
        const doc = { source: texts.map((text) => ({ text })), target: texts.map((text) => ({ text })) };
        expect(() => checkDocument(doc)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('updateTarget gives the same findings as a full check of the edited document', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.array(fc.tuple(fc.nat(), paragraphText), { maxLength: 4 }),
        (doc, edits) => {
          const engine = new CheckEngine();
          engine.setDocument(doc);
          let current = doc;
          for (const [at, text] of edits) {
            const index = at % current.target.length;
            const target = current.target.slice();
            target[index] = { ...(target[index] as { text: string }), text };
            current = { source: current.source, target };
            engine.updateTarget(index, text);
          }
          expect(engine.findings().map(key)).toEqual(checkDocument(current).map(key));
        },
      ),
      { numRuns: 150 },
    );
  });

  // The editor keeps one engine while the user opens pair after pair: what the name index keeps between
  // re-checks (candidate clusters, kept answers) must not leak from one document into the next.
  it('setDocument on a used engine gives what a fresh engine gives', () => {
    const word = fc.constantFrom('רסטן', 'ראסטן', 'ברסטן', 'חומס', 'חמס', 'העיר', 'חמה', 'חמאה', 'טולכרם');
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const docArb = fc.array(text, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 2, maxLength: 4 }), (docs) => {
        const engine = new CheckEngine();
        for (const paragraphs of docs) {
          const doc = { source: [], target: paragraphs.map((t) => ({ text: t })) };
          expect(engine.setDocument(doc).map(key)).toEqual(checkDocument(doc).map(key));
        }
      }),
      { numRuns: 100 },
    );
  });

  // A finding at the same place, with the same fix, in the next document: its words around differ, so
  // its fingerprint does too (the name index keeps a cluster's findings by paragraph version).
  it('gives a finding of the next document its own fingerprint', () => {
    const engine = new CheckEngine();
    const first = { source: [], target: ['רסטן רסטן', 'ברסטן חמס ראסטן'].map((text) => ({ text })) };
    const next = { source: [], target: ['רסטן רסטן', 'חומס רסטן ראסטן'].map((text) => ({ text })) };
    engine.setDocument(first);
    expect(engine.setDocument(next).map(key)).toEqual(checkDocument(next).map(key));
  });

  // Readings that come from other paragraphs or from the words around a word change when another
  // paragraph is edited, and the incremental re-check must follow them: a stem seen alone, with two
  // prefixes, only with a prefix or only through a variant; a prefix with a hyphen; the rest of a
  // multi-word name; a name that is also a Hebrew word after a place noun; a silent ğ.
  it.each([
    [
      'prefix readings that other paragraphs establish or withdraw',
      ['רסטן', 'ראסטן', 'ברסטן', 'לרסטן', 'ולראסטן', 'חאן', "ח'אן", 'בחאן', "לח'אן", 'יונס'],
      ['היא', 'להיא', 'לאהיא', 'וושינגטון', 'לוושינגטון', 'ואשינגטון', 'בצרה', 'בבסרה', 'בסרה'],
      ["חות'ים", "לחות'ים", "החות'ים", 'ביירות', 'מביירות', 'בירות', 'טולכרם', 'טול', 'כרם'],
    ],
    [
      'readings from hyphens, multi-word names and place nouns',
      ["ח'אן", 'חאן', "בח'אן", "ב-ח'אן", 'לחאן', 'יונס', 'ויונס', 'רסטן', 'ב-רסטן', 'בראסטן'],
      ['לראסטן', 'עקבה', 'בעקאבה', 'העיר', 'חמה', 'חמאה', 'ארדואן', 'ארדוגאן', 'אל-בלח', 'דיר'],
    ],
    [
      'names that are ordinary words after a prefix',
      ['דוחא', 'לדוחא', 'מדוחא', 'בדוחה', 'דוחה', 'לדוחה', 'א-רקה', 'בא-רקה', 'ברקה', 'רקה'],
      ['אל-חשד', 'בחשד', 'החשד', 'דורא', 'בדורה', 'דורה', 'שיחות', 'ארגון'],
    ],
    [
      'compounds, detached articles, acronyms and words written two accepted ways',
      ['בת־ים', 'בת', 'ים', 'ובת', 'אל', 'באל', "ג'זירה", "אל-ג'זירה", 'מנדב', 'אל־מנדב'],
      ['רע"ם', 'רע"מ', 'ברע"ם', 'טורקיה', 'תורכיה', 'הטורקי', 'קרית', 'קריית', 'וופא', 'וואפא'],
      ['דאע"ש', 'שדאעש', 'לדאע"ש', 'דאעש', 'ודאעש', 'נאט"ו', 'בנאטו', 'צה"ל', 'בצהל'],
      ['נגורנו־קרבאך', 'בנגורנו־קרבאך', 'נגורנו', 'קארבאך', 'קרבאך', 'בינת', "ג'בייל", "לבינת-ג'ביל"],
      ['א', 'א-סיסי', 'סיסי', 'לא-סיסי', 'אל', 'אל-סיסי'],
    ],
    [
      'established forms and typing slips beside a name word, kept between re-checks',
      ['חלב', 'חאלב', 'בחאלב', 'מחלב', 'מוחמד', 'מחמד', 'חיית', 'ולמוחמד', 'כנרת', 'כינרת', 'ים'],
      ['לולה', 'דה', 'סילבה', 'סיבלה', 'בסיבלה', 'נרנדרה', 'נרנדה', 'מודי', 'ארגנטינה', 'ארגטינה'],
      ['ארדואן', 'ארודאן', 'טורקיה', 'בטורקיה', 'טרוקיה', 'הנורווגית', 'נורוויגית', 'נורווגית'],
      ['אלבדס', 'אלדבס', 'ואלבדס', 'אדהנום', 'אדנהום', 'טדרוס'],
    ],
  ])('updateTarget follows %s', (_, ...lists) => {
    const word = fc.constantFrom(...lists.flat());
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), text), { maxLength: 6 }),
        (paragraphs, edits) => {
          const engine = new CheckEngine();
          const current = paragraphs.slice();
          engine.setDocument({ source: [], target: current.map((t) => ({ text: t })) });
          for (const [at, t] of edits) {
            const index = at % current.length;
            current[index] = t;
            engine.updateTarget(index, t);
          }
          const full = checkDocument({ source: [], target: current.map((t) => ({ text: t })) });
          expect(engine.findings().map(key)).toEqual(full.map(key));
        },
      ),
      { numRuns: 200 },
    );
  });

  // Found by the property above in CI: after the edit, two joined spellings (א־סיסי, אל־סיסי) each
  // fixed the spaced אל סיסי, and the one kept followed the order the passes met the spellings in.
  it('keeps one fix for one spot whichever order an edit brought its spellings in', () => {
    const engine = new CheckEngine();
    const paragraphs = ['בת־ים', 'אל-סיסי בת־ים', 'אל סיסי'];
    engine.setDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    paragraphs[0] = 'א-סיסי';
    engine.updateTarget(0, 'א-סיסי');
    const full = checkDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    expect(engine.findings().map(key)).toEqual(full.map(key));
  });

  // Found by the property above at ten times its runs: the spaced form of a compound (אל א־סיסי, אל
  // אל־סיסי) was the first pair seen, which the edit's order decides, so the labels differed.
  it('labels a compound by its spaced form whichever order an edit brought the forms in', () => {
    const engine = new CheckEngine();
    const paragraphs = ['בת־ים', 'אל אל-סיסי'];
    engine.setDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    paragraphs[0] = 'אל א-סיסי בת־ים';
    engine.updateTarget(0, paragraphs[0]);
    const full = checkDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    expect(engine.findings().map(key)).toEqual(full.map(key));
  });

  // An initial ו read as "and" before a word the document writes (ונס of נס ציונה) attests no stem ונס,
  // so מונס is Moanes beside מונאס; the words after an edit that writes or removes נס are read again.
  it('reads a word after "and" again when an edit writes or removes the word (ונס, מונס)', () => {
    const engine = new CheckEngine();
    const paragraphs = [
      'מונאס דאבור הודיע על פרישה.',
      'יעד חדש למונאס דאבור.',
      'מונס דאבור הצטרף.',
      'ריינה ונס',
      '',
    ];
    engine.setDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    const full = () => checkDocument({ source: [], target: paragraphs.map((text) => ({ text })) }).map(key);
    // Where נס is not written, ונס may be a stem and מונס מ + ונס; where it is, מונס is Moanes.
    for (const [text, moanes] of [
      ['כמו נס ציונה.', true],
      ['כמו ציונה.', false],
      ['נס', true],
    ] as const) {
      paragraphs[4] = text;
      engine.updateTarget(4, text);
      expect(engine.findings().map(key)).toEqual(full());
      expect(full().some((k) => k.startsWith('name-variants|2|0|4|'))).toBe(moanes);
    }
  });

  // A glued-words fix may reveal a finding: once חיזבאללהשהתחייבה is split, חיזבאללה is a word that can
  // disagree with a חיזבאלה elsewhere. That is the point of the split, so the "adds none" half is
  // asserted for name-variants fixes, and removal for both.
  it('applying a glued-words fix removes that finding', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), (doc, pick) => {
        const before = checkDocument(doc).filter((f) => f.message.key.endsWith('glued-words'));
        fc.pre(before.length > 0);
        const chosen = before[pick % before.length] as Finding;
        const same = (f: Finding) => f.message.key === chosen.message.key && f.text === chosen.text;
        const after = checkDocument(applyFirstSuggestion(doc, chosen));
        expect(after.filter(same).length).toBeLessThan(before.filter(same).length);
      }),
      { numRuns: 200 },
    );
  });

  it('applying a name-variants fix removes that finding and adds none', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), (doc, pick) => {
        const before = checkDocument(doc).filter((f) => f.check === 'name-variants');
        fc.pre(before.length > 0);
        const chosen = before[pick % before.length] as Finding;
        const after = checkDocument(applyFirstSuggestion(doc, chosen));
        const what = (f: Finding) => `${f.check}|${f.message.key}|${f.text}`;
        expect(
          after.some(
            (f) => f.paragraph === chosen.paragraph && f.start === chosen.start && what(f) === what(chosen),
          ),
        ).toBe(false);
        // Counted, not just looked up. The one note a fix may add is the look-alike note of the mark it
        // copies: in a document that types א-שאם's hyphen (never ־), the fix writes the hyphen too, in
        // the document's own style, and its note is the one the copied spelling already has.
        const counts = (fs: readonly Finding[]) => {
          const n = new Map<string, number>();
          for (const f of fs) n.set(what(f), (n.get(what(f)) ?? 0) + 1);
          return n;
        };
        const was = counts(checkDocument(doc));
        const replacement = chosen.suggestions[0]?.replacement ?? '';
        const copiedMark = (kind: string) =>
          kind.startsWith('typography|findings:typography-typed-') &&
          replacement.includes(kind.slice(kind.lastIndexOf('|') + 1));
        // Nor is a repeated word the fix writes beside its own other spelling (חיית חייאת → חיית
        // חיית, as random text has it): the word was written twice before, two ways, and the
        // typography check now sees the repetition. Found by a longer run of this property.
        const revealedRepeat = (kind: string) =>
          kind.startsWith('typography|findings:typography-repeated-word|') &&
          kind.slice(kind.lastIndexOf('|') + 1).includes(replacement);
        for (const [kind, n] of counts(after)) {
          if (revealedRepeat(kind)) continue;
          expect(n, kind).toBeLessThanOrEqual(
            (was.get(kind) ?? 0) + (copiedMark(kind) && was.has(kind) ? 1 : 0),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('applying the fix of a spelling pair', () => {
  // The generated documents rarely hold a typing slip, a maqaf/space compound or an acronym written as
  // a word: their fixes are applied here on a text that has one, and must leave no name-variants finding.
  const texts: [string, string[]][] = [
    [
      'a typing slip with a prefix',
      [
        'המנכ"ל פלנטקר הודיע על פיטורים.',
        'לדברי פלנטקר, המשבר יחלוף.',
        'בחברה אמרו כי פלנטקר צדק.',
        'אתמול אמר ופלטנקר כי.',
      ],
    ],
    ['an acronym the press writes as a word', ['ראש חמאס נאם.', 'בכירי חמאס הגיעו.', 'דובר החמא"ס הגיב.']],
    [
      'the article apart and joined',
      ["לוחמי ג'בהת א-נוסרה תקפו.", 'ארגון אל נוסרה הודיע.', 'מפקד אל נוסרה נהרג.'],
    ],
  ];
  for (const [what, paragraphs] of texts)
    it(`${what}: applying its fixes leaves no name-variants finding`, () => {
      let doc: AlignedDocument = { source: [], target: paragraphs.map((t) => ({ text: t })) };
      const before = checkDocument(doc).filter((f) => f.check === 'name-variants');
      expect(before.length).toBeGreaterThan(0);
      for (let round = 0; round < 5; round++) {
        const next = checkDocument(doc).find((f) => f.check === 'name-variants');
        if (!next) break;
        doc = applyFirstSuggestion(doc, next);
      }
      expect(checkDocument(doc).filter((f) => f.check === 'name-variants')).toEqual([]);
    });
});

describe('fingerprints', () => {
  const text = ['העיירה רסטן נכבשה.', 'תושבי רסטן ברחו.', 'הגשר בראסטן נהרס.'];
  const doc = (paragraphs: string[]): AlignedDocument => ({
    source: [],
    target: paragraphs.map((t) => ({ text: t })),
  });
  const prints = (d: AlignedDocument) =>
    checkDocument(d)
      .filter((f) => f.check === 'name-variants')
      .map((f) => f.fingerprint);

  it('survive a paragraph inserted above and an edit in another paragraph', () => {
    const original = prints(doc(text));
    expect(original.length).toBe(1);
    expect(prints(doc(['כותרת חדשה לגמרי.', ...text]))).toEqual(original);
    expect(prints(doc([text[0] as string, 'תושבי רסטן ברחו מהר מאוד.', text[2] as string]))).toEqual(
      original,
    );
  });

  it('survive an edit in the same paragraph away from the finding', () => {
    const original = prints(doc(text));
    expect(
      prints(doc([text[0] as string, text[1] as string, 'אתמול בערב, לפי הדיווחים, הגשר בראסטן נהרס.'])),
    ).toEqual(original);
  });

  it('differ for the same word in a different context', () => {
    const two = prints(doc([...text, 'גם הכביש בראסטן נחסם.']));
    expect(new Set(two).size).toBe(2);
  });
});

describe('CheckEngine API', () => {
  it('returns all findings from updateTarget and ignores out-of-range paragraphs', () => {
    const engine = new CheckEngine({ language: 'he' });
    const start = engine.setDocument({
      source: [],
      target: [{ text: 'העיירה רסטן נכבשה.' }, { text: 'תושבי רסטן ברחו.' }],
    });
    expect(start).toEqual([]);
    const after = engine.updateTarget(1, 'תושבי ראסטן ברחו. הגשר ברסטן נהרס.');
    expect(after.map((f) => f.text)).toEqual(['ראסטן']);
    expect(engine.updateTarget(7, 'x')).toBe(engine.findings());
  });

  // compounds.ts keeps each joined spelling's answer between re-checks: it must follow a spaced form
  // written in another paragraph (the second word's pairs change), and the joined form written there
  // after a prefix (only its stem's use changes, not any word it looked up).
  it.each([
    ['a spaced form written elsewhere', ['העיר טולכרם נסגרה.', 'אין חדש.'], 'תושבי טול כרם יצאו.'],
    [
      'the joined form written elsewhere after a prefix',
      ['העיר טולכרם נסגרה.', 'תושבי טול כרם יצאו.', 'תושבי טול כרם חזרו.', 'אין חדש.'],
      'הם גרים בטולכרם.',
    ],
  ])('follows a kept compound when %s', (_, paragraphs, edit) => {
    const engine = new CheckEngine();
    engine.setDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    const last = paragraphs.length - 1;
    engine.updateTarget(last, edit);
    const edited = paragraphs.map((text, i) => ({ text: i === last ? edit : text }));
    const full = checkDocument({ source: [], target: edited });
    expect(full.some((f) => f.check === 'name-variants')).toBe(true);
    expect(engine.findings().map(key)).toEqual(full.map(key));
  });

  // typing-slips keeps each slip's answer between re-checks (slip-results.ts): an edit elsewhere that
  // changes its right spelling, not the slip, must still find it again. A right spelling no list knows
  // outweighs a slip written once only when it is written twice or more. The slip has a consonant
  // added (פלנטדקר): unlike a swap, it shares no shorter form with its right spelling, so only the
  // right spelling's own readers tell it.
  const plenty = 'המאמן אלכס פלנטקר הגיע.';
  const slip = 'אלכס פלנטדקר נפגש עם השחקנים.';
  it.each([
    ['its right spelling comes to be written twice', 'אין חדש.', plenty, ['פלנטדקר']],
    ['its right spelling comes to be written once', plenty, 'אין חדש.', []],
  ])('follows a kept typing slip when %s', (_, before, after, expected) => {
    const engine = new CheckEngine();
    engine.setDocument({ source: [], target: [plenty, slip, before].map((text) => ({ text })) });
    const slips = () => engine.findings().filter((f) => f.message.key === 'findings:typing-slip');
    expect(slips().map((f) => f.text)).toEqual(expected.length ? [] : ['פלנטדקר']);
    engine.updateTarget(2, after);
    expect(slips().map((f) => f.text)).toEqual(expected);
  });

  // place-slots.ts settles after an edit only the words that stand after a place noun of the edited
  // paragraph or stood after one before: an ordinary word put right after one (העיר חמה beside העיר
  // חמאה) may now be a name's spelling.
  it.each([
    ['the place noun is typed before it', ['נכנסו חמה אתמול', 'הם בעיר חמאה היום', 'העיר חמאה נכבשה']],
    ['it is typed after the place noun', ['חמה', 'העיר חמאה', 'חמאה']],
  ])('follows a word that comes to stand after a place noun when %s', (_, paragraphs) => {
    const edit = paragraphs[0] === 'חמה' ? 'העיר חמה' : 'נכנסו לעיר חמה אתמול';
    const engine = new CheckEngine();
    engine.setDocument({ source: [], target: paragraphs.map((text) => ({ text })) });
    expect(engine.findings()).toEqual([]);
    engine.updateTarget(0, edit);
    const edited = paragraphs.map((text, i) => ({ text: i === 0 ? edit : text }));
    const full = checkDocument({ source: [], target: edited });
    expect(full.some((f) => f.check === 'name-variants')).toBe(true);
    expect(engine.findings().map(key)).toEqual(full.map(key));
  });
});

describe('one finding per misspelt name when an English source is given', () => {
  const target = ['העיירה רסטן נכבשה.', 'תושבי רסטן ברחו.', 'הגשר בראסטן נהרס.'];
  const source = ['The town of Rastan fell.', 'Residents of Rastan fled.', 'The bridge in Rastan collapsed.'];
  const doc: AlignedDocument = {
    source: source.map((text) => ({ text })),
    target: target.map((text) => ({ text })),
  };

  it('keeps the name-variants finding (the UI builds clusters from it) with the English name attached', () => {
    const atMisspelling = checkDocument(doc).filter((f) => f.paragraph === 2 && f.text === 'בראסטן');
    expect(atMisspelling.map((f) => f.check)).toEqual(['name-variants']);
    const [finding] = atMisspelling as [Finding];
    expect(finding.sourceRange).toEqual({ start: 14, end: 20, text: 'Rastan' });
    expect(finding.clusterId).toMatch(/^nv:/);
    expect(finding.variants).toEqual(['רסטן', 'ראסטן']);
  });

  it('keeps a source-names finding no name-variants finding covers', () => {
    // One misspelt exonym (Aleppo → חלב) is no cluster of spellings, so only source-names reports it.
    const exonym: AlignedDocument = { source: [{ text: 'Aleppo fell.' }], target: [{ text: 'חאלב נפלה.' }] };
    expect(checkDocument(exonym).map((f) => [f.check, f.text])).toEqual([['source-names', 'חאלב']]);
  });

  it('returns the same finding object from incremental re-checks that do not touch it', () => {
    const engine = new CheckEngine();
    const first = engine.setDocument(doc).find((f) => f.text === 'בראסטן');
    const after = engine.updateTarget(0, 'העיירה רסטן נכבשה אתמול.').find((f) => f.text === 'בראסטן');
    expect(after).toBe(first);
  });
});
