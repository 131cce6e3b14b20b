import { describe, expect, it } from 'vitest';
import { isMasculineOtPlural } from './masculine-ot-plurals';

describe('masculine plurals in -ות', () => {
  it.each([
    ['כוחות', 'כוח → כוחות, the plural of forces'],
    ['והכוחות', 'with the conjunction and the article'],
    ['במקורות', 'after ב'],
    ['מחנות', 'מחנה → מחנות'],
  ])('%s is one (%s)', (word) => expect(isMasculineOtPlural(word)).toBe(true));

  it.each([
    ['זכות', 'a singular noun in -ות (right)'],
    ['התיישבות', 'a singular verbal noun'],
    ['מדינות', 'a feminine plural'],
    ['אבות', 'people: the Academy accepts -ים after them'],
  ])('%s is not (%s)', (word) => expect(isMasculineOtPlural(word)).toBe(false));
});
