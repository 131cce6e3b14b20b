// Words the Hebrew press writes two or three accepted ways, none of them wrong, with their inflected
// forms side by side: טורקיה / תורכיה (Turkey, ט or ת for t, HEBREW.md §6 row 9), פלסטיני / פלסטינאי /
// פלשתיני (the gentilic written -י or -אי, the country with ס or with ש as in the Hebrew פלשת). A
// document that mixes them spells one word two ways; the way it uses most is kept. They are ordinary
// words to the lexicon, so the name evidence never pairs them (the ט/ת swap also parts real Hebrew
// words: טרם/תרם), which is why they are listed.

/** Each family: rows of one form per way of writing, '' where that way has no such form. */
export const DUAL_SPELLINGS: readonly (readonly (readonly string[])[])[] = [
  [
    ['טורקיה', 'תורכיה'],
    ['טורקי', 'תורכי'],
    ['טורקית', 'תורכית'],
    ['טורקים', 'תורכים'],
    ['טורקיים', 'תורכיים'],
    ['טורקיות', 'תורכיות'],
  ],
  [
    ['תוניסיה', 'טוניסיה'],
    ['תוניס', 'טוניס'],
    ['תוניסאי', 'טוניסאי'],
    ['תוניסאית', 'טוניסאית'],
    ['תוניסאים', 'טוניסאים'],
  ],
  [
    ['פלסטיני', 'פלסטינאי', 'פלשתיני'],
    ['פלסטינית', 'פלסטינאית', 'פלשתינית'],
    ['פלסטינים', 'פלסטינאים', 'פלשתינים'],
    ['פלסטיניות', 'פלסטינאיות', 'פלשתיניות'],
    ['פלסטין', '', 'פלשתין'],
  ],
];
