import { describe, expect, it } from 'vitest';
import { attachPrefix, isPrefix, prefixReadings, stripPrefix } from './prefixes';

const attested = (...words: string[]) => {
  const set = new Set(words);
  return (w: string) => set.has(w);
};

const table: [string, string[], string, string, string][] = [
  ['ברסטן', ['רסטן'], 'ב', 'רסטן', 'ב comes off when רסטן is attested'],
  ['ולחומס', ['חומס'], 'ול', 'חומס', 'stacked prefixes ו + ל'],
  ['וכשבחומס', ['חומס'], 'וכשב', 'חומס', 'four-letter stack from hspell slots'],
  ['בוואדי', ['ואדי'], 'ב', 'ואדי', 'vav undoubled after a prefix (Academy: בוועד)'],
  ['בגולן', ['הגולן'], 'ב', 'הגולן', 'the article ה restored after ב'],
  ['ביירות', [], '', 'ביירות', 'nothing attested: ביירות keeps its ב'],
  ['לבנון', ['בנון'], 'ל', 'בנון', 'the gate is the document: an attested remainder is taken'],
  ['מחמוד', [], '', 'מחמוד', 'a name starting with מ stays whole'],
  ['הייאת', [], '', 'הייאת', 'the ה of הייאת is not the article'],
  ['כמאל', ['אל', 'מאל'], 'כ', 'מאל', 'כ + מאל when מאל is attested'],
  ['כמאל', ['אל'], '', 'כמאל', 'the preposition אל takes no two prefix letters of its own: Kamal'],
  ['ובאל', ['אל'], 'וב', 'אל', 'ו and one more letter before אל'],
  ['ואל', ['אל'], 'ו', 'אל', 'ו + אל'],
  ['ב-2024', ['2024'], 'ב־', '2024', 'a maqaf after the prefix before digits'],
  [
    'וההתחמשות',
    ['ההתחמשות', 'התחמשות'],
    'וה',
    'התחמשות',
    'no stem begins with הה: the first ה is the article',
  ],
];

describe('stripPrefix', () => {
  for (const [word, known, prefix, stem, reason] of table)
    it(reason, () => {
      const r = stripPrefix(word.replace('-', '־'), attested(...known));
      expect([r.prefix, r.stem]).toEqual([prefix, stem]);
    });
});

describe('prefixes', () => {
  it('knows the hspell combinations and not the banned ones', () => {
    for (const p of [
      'ו',
      'ה',
      'ב',
      'כ',
      'ל',
      'מ',
      'ש',
      'וב',
      'וה',
      'וכש',
      'ושב',
      'לכש',
      'מה',
      'שב',
      'ושמה',
      'וכשב',
      'בכ',
      'מל',
    ])
      expect(isPrefix(p)).toBe(true);
    for (const p of ['כה', 'ככ', 'הו', 'בב']) expect(isPrefix(p)).toBe(false);
  });

  it('never offers a stem that begins with the article before a ה', () => {
    expect(prefixReadings('וההחלטה')).toEqual([
      { prefix: '', stem: 'וההחלטה' },
      { prefix: 'וה', stem: 'החלטה' },
    ]);
  });

  it('reads no stem that begins with a geresh or gershayim (השב״כ is ה + שב״כ, never השב + ״כ)', () => {
    // Real news (Jenin): the Shin Bet written השב״כ beside כ"דומה, a prefix before a quotation, made a
    // cluster of ״כ and כ.
    const stems = (word: string) => prefixReadings(word).map((r) => r.stem);
    expect(stems('השב״כ')).toEqual(['השב״כ', 'שב״כ']);
    expect(stems('ושב״כ').some((s) => s.startsWith('״') || s.startsWith('ה״'))).toBe(false);
  });

  it('never offers a one-letter stem', () => {
    expect(prefixReadings('בה').map((r) => r.stem)).toEqual(['בה']);
  });

  it('re-attaches a prefix with the spelling changes it causes', () => {
    expect(attachPrefix('ב', 'ראסתן')).toBe('בראסתן');
    expect(attachPrefix('ב', 'ואדי')).toBe('בוואדי');
    expect(attachPrefix('ב', 'הגולן', true)).toBe('בגולן');
    expect(attachPrefix('ב', 'הייאת')).toBe('בהייאת');
    expect(attachPrefix('', 'רסטן')).toBe('רסטן');
    // ו is never written three times (HEBREW.md §2.2: ווילון = ו + וילון).
    expect(attachPrefix('ו', 'ועד')).toBe('וועד');
    expect(attachPrefix('ו', 'ווליד')).toBe('ווליד');
    expect(attachPrefix('וב', 'ועד')).toBe('ובוועד');
  });
});
