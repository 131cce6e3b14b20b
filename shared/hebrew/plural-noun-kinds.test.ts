import { describe, expect, it } from 'vitest';
import { pluralNounKind } from './plural-noun-kinds';

describe('plural nouns by kind, for a people’s adjective after them', () => {
  it.each([
    ['לוחמים', 'people', 'fighters'],
    ['ללוחמים', 'people', 'after ל'],
    ['לוחמי', 'people', 'the construct, looked up by its -ים plural'],
    ['והכפרים', 'thing', 'villages, after ו and the article'],
    ['מטוסי', 'thing', 'the construct of מטוסים'],
    ['הכוחות', 'thing', 'a masculine plural in -ות'],
  ])('%s is %s (%s)', (word, kind) => expect(pluralNounKind(word)).toBe(kind));

  it.each([
    ['כוללים', 'a verb: "include"'],
    ['מדינות', 'a feminine plural, whose adjective ends in -ות'],
  ])('%s is neither (%s)', (word) => expect(pluralNounKind(word)).toBeUndefined());
});
