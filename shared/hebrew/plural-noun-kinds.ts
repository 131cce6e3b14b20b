// Plural nouns that news puts before a people's adjective, by kind: people (לוחמים כורדים, אזרחים
// ישראלים) or things (כפרים דרוזיים, מטוסים ישראליים). The Academy accepts both plurals of such an
// adjective after people (the -ים form, a noun in apposition, is the more usual) and only -יים after
// things (hebrew-academy.org.il, "יהודים ויהודיים", 2010), so a checker must know which is which to
// tell a slip from an accepted form. A word in neither list, a verb in -ים as often as a noun (כוללים,
// טוענים), is left alone. Construct forms in -י (לוחמי, מטוסי) are looked up by their -ים plural.
import { isMasculineOtPlural } from './masculine-ot-plurals';
import { prefixReadings } from './prefixes';

const PEOPLE: ReadonlySet<string> = new Set(
  (
    'אנשים גברים ילדים נערים צעירים זקנים בנים אחים הורים אזרחים תושבים פליטים מהגרים עולים גולים ' +
    'מתיישבים מתנחלים חקלאים פועלים עובדים סוחרים תיירים מטיילים נוסעים מבקרים אורחים סטודנטים ' +
    'תלמידים מורים רופאים חולים יתומים עיתונאים כתבים פרשנים צלמים סופרים משוררים אמנים זמרים ' +
    'מוסיקאים מוזיקאים שחקנים ספורטאים כדורגלנים מאמנים אוהדים חוקרים מדענים היסטוריונים מומחים ' +
    'מהנדסים חיילים לוחמים קצינים מפקדים טייסים מלחים שוטרים סוהרים מאבטחים שומרים מחבלים ' +
    'חמושים מורדים מיליציונרים טרוריסטים שכירים פעילים מפגינים מתפללים מאמינים כמרים רבנים אימאמים ' +
    'שייחים נזירים בכירים נכבדים אישים גורמים נציגים שליחים דיפלומטים שגרירים שרים חברים מנהיגים ' +
    'פוליטיקאים מחוקקים שופטים פקידים מנהלים יועצים דוברים מתווכים מועמדים שבויים עצורים אסירים ' +
    'חטופים מבוקשים הרוגים פצועים נפגעים נעדרים חללים מתים עבריינים חשודים נאשמים סוכנים מרגלים ' +
    'מודיעים מתנדבים שכנים ידידים אויבים יריבים תומכים מצביעים בוחרים גולשים משתמשים צופים קוראים ' +
    'מאזינים לקוחות צרכנים משקיעים בעלים מוסלמים נוצרים יהודים דרוזים בדואים שבטים עמים'
  ).split(' '),
);

/** Things in -ים; the masculine plurals in -ות (כוחות, מקורות) are all things too. */
const THINGS: ReadonlySet<string> = new Set(
  (
    'כפרים יישובים ישובים שטחים אזורים מטוסים טילים כלים רכבים משוריינים טנקים רחפנים בסיסים ' +
    'מתקנים ארגונים גופים פלגים ערוצים אתרים עיתונים מפעלים מבנים בתים מנהגים מאכלים שירים סרטים ' +
    'ספרים חוקים מנגנונים שירותים נכסים מסמכים דיווחים אינטרסים מועדונים מוצרים משאבים יחסים ' +
    'קשרים הסכמים משטרים נמלים אמצעים מקדשים מסגדים קברים הקדשים סימנים'
  ).split(' '),
);

export type PluralNounKind = 'people' | 'thing';

/** The kind of `word`, perhaps after prefixes (ללוחמים, והכפרים) or in the construct (לוחמי); else undefined. */
export function pluralNounKind(word: string): PluralNounKind | undefined {
  for (const { stem } of prefixReadings(word)) {
    const plural = stem.endsWith('י') ? stem + 'ם' : stem;
    if (PEOPLE.has(plural)) return 'people';
    if (THINGS.has(plural) || isMasculineOtPlural(stem)) return 'thing';
  }
  return undefined;
}
