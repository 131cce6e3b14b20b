// A country whose name ends in -יה beside its people's feminine adjective in -ית (נורבגיה / הנורבגית,
// the Norwegian [woman, language]): the two spellings differ only by the final ה/ת of a transcription,
// but they are two words. Hebrew makes the adjective of such a country by -י, -ית, -ים; when the
// document also writes the masculine -י (הנורבגי), the -ית form is that adjective, not the country's
// name spelled another way.
import { isWritten } from './stem-writings';
import type { NameDocument, StemUse } from './stem-use';

/** The fewest letters of the country's name: shorter -יה words are Hebrew nouns (עליה, בניה). */
const MIN_COUNTRY_LETTERS = 5;

export function countryAndAdjective(members: readonly StemUse[], doc: NameDocument): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members.map((m) => m.info.stem) as [string, string];
  const country = a.endsWith('יה') ? a : b;
  const adjective = country === a ? b : a;
  if (country.length < MIN_COUNTRY_LETTERS || !country.endsWith('יה')) return false;
  const masculine = country.slice(0, -1);
  return adjective === `${masculine}ת` && isWritten(doc, masculine);
}
