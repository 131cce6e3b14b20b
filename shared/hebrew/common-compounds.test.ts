import { describe, expect, it } from 'vitest';
import { isCommonCompound } from './common-compounds';

const table: [string, boolean, string][] = [
  ['משא ומתן', true, 'negotiations: a dictionary compound written both ways'],
  ['בית המשפט', true, 'the article on the last word is the same phrase'],
  ['בתי המשפט', true, 'and its construct plural'],
  ['חיל האוויר', true, 'an arm of the army, with its article'],
  ['יוצא דופן', true, 'an idiom'],
  ['שנים עשר', true, 'a teen number, by its shape'],
  ['שלוש עשרה', true, 'a feminine teen number'],
  ['דה פקטו', true, 'a Latin phrase of the press'],
  ['הסטטוס קוו', true, 'the article on the first word of a compound that is no construct'],
  ['התשע עשרה', true, 'a teen number with the article (המאה התשע־עשרה)'],
  ['כתבי יד', true, 'manuscripts'],
  ['מלחמת העולם', true, 'a world war, with the article'],
  ['הבית לחם', false, 'the article on a town’s name makes no compound of it'],
  ['בקול רם', true, 'a compound the document writes only after a prefix (בקול־רם / בקול רם)'],
  ['לבית לחם', false, 'a prefix on a town’s name makes no compound of it either'],
  ['בת ים', false, 'a town: a name of ordinary words is the name check’s'],
  ['באר שבע', false, 'a city, though both words are Hebrew'],
  ['ארץ ישראל', false, 'a country’s name'],
  ['בית לחם', false, 'a town whose name begins like בית ספר'],
  ['בית השאנטי', false, 'only the listed phrase, not every word after בית'],
  ['ה משפט', false, 'the article alone is no word'],
  ['שנים רבות', false, 'a unit before another word is no teen number'],
];

describe('isCommonCompound', () => {
  it.each(table)('%s → %s (%s)', (phrase, expected) => {
    expect(isCommonCompound(phrase.split(' '))).toBe(expected);
  });
});
