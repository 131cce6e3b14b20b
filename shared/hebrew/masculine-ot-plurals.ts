// Masculine nouns whose plural ends in -ות (כוח → כוחות, מקור → מקורות): an adjective after them takes
// the masculine plural (הכוחות הכורדיים), while most -ות words are feminine plurals or singular
// abstract nouns (זכות, ערנות, התיישבות), after which a word in -ים is no adjective of theirs. The
// list holds the things that news pairs with a people's adjective, none of them people (אבות is left
// out: the Academy accepts -ים after people).
import { prefixReadings } from './prefixes';

const MASCULINE_OT_PLURALS: ReadonlySet<string> = new Set(
  (
    'כוחות מקורות שלטונות מוסדות מקומות גבולות קולות חלומות חלונות שולחנות כיסאות לוחות רחובות ' +
    'קירות אוצרות חובות עורות פירות זוגות נהרות מעונות אותות סודות יסודות מחנות מטבעות לילות ' +
    'רעיונות עקרונות זיכרונות זכרונות פתרונות יתרונות חסרונות אולמות מחוזות שדות ' +
    'קרבות מזונות ארונות חזיונות כינורות מזלות צבאות מסעות מעיינות עולמות אורות בורות מזבחות גורלות ' +
    'חשבונות ארמונות מסדרונות רישיונות רשיונות דמיונות כישלונות כשלונות אסונות עלבונות קרונות ' +
    'עיזבונות ניצחונות נצחונות ראיונות גיליונות גליונות'
  ).split(' '),
);

/** Whether `word`, perhaps after prefixes (והכוחות, במקורות), is one of those plurals. */
export function isMasculineOtPlural(word: string): boolean {
  return prefixReadings(word).some((r) => MASCULINE_OT_PLURALS.has(r.stem));
}
