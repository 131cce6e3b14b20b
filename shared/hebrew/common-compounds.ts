// Hebrew compounds of ordinary words that writers join with a maqaf or leave spaced as they please
// (משא־ומתן / משא ומתן, בית־המשפט / בית המשפט, יוצא־דופן). Mixing the two in one document is a matter
// of the word's written form, like a gentilic's ending, not of a name's spelling: the editor still
// sees it, under word forms, and the name clusters are left to names. Compound *names* of ordinary
// words (בית לחם, באר שבע, ארץ ישראל, פתח תקווה) are deliberately absent: they are names, and a
// name written two ways is the name check's.
//
// The list holds the phrase without the article; the article on its last word (בית המשפט, חיל האוויר)
// is read as the same phrase. A teen number (שנים־עשר, שלוש־עשרה) is one by its shape.

import { prefixReadings } from './prefixes';

const PHRASES = [
  // Construct nouns of institutions and places.
  'בית ספר|בתי ספר|בית חולים|בתי חולים|בית משפט|בתי משפט|בית דין|בתי דין|בית כנסת|בתי כנסת',
  'בית קברות|בתי קברות|בית סוהר|בתי סוהר|בית כלא|בתי כלא|בית מעצר|בתי מעצר|בית מלון|בתי מלון',
  'בית מרקחת|בית חרושת|בתי חרושת|בית קפה|בתי קפה|בית מדרש|בית אבות|בית מגורים|בתי מגורים',
  'שדה תעופה|שדות תעופה|נמל תעופה|חדר מיון|חדר ניתוח|חדר אוכל|חדר מדרגות',
  // Offices and people.
  'יושב ראש|יושבת ראש|יושבי ראש|ראש ממשלה|ראש ממשלת|ראשי ממשלה|ראשי ממשלות|ראש עיר|ראשי ערים|ראש עירייה|ראש מועצה',
  'שר חוץ|שרת חוץ|שרי חוץ|שר ביטחון|שר אוצר|שר פנים|שר משפטים|שר חינוך|שר בריאות|אורח כבוד|אורחי כבוד',
  'ראש מטה|ראש ממשל|עורך דין|עורכת דין|עורכי דין|בן אדם|בני אדם|בן דוד|בת דודה|בני דודים',
  'בן זוג|בת זוג|בני זוג|בן ערובה|בת ערובה|בני ערובה|בנות ערובה|בן משפחה|בת משפחה|בני משפחה',
  'קרוב משפחה|קרובת משפחה|קרובי משפחה|בעל בית|בעלי בתים|בעל חיים|בעלי חיים|בעל ברית|בעלי ברית',
  'אח למחצה|אחיו למחצה|אחות למחצה|אחותו למחצה|אחים למחצה|סמל ראשון|טוראי ראשון',
  // The army and war.
  'חיל אוויר|חיל ים|חיל רגלים|חיל שריון|חיל תותחנים|חיל הנדסה|חיל מודיעין|חיל קשר',
  'כלי רכב|כלי נשק|כלי טיס|כלי שיט|כלי תקשורת|מטוס קרב|מטוסי קרב|מסוק קרב|מסוקי קרב',
  'ספינת מלחמה|ספינות מלחמה|פצצת אטום|הפסקת אש|הפסקות אש|שביתת נשק|מלחמת אזרחים|מלחמות אזרחים',
  'תא טרור|תאי טרור|ארגון טרור|ארגוני טרור|פיגוע טרור|פיגועי טרור|רצח עם|שפחת מין|שפחות מין',
  // Law and public life.
  'ועדת חקירה|ועדות חקירה|משא ומתן|דין וחשבון|דין ודברים|כתב אישום|כתבי אישום|גזר דין|פסק דין|פסקי דין|מעצר בית',
  'כתב יד|כתבי יד|מלחמת עולם|מלחמות עולם|מדינות ערב|שיתוף פעולה|שיתופי פעולה|סדר יום|לוח זמנים|לוחות זמנים|מצב חירום|שעת חירום|מצב רוח',
  // Idioms and adverbs.
  'אף על פי|קול רם|יום יום|יום הולדת|ימי הולדת|דרך כלל|יוצא דופן|יוצאת דופן|יוצאי דופן|יוצאות דופן|שחור לבן',
  'אלף בית|בן לילה|ארוחת בוקר|ארוחת ערב|ארוחת צהריים|מזרח תיכוני|מזרח תיכונית|מזרח תיכוניים',
  // Latin phrases of the press.
  'דה פקטו|דה יורה|סטטוס קוו|אד הוק',
];

const COMPOUNDS: ReadonlySet<string> = new Set(PHRASES.join('|').split('|'));

/** Teen numbers: a unit and עשר / עשרה (שנים־עשר, שלוש־עשרה). */
const UNITS: ReadonlySet<string> = new Set(
  'אחד אחת שנים שתים שניים שתיים שלושה שלוש ארבעה ארבע חמישה חמש שישה שש שבעה שבע שמונה תשעה תשע'.split(' '),
);

/**
 * True when the words (without a prefix on the first) make an ordinary Hebrew compound, the article
 * allowed on the last word: ['בית', 'המשפט'], ['משא', 'ומתן'], ['שנים', 'עשר']; or on the first, where
 * a compound that is no construct takes it (התשע־עשרה, הסטטוס־קוו).
 */
export function isCommonCompound(words: readonly string[]): boolean {
  if (withArticleOrNot(words)) return true;
  // A compound the document writes only after a prefix keeps it on its first word (בקול־רם / בקול רם).
  const [first, ...rest] = words as [string, ...string[]];
  return rest.length > 0 && prefixReadings(first).some((r) => withArticleOrNot([r.stem, ...rest]));
}

/** The words as they stand, or with the article on the first word read off (התשע־עשרה). */
function withArticleOrNot(words: readonly string[]): boolean {
  const first = words[0] as string;
  if (
    words.length >= 2 &&
    first.length > 2 &&
    first.startsWith('ה') &&
    compound([first.slice(1), ...words.slice(1)])
  )
    return true;
  return compound(words);
}

function compound(words: readonly string[]): boolean {
  if (words.length === 2 && UNITS.has(words[0] as string) && /^עשרה?$/.test(words[1] as string)) return true;
  const phrase = words.join(' ');
  if (COMPOUNDS.has(phrase)) return true;
  const last = words[words.length - 1] as string;
  return (
    words.length >= 2 &&
    last.length > 2 &&
    last.startsWith('ה') &&
    COMPOUNDS.has([...words.slice(0, -1), last.slice(1)].join(' '))
  );
}
