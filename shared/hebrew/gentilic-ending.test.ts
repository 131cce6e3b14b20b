import { describe, expect, it } from 'vitest';
import { differInGentilicEndingOnly } from './gentilic-ending';

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
