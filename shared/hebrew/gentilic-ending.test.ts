import { describe, expect, it } from 'vitest';
import { differInGentilicEndingOnly, isGentilicWrittenTwoWays } from './gentilic-ending';

const table: [string, string, boolean, string][] = [
  ['אמריקני', 'אמריקאי', true, '-ני / -אי, the Academy accepts both'],
  ['אמריקנים', 'אמריקאים', true, 'the same in the plural'],
  ['אמריקניות', 'אמריקאיות', true, 'and in the feminine plural'],
  ['רפובליקנים', 'רפובליקאים', true, 'a party’s members, -נים / -אים'],
  ['אירופית', 'אירופאית', true, '-י / -אי'],
  ['פלסטיני', 'פלסטינאי', true, '-י / -אי after the name’s own נ'],
  ['אפריקאי', 'אפריקני', true, 'either order'],
  ['איראני', 'אירני', false, 'the name’s long a written or not: a spelling of the name'],
  ['אסלאמי', 'איסלאמי', false, 'the name’s i written or not'],
  ['פלסטיני', 'פלשתיני', false, 'ס or ש inside the name'],
  ['טורקי', 'תורכי', false, 'ט/ת and ק/כ inside the name'],
  ['אמריקני', 'אמריקנית', false, 'two inflections of one form: grammar, not two ways'],
  ['ישראלים', 'ישראליים', false, 'a people’s plural, not the gentilic ending'],
  ['אמריקני', 'אמריקני', false, 'the same word'],
];

describe('differInGentilicEndingOnly', () => {
  it.each(table)('%s / %s → %s (%s)', (a, b, expected) => {
    expect(differInGentilicEndingOnly(a, b)).toBe(expected);
    expect(differInGentilicEndingOnly(b, a)).toBe(expected);
  });
});

const clusters: [string[], boolean, string][] = [
  [['אלג׳ירי', 'אלג׳יראי'], true, 'a gentilic no list knows, -י / -אי'],
  [
    ['אלג׳ירים', 'אלג׳יראים', 'אלג׳יריים'],
    true,
    'its plurals, the people’s and the adjective’s, as singulars',
  ],
  [['גנאים', 'גנאיים'], false, 'two plurals alone are a surname written two ways, not a gentilic'],
  [['איראני', 'אירני'], false, 'a letter inside the name: the name’s spelling'],
  [['אלג׳ירי', 'אלג׳ירי'], false, 'one spelling'],
];

describe('isGentilicWrittenTwoWays', () => {
  it.each(clusters)('%j → %s (%s)', (stems, expected) => {
    expect(isGentilicWrittenTwoWays(stems)).toBe(expected);
  });
});
