// Words of Hebrew place and institution names that the press writes both defectively and in the
// Academy's full spelling (HEBREW.md §2.2): a consonantal י inside a word is doubled (קריית for קִרְיַת),
// and i is written with י (כינרת for כִּנֶּרֶת, בילינסון). One document that writes קרית שמונה and
// קריית שמונה spells one name two ways; the full spelling is the standard.
// Only words that are names, or the head word of names only: the same alternation in ordinary words
// (היתה/הייתה) is common and not what this check is for (LESSONS.md 10). So not תקוה/תקווה or נוה/נווה,
// names in פתח תקווה and נווה צדק but mostly the words "hope" and "oasis" (batch f wrote תקוה "hope" in
// one article and פתח תקווה in another). Each pair here was seen in real Hebrew news, defective and full,
// within one batch of the measurement (QA-CHECKS.md fix 40).

/** Defective spelling → the full spelling (comparison forms). */
export const FULL_SPELLING_NAMES: ReadonlyMap<string, string> = new Map([
  ['קרית', 'קריית'], // Kiryat Shmona, Kiryat Arba, Kiryat Gat …
  ['כנרת', 'כינרת'], // Kinneret, the lake and the kibbutz
  ['בלינסון', 'בילינסון'], // Beilinson hospital
]);
