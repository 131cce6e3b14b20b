import { describe, expect, it } from 'vitest';
import { isKnownNameForm, vowelSlipRepairs } from './known-name-forms';

describe('isKnownNameForm', () => {
  const table: [string, boolean, string][] = [
    ['ארדואן', true, 'the starter glossary (Erdoğan)'],
    ['טורקיה', true, 'a name of the dual table'],
    ['חפתר', false, 'four letters: too short to trust its slips'],
    ['מהפכה', false, 'a Hebrew word of the dual table, no name'],
    ['זיכרון', false, 'a Hebrew word of the dual table, no name'],
  ];
  for (const [stem, known, reason] of table)
    it(`${stem}: ${reason}`, () => expect(isKnownNameForm(stem)).toBe(known));
});

describe('vowelSlipRepairs', () => {
  it('takes an inner ו or י out and puts one in', () => {
    expect(vowelSlipRepairs('נורוויגית')).toContain('נורווגית');
    expect(vowelSlipRepairs('חזיבאללה')).toContain('חזבאללה');
    expect(vowelSlipRepairs('ארדוואן')).toContain('ארדואן');
  });
  it('touches neither the first letter nor the last three (prefixes, inflection endings)', () => {
    expect(vowelSlipRepairs('חות׳יים')).not.toContain('חות׳ים');
    expect(vowelSlipRepairs('לבנוני')).not.toContain('לבנון');
    expect(vowelSlipRepairs('וטורקיה')).not.toContain('טורקיה');
  });
  it('gives the final form of the last letter', () => {
    expect(vowelSlipRepairs('ארדוואן')).toContain('ארדואן');
    expect(vowelSlipRepairs('ארדוואן').every((form) => !form.endsWith('נ'))).toBe(true);
  });
  it('reads no slip where either spelling has under six letters (טרקים, "treks", beside טורקים)', () => {
    expect(vowelSlipRepairs('טרקים')).toEqual([]);
    expect(vowelSlipRepairs('טורקים')).not.toContain('טרקים');
  });
});
