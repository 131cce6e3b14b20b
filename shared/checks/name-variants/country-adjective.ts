// A country whose name ends in -יה (-יאה, -איה) beside its people's feminine adjective in -ית
// (נורבגיה / הנורבגית, the Norwegian [woman, language]; אריתראיה / האריתריאית): the two spellings differ
// by the final ה/ת of a transcription and perhaps a vowel letter, but they are two words, as Hebrew
// makes the adjective of such a country by -י, -ית, -ים. Such a pair is never compared as one name's
// spellings (clusters.ts), so a third spelling of the country cannot bring the adjective into its
// cluster either, where its fix would write the country for the adjective.

/** The fewest letters of the country's name: shorter -יה words are Hebrew nouns (עליה, בניה). */
const MIN_COUNTRY_LETTERS = 5;

export function countryAndItsAdjective(a: string, b: string): boolean {
  const [adjective, country] = a.endsWith('ית') ? [a, b] : [b, a];
  return (
    adjective.endsWith('ית') &&
    /(?:יה|יאה|איה)$/.test(country) &&
    Math.min(adjective.length, country.length) >= MIN_COUNTRY_LETTERS
  );
}
