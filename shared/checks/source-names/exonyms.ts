// STARTER DATA, not a gazetteer: established Hebrew names for places whose Hebrew form is not a
// transcription of the English (HEBREW.md §6 row 20: חלב, ביירות, קהיר, עזה). The glossary is where a
// desk keeps its exonyms; this table only covers the most frequent Middle East ones so that a document
// checked without a glossary does not report them as missing. A glossary entry for the same English
// name takes precedence. Country names also list their adjectives, which a translation often uses
// instead ("Syria's state news agency" → סוכנות הידיעות הסורית).
export const STARTER_EXONYMS: Readonly<Record<string, readonly string[]>> = {
  aleppo: ['חלב'],
  damascus: ['דמשק'],
  lebanon: ['לבנון', 'לבנוני', 'לבנונית', 'לבנוניים', 'לבנוניות'],
  syria: ['סוריה', 'סוריא', 'סורי', 'סורית', 'סוריים', 'סוריות'],
  israel: ['ישראל', 'ישראלי', 'ישראלית', 'ישראליים', 'ישראליות'],
  iran: ['איראן', 'אירן', 'איראני', 'איראנית', 'איראניים', 'איראנים'],
  iraq: ['עיראק', 'עיראקי', 'עיראקית', 'עיראקיים', 'עיראקים'],
  egypt: ['מצרים', 'מצרי', 'מצרית', 'מצריים', 'מצריות'],
  jordan: ['ירדן', 'ירדני', 'ירדנית'],
  turkey: ['טורקיה', 'טורקי', 'טורקית'],
  russia: ['רוסיה', 'רוסי', 'רוסית', 'רוסיים', 'רוסים'],
  britain: ['בריטניה', 'בריטי', 'בריטית'],
  cairo: ['קהיר'],
  beirut: ['ביירות', 'בירות'],
  gaza: ['עזה'],
  jerusalem: ['ירושלים'],
  tehran: ['טהראן', 'טהרן'],
  baghdad: ['בגדד', 'בגדאד'],
  mecca: ['מכה'],
  hebron: ['חברון'],
  nablus: ['שכם'],
  jaffa: ['יפו'],
  tyre: ['צור'],
  sidon: ['צידון'],
  euphrates: ['פרת'],
  tigris: ['חידקל'],
};
