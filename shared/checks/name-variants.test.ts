// Must-flag / must-not-flag table for name-variants: each row a short news-style text and the cluster it
// must (or must not) produce, with the reason. Alternation numbers refer to HEBREW.md §6.
import { describe, expect, it } from 'vitest';
import { checkDocument } from './engine';
import { paragraphsFromText } from '../model/document';
import { normalizeWord } from '../hebrew/normalize';
import { prefixReadings } from '../hebrew/prefixes';
import type { Glossary } from '../glossary/model';
import { isSpellingCluster } from '../model/finding';

function clusters(text: string, source = '', glossary?: Glossary): string[][] {
  const doc = { target: paragraphsFromText(text), source: paragraphsFromText(source) };
  const byId = new Map<string, string[]>();
  for (const f of checkDocument(doc, glossary))
    if (isSpellingCluster(f) && f.clusterId && f.variants)
      byId.set(f.clusterId, f.variants.map(normalizeWord));
  return [...byId.values()];
}

/** Each name-variants or word-forms finding of a text as [the text it covers, its first fix]. */
function fixes(text: string): [string, string | undefined][] {
  return checkDocument({ target: paragraphsFromText(text), source: [] })
    .filter(isSpellingCluster)
    .map((f) => [f.text, f.suggestions[0]?.replacement]);
}

/**
 * Every wanted spelling is in one reported cluster, possibly with a prefix still attached: a name seen
 * only after one prefix (העות׳מאנית, העותמאנית) keeps it in the cluster's label, though the fix is right.
 */
function hasCluster(found: string[][], spellings: string[]): boolean {
  const want = spellings.map(normalizeWord);
  const spells = (v: string, w: string) =>
    v === w || prefixReadings(v).some((r) => r.prefix !== '' && r.stem === w);
  return found.some((c) => want.every((w) => c.some((v) => spells(v, w))));
}

interface Row {
  readonly text: string;
  readonly cluster: string[];
  readonly reason: string;
}

const mustFlag: Row[] = [
  {
    text: 'המורדים כבשו את העיירה רסטן.\nהצבא הרס את גשר ראסטן.\nתושבי רסטן נמלטו דרומה.',
    cluster: ['רסטן', 'ראסטן'],
    reason: '§6.1 optional א (Rastan), repeated, not Hebrew',
  },
  {
    text: 'לוחמי הארגון חייאת תחריר א-שאם נכנסו לעיר.\nדובר הארגון חיית תחריר א-שאם הודיע על כך.',
    cluster: ['חייאת', 'חיית'],
    reason:
      '§6.1 optional א in the first word of a multi-word name; חיית is also Hebrew, the shared תחריר decides',
  },
  {
    text: "הלחימה נמשכה בח'אן יונס.\nתושבי חאן יונס ברחו.\nהצבא פעל במערב ח'אן יונס.",
    cluster: ["ח'אן", 'חאן'],
    reason: '§6.5 ח׳ ↔ ח (kh), multi-word name with יונס',
  },
  {
    text: "הכפר מע'אר נמצא בגליל.\nראש המועצה במר'אר אמר כי המצב קשה.\nתושבי מע'אר הפגינו.",
    cluster: ["מע'אר", "מר'אר"],
    reason: '§6.6 ע׳ ↔ ר׳ (gh), Kadmon: signs ע׳, phonetic ר׳',
  },
  {
    text: "ארגון הג'יהאד האסלאמי הודיע על שיגור.\nבכיר בגיהאד האסלאמי אמר כי הארגון ימשיך.\nהג'יהאד האסלאמי איים.",
    cluster: ["ג'יהאד", 'גיהאד'],
    reason: '§6.7 ג׳ ↔ ג, shared neighbour האסלאמי',
  },
  {
    text: "האימפריה העות'מאנית שלטה באזור.\nבתקופה העותמאנית נבנה המבצר.\nהשלטון העות'מאני נמשך מאות שנים.",
    cluster: ["עות'מאנית", 'עותמאנית'],
    reason: '§6.8 ת׳ ↔ ת (Academy lists both spellings of עותמאני); only ever with the article',
  },
  {
    text: 'בטהראן נערכה הפגנה.\nהמשטר בתהראן הגיב בחריפות.\nשגרירות טהראן הודיעה על כך.',
    cluster: ['טהראן', 'תהראן'],
    reason: '§6.9 ט ↔ ת sound-alike',
  },
  {
    text: 'מטוסים תקפו ליד העיר צידון.\nבסידון נערכה הלוויה.\nנמל צידון נסגר.',
    cluster: ['צידון', 'סידון'],
    reason: '§6.9 ס ↔ צ sound-alike (Sidon)',
  },
  {
    text: 'מטוסים תקפו באידליב.\nהעיר אדליב הייתה מעוז המורדים.\nתושבי אידליב חגגו.',
    cluster: ['אידליב', 'אדליב'],
    reason: '§6.10 optional י for short i',
  },
  {
    text: 'הכוחות נכנסו למוסול.\nבמוסל נערכה עצרת.\nשיקום העיר מוסול נמשך.',
    cluster: ['מוסול', 'מוסל'],
    reason: '§6.10 optional ו for u',
  },
  {
    text: 'העיר קלנסווה נמצאת במשולש.\nראש עיריית קלנסוה אמר כי התושבים מוחים.\nבקלנסווה נערכה שביתה.',
    cluster: ['קלנסווה', 'קלנסוה'],
    reason: '§6.11 ו ↔ וו (Academy: consonantal ו doubled inside a word)',
  },
  {
    text: "הכוחות פעלו בשכונת שג'אעייה.\nתושבי שג'אעיה נמלטו.\nהקרבות בשג'אעייה נמשכו.",
    cluster: ["שג'אעייה", "שג'אעיה"],
    reason: '§6.12 י ↔ יי (ynet vs INN)',
  },
  {
    text: 'ארגון חיזבאללה שיגר רקטות.\nבחיזבאלה הודיעו כי ימשיכו.\nמזכ"ל חיזבאללה נאם.',
    cluster: ['חיזבאללה', 'חיזבאלה'],
    reason: '§6.13 לל ↔ ל in -אללה names (nrg wrote both in one article)',
  },
  {
    text: 'ארגון הייאת תחריר א-שאם כבש את העיר.\nדובר הייאת תחריר אל-שאם אמר כי ימשיכו.',
    cluster: ['א-שאם', 'אל-שאם'],
    reason: '§6.16 assimilated א־ vs full אל־',
  },
  {
    text: 'ארגון הייאת תחריר א-שאם כבש את העיר.\nדובר הייאת תחריר אלשאם אמר כי ימשיכו.\nלוחמי תחריר א-שאם התקדמו.',
    cluster: ['א-שאם', 'אלשאם'],
    reason: '§6.16 article joined without maqaf',
  },
  {
    text: 'דיווחים מדיר אל-בלח.\nבדיר אלבלח נהרגו שלושה.\nתושבי דיר אל-בלח נמלטו.',
    cluster: ['אל-בלח', 'אלבלח'],
    reason: '§6.16 אל־ with and without the maqaf',
  },
  {
    text: 'לוחמי הארגון חייאת תחריר א-שאם נכנסו לעיר.\nמפקד הארגון הייאת תחריר א-שאם אמר כי ימשיכו.',
    cluster: ['חייאת', 'הייאת'],
    reason: '§6.4 ה ↔ ח',
  },
  {
    text: 'מטוסים תקפו את הנמל בחודיידה.\nבחודידה נהרגו שלושה.\nנמל חודיידה משמש להברחת נשק.',
    cluster: ['חודיידה', 'חודידה'],
    reason: '§6.12 י ↔ יי, both spellings only with prefixes or alone',
  },
  {
    text: 'בכיר בחמאס אמר כי הארגון לא ייכנע.\nהמורדים התקרבו לחמה ולחומס.\nהמנהיג הנוכחי נסראללה נאם.\nדובר הארגון סיפר כי נסרללה לא ייכנע.',
    cluster: ['נסראללה', 'נסרללה'],
    reason: '§6.1 optional א in -אללה (Nasrallah)',
  },
  {
    text: "החות'ים שיגרו טיל.\nמנהיג החותים איים.\nלחות'ים יש טילים רבים.",
    cluster: ["חות'ים", 'חותים'],
    reason: '§6.5/6.14 geresh or none; the article ה is taken off because לחות׳ים shows it',
  },
  {
    text: 'נשיא מצרים א-סיסי נאם.\nבהודעה נאמר כי סיסי הדגיש את עמדתו.\nאל-סיסי נפגש עם מלך ירדן.',
    cluster: ['א-סיסי', 'סיסי', 'אל-סיסי'],
    reason: '§6.16 article forms and no article',
  },
  {
    text: 'הכוחות פעלו בטול כרם.\nעיריית טולכרם מסרה כי אין חשמל.\nבמחנה נור א-שמס בטול כרם נחשפו מעבדות.',
    cluster: ['טול כרם', 'טולכרם'],
    reason: '§6.17 one word or two (the first with a prefix)',
  },
  {
    text: 'הכפר אבו גוש נמצא ליד ירושלים.\nתושבי אבו-גוש הפגינו.\nראש המועצה באבו גוש אמר.',
    cluster: ['אבו גוש', 'אבו-גוש'],
    reason: '§6.17 maqaf or space between the parts (Academy: אבו גוש)',
  },
  {
    text: "הלחימה נמשכה בח'אן יונס.\nתושבי חאן יונס ברחו.\nהצבא פעל במערב חאן יונס.",
    cluster: ["ח'אן", 'חאן'],
    reason:
      '§6.5 with §6.19: the geresh spelling is seen only after a prefix; the shared rest of the name (יונס) is the evidence that בח׳אן is ב + ח׳אן',
  },
  {
    text: "מטוסים תקפו בח'אן יונס.\nצה\"ל פעל בח'אן יונס.\nסינוואר מסתתר מתחת לחאן יונס.",
    cluster: ["ח'אן", 'חאן'],
    reason: 'both spellings only after prefixes (ב, ל) before the same name word: both prefixes come off',
  },
  {
    text: 'תושבי ב-רסטן ברחו.\nהגשר בראסטן נהרס.\nכוחות נכנסו לראסטן.',
    cluster: ['רסטן', 'ראסטן'],
    reason: '§4: the hyphen after a prefix marks it, so רסטן is attested as a word and ראסטן is its variant',
  },
  {
    text: 'נשיא טורקיה ארדואן נאם באנקרה.\nארדוגאן תקף את ישראל.\nדבריו של ארדואן התקבלו בתשואות.',
    cluster: ['ארדואן', 'ארדוגאן'],
    reason: 'Turkish ğ after a vowel is silent: written ג or left out (Erdoğan)',
  },
  {
    text: 'ראש הממשלה לשעבר דבוטאוגלו הקים מפלגה.\nמפלגתו של דבוטאולו נכשלה בבחירות.',
    cluster: ['דבוטאוגלו', 'דבוטאולו'],
    reason: 'Turkish -oğlu: the ğ before l is silent too (Davutoğlu)',
  },
  {
    text: 'המורדים השתלטו על העיר חמאה.\nהצבא נסוג מסביב לחמה.\nהקרבות בין חמה לחומס נמשכים.',
    cluster: ['חמאה', 'חמה'],
    reason:
      '§6.1 optional א; both spellings are also Hebrew (butter, hot): the place noun before one and the name beside the other are the evidence',
  },
  {
    text: 'כוחות צה״ל פעלו במחנה בלאטה הלילה.\nנעצר מבוקש שעסק בטרור במחנה בלאטה.\nנורו יריות לעבר כוח שפעל במחנה הפליטים בלטה בשכם.',
    cluster: ['בלאטה', 'בלטה'],
    reason:
      '§6.1 optional א; בלטה is also Hebrew ("tile"): "מחנה הפליטים" (the refugee camp) before it names a place as מחנה does (real news, Balata)',
  },
  {
    text: 'בעיר הדרומית עקבה נפגעה התיירות.\nבעלי מלונות בעקאבה אמרו כי התיירים נעלמו.\nהשר ביקר בעיר עקבה.',
    cluster: ['עקבה', 'עקאבה'],
    reason:
      '§6.1 optional א; עקבה is a Hebrew word, but stands after בעיר, and its variant is seen only after ב',
  },
  {
    text: "מנהיג הארגון, עבד אל-מלכ אל-חות'י, נאם.\nעבד אל-מאלכ אל-חותי אמר עוד כי ימשיכו.\nמלך ירדן גינה את הירי.",
    cluster: ['אל-מלכ', 'אל-מאלכ'],
    reason:
      '§6.1 and §6.16: the ordinary מלך (next to the name ירדן) is left out of the cluster, not allowed to sink it',
  },
  {
    text: 'תושבים נמלטו לאזור המוואסי.\nהעקורים גרים באוהלים במוואסי.\nהמצב באזור אל-מואסי קשה.',
    cluster: ['מוואסי', 'אל-מואסי'],
    reason:
      '§6.11 and §6.16: a two-letter key says nothing, but the same stem after ה and after ב (the article swallowed) does',
  },
  {
    text: "מזל\"ט תקף סמוך לעיירה ח'יאם.\nשלושה נהרגו בתקיפה על בית בחיאם.\nתושבי ח'יאם נמלטו.",
    cluster: ["ח'יאם", 'חיאם'],
    reason:
      '§6.5: a two-letter key (חמ) groups too many words, but the geresh spelling standing alone is a transcription variant of the prefixed one',
  },
  {
    text: 'הכוחות נכנסו במוסול.\nובמוסול נערכה עצרת.\nבמוסל נהרגו שניים.\nהבכיר קרא לממשל האמריקני להתערב.',
    cluster: ['מוסול', 'מוסל'],
    reason:
      '§6.10: two prefixes stand for a stem only on spellings of one name; לממשל shares the key but is no second prefix of מוסל',
  },
  {
    text: 'דובר משרד החוץ, אסמאעיל בקאאי, האשים את המערב.\nבהודעה שפרסם אמר בקאעי כי ימשיכו.',
    cluster: ['בקאאי', 'בקאעי'],
    reason:
      '§6.9 ע ↔ א (ʿayn written as hamza): the coarse key drops an inner א but keeps ע, so a second key meets them',
  },
  {
    text: 'עולי רגל הגיעו בכרבלא.\nהרשויות נערכו לכרבלה.\nהדרך לכרבלא נחסמה.',
    cluster: ['כרבלא', 'כרבלה'],
    reason:
      '§6.2 final א/ה; ב + כרבלא, not the rarer prefix בכ + רבלא: of two readings that stand, the shorter prefix',
  },
  {
    text: 'פקחים ביקרו במתקן נתנז.\nהמתקן בנטנז נפגע בעבר.',
    cluster: ['נתנז', 'נטנז'],
    reason: '§6.9 ת/ט; "מתקן" (facility) introduces a name, also behind the prefixes ובמ־',
  },
  {
    text: 'הכוחות הטילו מצור על אל-פאשר.\nבית החולים בא-פאשר הופצץ.\nתושבי אל-פאשר ברחו.',
    cluster: ['אל-פאשר', 'א-פאשר'],
    reason:
      '§1.3 א־ over-assimilated before a moon letter; בא־פאשר is ב + the article, since no Hebrew word starts with א־',
  },
  {
    // Real heritage prose (Benjamin of Tudela): the name after מ, "of", beside the same first name.
    text: 'ובנימין מטודלה העריך את מספר תושבי העיר.\nהנוסע היהודי המפורסם בנימין מטודילה ביקר בקבר עזרא.',
    cluster: ['מטודלה', 'מטודילה'],
    reason:
      'a ו/י in a name after the same first name; not a Hebrew noun and its past (פשיטה / פשטה): the past writes no ו inside',
  },
  {
    // Real news (al-Araby al-Jadeed): the joined form is written only after ב.
    text: "לפי דיווח באלערבי אל-ג'דיד, הכוחות נסוגו.\nעל פי דיווח בעיתון אל-ערבי אל-ג'דיד, במזרח סוריה.",
    cluster: ['אלערבי', 'אל-ערבי'],
    reason:
      '§6.17 the article joined or with a maqaf; באלערבי is ב + אלערבי where the document writes אל־ערבי, though אלערבי is never written bare',
  },
  {
    text: "המנהיג העליון עלי ח'אמנאי נאם אמש.\nדברי ח'אמנאי עוררו סערה.\nדיפלומט אמר כי חמינאי מגזים.",
    cluster: ["ח'אמנאי", 'חמינאי'],
    reason: '§1.4 optional א in one place, a vowel letter after the next consonant in the other (Khamenei)',
  },
  {
    text: 'הנשיא אחמד א-שרע נפגש עם השר.\nא-שרע אמר כי המגעים נמשכים.\nמשרדו של א-שרעא הודיע על כך.',
    cluster: ['א-שרע', 'א-שרעא'],
    reason: '§1.4 a final א after ע writes the vowel of -aʿ (al-Sharaa)',
  },
  {
    text: 'כוחות פעלו בעיר רפיח.\nבמעבר רפיח נפתח.\nהכוחות יצאו מרפיח.',
    cluster: [],
    reason: 'control row: one spelling only',
  },
  {
    text: 'המטוסים תקפו באזור ראס אל-עין.\nהעיר ראס אל-עיין נמצאת בשליטת המורדים.\nתושבי ראס אל-עין נמלטו.',
    cluster: ['אל-עין', 'אל-עיין'],
    reason:
      '§6.12 י ↔ יי in a three-letter word with the Arabic article (Ras al-Ain): no Hebrew word takes אל־',
  },
  {
    text: 'מבצע "מעיין השלום" החל ב-2019.\nהעיר ראס אל-עין נכבשה.\nבראס אל-עיין נשארו מעטים.',
    cluster: ['אל-עין', 'אל-עיין'],
    reason: 'the ordinary מעיין (spring) is not מ + עיין: it stays out of the Ras al-Ain cluster',
  },
  {
    text: 'הפגנה נערכה בעיר אעזאז.\nהכוחות הטורקיים יישארו בעזאז.\nתושבי אעזאז מחו.',
    cluster: ['אעזאז', 'עזאז'],
    reason: '§6.1 the first א of an initial Aʿ- (hamza before ʿayn) written or left out (Azaz)',
  },
  {
    text: "הכוחות נכנסו לשייח' מקסוד.\nהכוחות נכנסו לא-שייח' מקסוד.\nתושבי שייח' מקסוד ברחו.",
    cluster: ["שייח'", "א-שייח'"],
    reason: 'one name with and without the article shares the rest of the name (מקסוד): still a variant',
  },
  {
    text: 'נשיא מצרים, עבד אל-פתאח א-סיסי, נאם.\nסיסי הדגיש כי המצב קשה.\nא-סיסי הוסיף כי.',
    cluster: ['א-סיסי', 'סיסי'],
    reason: 'a surname with and without the article, the bare one not in construct: a variant',
  },
  {
    text: 'יו"ר המועצה, מוחמד אל-מנפי, קרא להפסקת אש.\nהמנפי הוסיף כי יזמין את הצדדים.\nדובר המנפי אמר כי.',
    cluster: ['אל-מנפי', 'מנפי'],
    reason:
      'the Hebrew article for the Arabic one (המנפי): מנפי is no Hebrew מ + נפה + י, since נפה takes -י on ת (נפתי)',
  },
  {
    text: 'לוחמי הייאת תחריר א-שאם נכנסו לעיר.\nדובר הייאה תחריר א-שאם אמר כי.\nהייאת תחריר א-שאם הודיעה.',
    cluster: ['הייאת', 'הייאה'],
    reason:
      '§6.3 ה ↔ ת with the rest of the name shared (תחריר א-שאם): a name, though ה/ת alone is not evidence',
  },
  {
    text: "ארגון אל-ג'מאעה אל-אסלאמיה הודיע.\nבכיר באל-ג'מאעת אל-אסלאמיה אמר.\nאל-ג'מאעה אל-אסלאמיה איים.",
    cluster: ["אל-ג'מאעה", "אל-ג'מאעת"],
    reason: '§6.3 ה ↔ ת on a word with the Arabic article and a geresh',
  },
  {
    text: 'שדות הנפט שבסביבת כירכוכ נשלטים בידי הצבא.\nהכורדים דורשים את השליטה בכרכוכ.\nתושבי כירכוכ הפגינו.',
    cluster: ['כירכוכ', 'כרכוכ'],
    reason: '§6.10 ∅ ↔ י (Kirkuk): the ו of the last syllable is in both, so no piel family',
  },
  {
    text: 'הצבא נכנס למוסול.\nהקרבות במוסל נמשכו.\nתושבי מוסול חזרו.',
    cluster: ['מוסול', 'מוסל'],
    reason: '§6.10 ∅ ↔ ו before the last letter, but no י after the first: a name, not a piel noun',
  },
  {
    text: 'כוחות מהעיר מסראתה הגיעו לבירה.\nבמסוראתה התכנסו ראשי השבטים.\nתושבי מסראתה מחו.',
    cluster: ['מסראתה', 'מסוראתה'],
    reason: "§6.10 ∅ ↔ ו after the second letter of a name with an א (Misrata): not a pu'al participle",
  },
  {
    text: 'התיירים הגיעו לאל-עולא.\nבאל-עולא נפתח מלון חדש.\nהרשות בעיר אל-עלא הודיעה על פסטיבל.',
    cluster: ['אל-עולא', 'אל-עלא'],
    reason:
      '§6.10 the first-syllable ו of a three-letter word with the Arabic article (AlUla): no Hebrew word takes אל־',
  },
  {
    text: 'הצבא תקף את ביר אל-עבד.\nתושבי ביר אל-אבד נמלטו.\nבביר אל-עבד נשמעו פיצוצים.',
    cluster: ['אל-עבד', 'אל-אבד'],
    reason: '§6.9 ע ↔ א in a three-letter word with the Arabic article (Bir al-Abd): ʿayn written as hamza',
  },
  {
    text: 'שר הביטחון ישראל כ״ץ אמר כי הצבא ימשיך.\nלדברי ישראל כץ, המבצע יימשך.\nכ״ץ הוסיף כי אין הפסקה.',
    cluster: ['כ״ץ', 'כץ'],
    reason:
      'a surname written as an acronym and as a word (כ״ץ / כץ) beside the same first name: a two-letter bare form is a name only there (acronyms.ts)',
  },
  {
    text: 'חבר הכנסת לשעבר ממפלגת מר״צ כתב לחבריו.\nהאיש שנבחר לייצג את מרצ והשמאל בכנסת.\nבמפלגת מר״צ זועמים.',
    cluster: ['מר״צ', 'מרצ'],
    reason:
      'an acronym of three letters written bare (מרצ for מר״צ, Meretz): its last letter is not in final form, so no Hebrew word (acronyms.ts)',
  },
  {
    text: 'ארגון הטרור דאעש הודיע כי ביצע את הפיגוע.\nשלוחת דאעש באפגניסטן איימה.\nפעילי דעאש נעצרו אמש.',
    cluster: ['דאעש', 'דעאש'],
    reason:
      'an א moved in four letters, no shared name word: דאעש is a name the starter table lists and דעאש a word no list knows, not a second name as רשאד beside ראשד (known-name-forms.ts)',
  },
  {
    text: 'ראש הלשכה המדינית של חמאס איסמאעיל הנייה לא לוקח חלק בשיחות.\nלדברי איסמאעיל הניה, השיחות נמשכות.',
    cluster: ['הנייה', 'הניה'],
    reason:
      'a surname the lexicon reads as a word (הניה), written with a doubled י too, right after the same first name: the first name shows both are the name (evidence.ts)',
  },
  {
    text: 'בעיר אום אל־פחם נערכה הפגנה.\nתושבי אום אל פאחם יצאו לרחובות.\nאום אל־פחם היא העיר הגדולה במשולש.',
    cluster: ['אל־פחם', 'אל פאחם'],
    reason:
      'the Arabic article joined by a maqaf in one place and written apart in another, the word after it also spelled with an א (Umm al-Fahm): two differences, the article’s joining and an alternation (compound-variants.ts)',
  },
  {
    text: 'ראש העירייה מאזן גנאים נפגש עם השר.\nלדברי מאזן גנאיים, התקציב לא הועבר.\nגנאים הוסיף כי ימשיך במאבק.',
    cluster: ['גנאים', 'גנאיים'],
    reason:
      'a surname ending like a people’s plural (Ghnaim), written -ים and -יים right after one first name: no people’s plural stands after a first name (evidence.ts, shared-neighbours.ts)',
  },
  {
    text: 'יו״ר הפרלמנט קאליבאף אמר כי ההסכם קרוב.\nלדברי קליבף, השיחות יימשכו.',
    cluster: ['קאליבאף', 'קליבף'],
    reason:
      'two א apart, past the threshold, no shared name word: קאליבאף (Ghalibaf) is a spelling the printed-names list holds and קליבף a word no list knows (printed-names.ts)',
  },
  {
    text: 'הצבא פעל במחנה הפליטים נוסייראת.\nתושבי נושאיראת נמלטו מבתיהם.',
    cluster: ['נוסייראת', 'נושאיראת'],
    reason:
      'a pair a little past the threshold (ס/ש and an א) with no shared name word: one spelling is the starter table’s (Nuseirat), the other a word no list knows (judged-clusters.ts)',
  },
  {
    text: 'תנועת אמ״ל השיעית הוקמה בשנות השבעים.\nלוחמי אמ״ל נלחמו במחנות הפליטים.\nבראש אמל עומד נביה ברי.',
    cluster: ['אמ״ל', 'אמל'],
    reason:
      'an acronym of three letters written bare and never after a prefix (אמל for אמ״ל, Amal), and no word of any list: the acronym’s letters, not a prefix and a word as לנהל beside נה״ל (acronyms.ts)',
  },
  {
    text: 'הסופר נגיב מחפוז זכה בפרס נובל.\nספריו של נג׳יב מחפוט׳ תורגמו לעברית.\nמחפוז נפטר ב-2006.',
    cluster: ['מחפוז', 'מחפוט׳'],
    reason: '§6.8 ט׳ ↔ ז (ظ, Mahfouz): the coarse key files the two letters apart, an alternate key together',
  },
  {
    text: 'סוכנות הידיעות הרשמית ופא דיווחה על הרוגים.\nראש המועצה אמר לסוכנות וופא כי הבתים נשרפו.\nלפי סוכנות ו’פא, הכוחות נכנסו לכפר.',
    cluster: ['ופא', 'ו׳פא'],
    reason:
      'WAFA: ופא, a spelling only the news list knows, stands after the same name noun (סוכנות) as ו׳פא, so it is the name’s (judged-clusters.ts)',
  },
  {
    text: 'רמקו אבנפול זכה בשלב.\nהרוכב הבלגי רמקו אוונפול הוביל את המרוץ.\nאוונפול סיים ראשון.',
    cluster: ['אוונפול', 'אבנפול'],
    reason:
      'a v written ב or וו inside a European name (HEBREW.md §2: Evenepoel), beside the shared first name',
  },
  {
    text: 'השליח טס לדוחא לסבב שיחות.\nהשיחות בדוחה נמשכו עד הלילה.\nהמשלחת חזרה מדוחא בבוקר.',
    cluster: ['דוחא', 'דוחה'],
    reason:
      'בדוחה reads as ב + דוחה "rejects", but דוחה never stands alone and differs from דוחא (Doha) by a final ה/א',
  },
  {
    text: 'הכוחות נכנסו לכפר דורא שליד חברון.\nתושבים בדורה דיווחו על מעצרים.\nהכוחות יצאו מדורא בבוקר.',
    cluster: ['דורא', 'דורה'],
    reason:
      'בדורה = ב + דורה (sorghum) beside דורא, מדורא (Dura, two word forms): a final ה/א, and דורה never alone',
  },
  {
    text: 'המועצה המקומית בא-רקה הודיעה על עוצר.\nהקרבות ברקה נמשכו שבוע.\nמפקד הכוחות בא-רקה נפצע.',
    cluster: ['א-רקה', 'רקה'],
    reason:
      'ברקה = ב + רקה (temple of the head) beside בא-רקה: only the article differs, and both stand after ב',
  },
  {
    text: 'השליח האמריקני תום בארק הגיע לביירות.\nבארק נפגש עם הנשיא.\nלדברי השליח תומאס ברק, השיחות התקדמו.',
    cluster: ['בארק', 'ברק'],
    reason:
      'ברק reads as ב + רק, three letters, but בארק writes the long vowel out: the longer spelling names it',
  },
  {
    text: "הכתב של \"אל-ג'זירה\" דיווח מהשטח.\nלפי אלג'זירה, ההפגנות נמשכו.\nרשת אל-ג'זירה שידרה את הנאום.",
    cluster: ["אל-ג'זירה", "אלג'זירה"],
    reason:
      'the same letters with the article joined by a maqaf or written on (row 17): a writing of the name',
  },
  {
    text: 'הזרוע הצבאית בראשות עז א-דין אל-חדאד נערכת.\nהמפקד עז-א-דין אל-חדאד הורה על כך.\nלפי הדיווח, עז א-דין אל-חדאד שרד.',
    cluster: ['עז א-דין', 'עז-א-דין'],
    reason: 'row 17 with the article inside: the second word keeps the maqaf of its article (עז א־דין)',
  },
  {
    text: 'ארגון דאע"ש תקף את הכפר.\nלוחמי דאעש נסוגו מהעיר.\nבכיר בדאע"ש אמר כי הארגון ימשיך.',
    cluster: ['דאע"ש', 'דאעש'],
    reason: 'an acronym written with its gershayim and without it (acronyms.ts)',
  },
  {
    text: 'השליח טס לדוחא לסבב שיחות.\nהמשלחת חזרה מדוחא בבוקר.\nהשופט דוחה את הבקשה.\nהשיחות בדוחה נמשכו עד הלילה.',
    cluster: ['דוחה', 'דוחא'],
    reason:
      'the starter table forbids דוחא beside the established דוחה (Doha, fix 41); the evidence alone reads בדוחה as ב + דוחה "rejects", a word the judge uses too',
  },
  {
    text: "העשן מיתמר במיס אל-ג'בל ובכפר דבין.\nהפגזות בכפרים מיס אל-ג'בל ותבנין.\nבכפרים הבאים: מיס אלג'בל, כפר תבנין.",
    cluster: ["אל-ג'בל", "אלג'בל"],
    reason:
      'a place head (ג׳בל, "mountain") with the article on one spelling and joined to it on the other ends a name, as with the article on both: one name written two ways (evidence.ts headOfDifferentNames)',
  },
  {
    text: 'אבי האומה הטורקית מוסטפא כמאל אטאטורק נקבר באנקרה.\nהנשיא כתב אל המבקרים על מוסטפה קמאל.',
    cluster: ['כמאל', 'קמאל'],
    reason:
      'כמאל is no כמ + אל though the preposition אל stands in the text: אל takes no two prefix letters (prefixes.ts)',
  },
  {
    text: 'סוכנות הידיעות טסנים דיווחה כי הנשיא אמר.\nלפי סוכנות הידיעות האיראנית "תסנים", הנשיא נאם.\nגם סוכנות הידיעות האיראנית "תסנים" מסרה.',
    cluster: ['תסנים', 'טסנים'],
    reason:
      'a ת/ט swap in the name of a news agency: the word after הידיעות ("news", of סוכנות הידיעות) stands where names stand (name-cues.ts)',
  },
  {
    text: 'החוקרת אליזבט צורקוב נחטפה בבגדד.\nאליזבת צורקוב שוחררה אחרי שנתיים.',
    cluster: ['אליזבט', 'אליזבת'],
    reason:
      'a ט/ת swap in the last letter beside the same surname: the coarse key files a final ת with the vowel endings, so alternateKeys files a final ט there too (variants.ts)',
  },
  {
    text: 'מחלקת המדינה מחקה את חיאת תחריר א-שאם מרשימת ארגוני הטרור.\nא-שרע היה מנהיג ארגון "הייאת תחריר א-שאם".',
    cluster: ['חיאת', 'הייאת'],
    reason:
      'four letters one doubled י past the threshold (ח/ה and יי), beside the shared rest of the name: a Far pair (variants.ts farRoom)',
  },
  {
    text: 'הטייס הוצא להורג בידי דאע"ש.\nלוחמי דאע"ש נסוגו.\nהאסירה שדאעש דרש לשחרר הוצאה להורג.',
    cluster: ['דאע"ש', 'דאעש'],
    reason:
      'an acronym written bare only after a prefix (שדאעש): the gershayim form attests its letters, so ש comes off and the bare spelling meets the acronym (statistics.ts acronymLetters)',
  },
  {
    text: 'הקרבות בנגורנו־קרבאך נמשכים.\nבנגורנו־קרבאך נהרגו רבים.\nהעימות על חבל נגורנו קארבאך עוד לא תם.',
    cluster: ['נגורנו־קרבאך', 'נגורנו קארבאך'],
    reason:
      'a name of two parts joined by a maqaf and written apart, its second part also spelled with an א: one part shared, the other a spelling of the same name (compound-variants.ts)',
  },
  {
    text: 'הכוחות נכנסו לבינת־ג׳ביל.\nתושבי בינת ג׳בייל ברחו צפונה.',
    cluster: ['בינת־ג׳ביל', "בינת ג'בייל"],
    reason:
      'the joined spelling seen only after a prefix (לבינת־ג׳ביל), the spaced one with a doubled י (compound-variants.ts)',
  },
  {
    text: 'צה"ל הודיע על חיסולו של מפקד בכיר בכוח רדואן, עלי מחמד אלדבס, יחד עם עוזרו.\nאלבדס סייע בהכוונה בפיגוע בצומת מגידו.',
    cluster: ['אלדבס', 'אלבדס'],
    reason:
      'two consonants swapped between two unknown spellings written once each: one of them slipped; the later is reported as another spelling of the first (tied-slips.ts)',
  },
  {
    text: 'נשיא מצרים עבד אל-פתאח א-סיסי נאם בקהיר.\nלדברי א סיסי, מצרים תגיב.',
    cluster: ['א-סיסי', 'א סיסי'],
    reason:
      'row 17: the assimilated article written apart from the name (א סיסי beside א־סיסי), a part of one letter (compounds.ts)',
  },
  {
    text: 'כוחות חפתר התקדמו לעבר טריפולי.\nהגנרל חפתר הודיע על הפסקת אש.\nאנשי הפטר נסוגו מהעיר.',
    cluster: ['חפתר', 'הפטר'],
    reason:
      'Haftar written חפתר and הפטר, both in print: ח/ה and ת/ט together are further apart than the alternation table joins, so only the table of known names pairs them (known-name-spellings.ts)',
  },
  {
    text: 'הפיצוץ אירע בקירקוק.\nתושבי קירקוק יצאו לרחובות.\nהמשטרה בכירכוכ הודיעה על מעצרים.',
    cluster: ['קירקוק', 'כירכוכ'],
    reason:
      'Kirkuk written קירקוק and כירכוכ: two כ/ק swaps and a final form, one name by the table of known names',
  },
  {
    text: 'מונאס דאבור הודיע על פרישה.\nיעד חדש למונאס דאבור.\nמונס דאבור הצטרף לאימונים.\nמכבי בני ריינה ונס ציונה עלו לליגה, וגם נס ציונה חגגה.',
    cluster: ['מונאס', 'מונס'],
    reason:
      'Moanes Dabbur written מונאס and מונס (real news, Israeli football): ונס of "ריינה ונס ציונה" is ו + נס, no stem, so מונס is no מ + ונס (statistics.ts)',
  },
  {
    text: 'המוזיקה המגרבית השפיעה על הזמר.\nהקהילה המגרבית בעיר גדלה.\nבשוק נמכרה קערה מאגרבית, ישנה ויפה.',
    cluster: ['מגרבית', 'מאגרבית'],
    reason:
      'Maghrebi written המגרבית and מאגרבית, as real news wrote the Maronite המרונית and מארונית: מאגרבית is no מ + an א-word where the other is seen only after the article (group-verdicts.ts)',
  },
  {
    text: 'הפצועים פונו לבית החולים בילינסון.\nמנהל בילינסון אמר כי מצבם יציב.\nדובר ביילינסון מסר כי אחד הפצועים הועבר לשיבא.',
    cluster: ['בילינסון', 'ביילינסון'],
    reason:
      'row 12: ei written with one י or two inside a name the news list knows, with no place noun or shared name word beside (בילינסון / ביילינסון; real news, Jenin attacks; judged-clusters.ts)',
  },
  {
    text: 'אמיר כווית הגיע לפסגה.\nשר החוץ של כווית נאם.\nהמשלחת שהתארחה בכוויית חזרה לריאד.',
    cluster: ['כווית', 'כוויית'],
    reason:
      'Kuwait written כווית and כוויית: both in print, and both words of the news list (כוויית also reads as כ + הוויית, which no news page writes), so only the table of known names pairs them',
  },
  {
    text: 'נשיא טורקיה הגיע לביקור.\nהשגריר התורכי נפגש עם השר.\nהממשלה הטורקית הודיעה כי טורקיה תסייע.',
    cluster: ['טורקי', 'תורכי'],
    reason:
      'a word the press writes two accepted ways, mixed in one document: the way used most over all its forms is kept, one cluster per form (dual-spellings.ts)',
  },
  {
    text: 'שגריר ארה"ב נפגש עם שר החוץ המרוקאי.\nהמלך המרוקני קיבל את המשלחת.\nהעיתונות המרוקאית דיווחה על כך.',
    cluster: ['מרוקאי', 'מרוקני'],
    reason:
      'a gentilic written -אי and -ני (מרוקאי / מרוקני), both accepted: one document keeps one (dual-spellings.ts); they differ in a letter as well as in the א, which no alternation pairs',
  },
  {
    text: 'הדת האסלאמית נפוצה באזור.\nהמסורת האיסלאמית עתיקה.\nהממשלה ניהלה מדיניות אסלאמית.',
    cluster: ['אסלאמית', 'איסלאמית'],
    reason:
      'Islam with and without the י of its short i (row 10): both in print, ordinary words to the lexicon, so only the dual table pairs them',
  },
  {
    text: 'הרפובליקה האסלאמית של איראן הודיעה.\nהמשטר ברפובליקה האיסלמית נחוש.\nהרפובליקה האסלאמית תגיב.',
    cluster: ['אסלאמית', 'איסלמית'],
    reason:
      'Islam with its long a left unwritten too (איסלמית, row 1): a third way in print, which only the dual table pairs with the other two',
  },
  {
    text: 'אלפי גאורגים הפגינו בטביליסי.\nהמפגינים הגיאורגים דרשו בחירות.\nהגאורגים לא יוותרו.',
    cluster: ['גאורגים', 'גיאורגים'],
    reason:
      'Georgia with א or with יא for its e (row 1), the Academy’s spelling and the older one, both ordinary words to the lexicon',
  },
  {
    text: 'שר החוץ האמירתי הגיע לירושלים.\nהמשלחת האמירותית נפגשה עם השר.\nהשגריר האמירתי אמר כי ההסכם יחול.',
    cluster: ['אמירתית', 'אמירותית'],
    reason:
      'Emirati with or without the ו of אמירויות (and with ט): all in print, so only the dual table pairs them; the way used most over all forms (אמירתי, twice) fixes the feminine',
  },
  {
    text: 'כוחות צה״ל פעלו הלילה בנוסיראת.\nהמחבלים שהו במתחם במרחב נוציראת.',
    cluster: ['נוסיראת', 'נוציראת'],
    reason:
      'ס/צ (row 9) in two spellings written once each: the army’s "במרחב" (in the area of) before one of them is a place cue like באזור',
  },
  {
    text: 'המושבה זכרון יעקב חגגה יום הולדת.\nתושבי זכרון יעקב יצאו לרחובות.\nראש המועצה של זיכרון יעקב נאם.',
    cluster: ['זכרון', 'זיכרון'],
    reason:
      'memory in the Academy’s full spelling and in the older one that Zikhron Ya’akov keeps, both in print and both words to the lexicon',
  },
  {
    text: 'הטילים נורו לעבר קייב.\nבקייב נשמעו אזעקות.\nראש העיר של קיוב דיווח על נזק.',
    cluster: ['קייב', 'קיוב'],
    reason: 'Kiev by its Russian name and Kyiv by its Ukrainian one, both in print, both words to the lists',
  },
  {
    text: 'הצבא הרוסי תקף את חרקוב.\nבחרקוב נפגעו בניינים.\nמושל חרקיב מסר כי יש נפגעים.',
    cluster: ['חרקוב', 'חרקיב'],
    reason:
      'Kharkov and Kharkiv: the Ukrainian i for the Russian o, which no alternation of the table writes',
  },
  {
    text: 'איחוד האמירויות הודיע על הסכם.\nשגריר האמירויות נפגש עם השר.\nהוויזות לאיחוד האמיריות בוטלו.',
    cluster: ['אמירויות', 'אמיריות'],
    reason:
      'the Emirates with or without the ו of their u (row 10), both in print (איחוד האמיריות in two articles of the batches), and both ordinary words to the lexicon, so only the dual table pairs them',
  },
  {
    text: 'משמרות המהפכה הודיעו על תרגיל.\nמפקד משמרות המהפכה אמר כי התרגיל הצליח.\nדובר משמרות המהפיכה הוסיף פרטים.',
    cluster: ['מהפכה', 'מהפיכה'],
    reason:
      'revolution in the Academy’s spelling and in full spelling (HEBREW.md §4), both in print and both words to the lexicon, so only the dual table pairs them',
  },
  {
    text: 'הפגישה נערכה בבייג׳ינג.\nמשרד החוץ בבייג׳ינג מסר הודעה.\nהשגריר חזר לבייג׳ין.',
    cluster: ['בייג׳ינג', 'בייג׳ין'],
    reason: 'Beijing with and without the final ג of its pinyin ng, both in print',
  },
  {
    text: 'העצרת תיערך בחודש חשוון.\nבראשית חשוון יחלו הגשמים.\nבסוף חשון תסתיים העונה.',
    cluster: ['חשוון', 'חשון'],
    reason: 'the month Heshvan with and without its doubled ו, the Academy’s form beside the calendar’s',
  },
  {
    text: 'ממשלת שוודיה הודיעה על הצטרפות לברית.\nראש ממשלת שבדיה נאם בפרלמנט.\nשוודיה תשלח כוחות.',
    cluster: ['שוודיה', 'שבדיה'],
    reason:
      'the v of an exonym written וו (the Academy) and ב (the older press spelling), both in print; both are ordinary words to the lexicon, so only the dual table pairs them',
  },
  {
    text: 'סוכנות הידיעות "וופא" מסרה כי השיחות נמשכו.\nלפי סוכנות וואפא, הנשיא נפגש עם השליח.\nוופא ציינה כי הסיוע יגיע.',
    cluster: ['וופא', 'וואפא'],
    reason:
      'a name beginning with a doubled ו (row 11): וואפא alone is no evidence that it is ו + ואפא, so it stays a spelling of וופא',
  },
  {
    text: 'הפסגה בקמפ דייוויד נמשכה שבועיים.\nבקמפ דייוויד נחתם ההסכם.\nהסכמי קמפ דיוויד נחתמו ב־1978.\nהנשיא הגיע לקמפ דייוויד.',
    cluster: ['דייוויד', 'דיוויד'],
    reason:
      'row 12: a consonantal י doubled or not in a name the news list holds both ways, beside the same unknown name word (קמפ; printed-pairs.ts)',
  },
  {
    text: 'תושבי בת ים יצאו להפגין.\nראש עיריית בת־ים אמר כי המצב קשה.\nבחוף בת ים נמצאה גופה.',
    cluster: ['בת ים', 'בת־ים'],
    reason:
      'row 17: a compound of two ordinary words written with a maqaf and with a space; the commoner form is kept (maqaf-spacing.ts)',
  },
  {
    text: 'נשיא מצרים, עבד אלפתאח א-סיסי, יבקר בקרוב.\nטראמפ ועבד אלפתאח א-סיסי נפגשו.\nנשיא מצרים עבד אל-פתאח א-סיסי נפגש היום.',
    cluster: ['אלפתאח', 'אל-פתאח'],
    reason:
      'the article joined or with a maqaf (row 17), before a definite word: אלפתאח has its article, so it is no noun in construct',
  },
  {
    text: "היורש של אבו מאזן הוא חוסיין א-שייח'.\nבמקרה של מחסור, א-שייח יקבל את סמכויותיו.\nהוא מינה את א-שייח' כיורשו.",
    cluster: ["א-שייח'", 'א-שייח'],
    reason:
      'a word that heads place names (שייח׳ זוויד) with the article on every spelling ends a name (a surname): one name, the geresh left out',
  },
  {
    text: "מוסטפא שייח יוסף שיחק בקבוצה.\nהתנועה בהנהגתו של השייח עבדאללה נימר דרוויש.\nנגד השייח' ראאד סלאח הוצא צו.\nלו היה השייח' סלאח חופשי.",
    cluster: ['שייח', "שייח'"],
    reason:
      'the title with the Hebrew article (השייח׳ סלאח): no head of a place name, which stands in construct, so the geresh left out is one word written two ways',
  },
  {
    text: 'בני העדה העלאווית חוששים.\nהשלטון העלאווי נפל.\nהעדה העלאווית ספגה אבדות.\nעלאוויות רבות ברחו.\nבן העדה העלווית מונה לשר.',
    cluster: ['עלאווית', 'עלווית'],
    reason:
      'a spelling seen only after the article beside one that a word alone shows to be a name after it (עלאוויות): both are ה + the name (group-verdicts.ts)',
  },
  {
    text: "נשיא איראן לשעבר, מחמוד אחמדינג'אד, נאם.\nאחמדינג'אד תקף את המשטר.\nלדברי אחמדינז'אד, המשטר יקרוס.",
    cluster: ["אחמדינג'אד", "אחמדינז'אד"],
    reason: '§2.1: ג׳ for the English j, ז׳ for the Persian zh (Ahmadinejad)',
  },
  {
    text: 'צוות של פרמדיקים הגיע למקום.\nהפראמדיק העניק לו טיפול רפואי.\nהפרמדיק פינה אותו לבית החולים.',
    cluster: ['פרמדיק', 'פראמדיק'],
    reason:
      'a loanword written with and without the א of its long a (dual-spellings.ts): the way the document uses most is kept',
  },
  {
    text: 'החפירות הארכאולוגיות נמשכו שנה.\nהממצא הארכיאולוגי הוצג במוזיאון.\nרשות העתיקות פרסמה את הממצאים הארכיאולוגיים.',
    cluster: ['ארכאולוגיות', 'ארכיאולוגיות'],
    reason:
      'the e before a vowel written א as the Academy spells it or יא as much of the press does (dual-spellings.ts), over all the forms of the word',
  },
  {
    text: 'הנשיא טראמפ נאם היום.\nטראמפ אמר כי יטיל מכסים.\nלדברי טראמם, ההסכם קרוב.\nטראמפ נפגש עם נתניהו.\nטראמפ חתם על הצו.\nהבית הלבן של טראמפ הגיב.',
    cluster: ['טראמפ', 'טראמם'],
    reason:
      'a printed name written five times beside a word no list knows, written once and one key from it (ם beside פ): the name mistyped, with no shared name word needed (slip-judgement.ts)',
  },
  {
    text: 'לפי דיווח בבי־בי־סי, המצב קשה.\nכתב בי בי סי דיווח מהשטח.\nהבי־בי־סי שידרה את הנאום.',
    cluster: ['בי־בי־סי', 'בי בי סי'],
    reason:
      "row 17 in a compound of three parts, an acronym spelled out by its letters' names (BBC): the maqaf form beside the three words (maqaf-spacing.ts)",
  },
  {
    text: 'משפחות משכונת בטן־אל־הווא פונו.\nבשכונת בטן אל הווא גרים אלפים.\nתושבי בטן־אל־הווא עתרו לבג״ץ.',
    cluster: ['בטן־אל־הווא', 'בטן אל הווא'],
    reason: 'row 17 in a place name of three parts, the article between (Batn al-Hawa, maqaf-spacing.ts)',
  },
  {
    text: 'הצבא פעל בשכונת תל־סולטאן ברפיח.\nתושבי תל א־סולטאן נמלטו.\nבתל־סולטאן נהרסו בתים.',
    cluster: ['תל־סולטאן', 'תל א־סולטאן'],
    reason:
      'rows 16–17: a place name after the two-letter head תל, with a maqaf in one place and apart with the article in another (compound-variants.ts)',
  },
  {
    text: 'ההפגנות נמשכו בבירה מנמה.\nהנשיא יגיע לבירה מנאמה בשבוע הבא.\nהמלך קיבל אותו בארמונו בבירה מנאמה.',
    cluster: ['מנמה', 'מנאמה'],
    reason:
      '§6.1 optional א after "the capital", a place noun like העיר: מנמה reads as מ + a word, so only the place slot shows it is a name (Manama, name-cues.ts)',
  },
  {
    text: 'הבחירות נערכו ב־15 במרץ 2024.\nבחודש מרס נפתח הכנס השנתי.\nבסוף מרס הוכרזו התוצאות.',
    cluster: ['מרס', 'מרץ'],
    reason:
      'March written מרץ and מרס in one article, each as a date (dual-spellings.ts MARCH): the way used most is kept (real news keys: gj, gz, ha, hn)',
  },
  {
    text: 'בקבר המלך אמנהותפ השלישי נמצאו ציורים.\nהמומיה של אמנהוטפ הועברה למוזיאון בקהיר.',
    cluster: ['אמנהותפ', 'אמנהוטפ'],
    reason:
      'two unknown spellings of six letters or more that differ by ט/ת alone (row 9): a transcription, though each is written once (evidence.ts, naming-thresholds.ts SWAP_NAME_LETTERS; real news hr)',
  },
  {
    text: 'מבקשי המקלט מאריתריאה הפגינו בתל אביב.\nהשגרירות של אריתראה מחתה.\nרוב המבקשים הם אריתריאים.',
    cluster: ['אריתריאה', 'אריתראה'],
    reason:
      'Eritrea written with and without the י before its final a in one article (dual-spellings.ts): the way used most is kept over all its forms (real news hd, hx)',
  },
  {
    text: 'נשיא מצריים נפגש אתמול עם שר החוץ.\nמצרים הודיעה על פתיחת המעבר.\nבמצריים נערכו בחירות לפרלמנט.\nהשיחות בקהיר, בירת מצרים, יימשכו.',
    cluster: ['מצרים', 'מצריים'],
    reason:
      'Egypt written מצרים and מצריים in one article, each as the country (after a construct head, after ב): the way used most is kept (dual-spellings.ts EGYPT; real news keys: gs, hd, hx)',
  },
  {
    text: 'מוחמד עבאס נפצע.\nאחיו מחמד חסן נעצר.\nמוחמד הובהל לבית החולים.',
    cluster: ['מוחמד', 'מחמד'],
    reason: 'Muhammad written מוחמד and מחמד in one article (dual-spellings.ts): the way used most is kept',
  },
  {
    text: 'ראש המודיעין המצרי עבאס כאמל נפגש עם בנט.\nבפגישה הזמין עבאס כמאל את בנט לביקור.\nזהו הביקור השני של כאמל בישראל.',
    cluster: ['כאמל', 'כמאל'],
    reason: 'an א moved in four letters is one name beside a shared name word (עבאס)',
  },
  {
    text: 'ראש המודיעין המצרי עבאס כאמל הגיע לישראל.\nבפגישה אמר כמאל כי ההסכם קרוב.\nהמשלחת חזרה לקהיר.',
    cluster: ['כאמל', 'כמאל'],
    reason:
      'an א moved in four letters: a man named in full once (עבאס כאמל) and by his surname alone elsewhere is one name (moved-short.ts)',
  },
  {
    text: 'נשיא ונצואלה ניקולס מדורו נאם אתמול בקראקס.\nלדברי ניקולאס מדורו, הבחירות יתקיימו במועדן.\nהאופוזיציה דחתה את הצעתו.',
    cluster: ['ניקולס', 'ניקולאס'],
    reason:
      'a spelling only the news word list knows (ניקולס, seen in print) beside an unknown one with an inserted א: the name written two ways',
  },
  {
    text: 'נשיא ברזיל לואיס אינסיו לולה דה סילבה נאם אתמול.\nלדברי לואיז לולה, הבחירות יתקיימו במועדן.\nהאופוזיציה דחתה את הצעתו.',
    cluster: ['לואיס', 'לואיז'],
    reason:
      'row 9: a spelling the news list knows (לואיס) beside an unknown one with ז for its ס, as Portuguese says the s: one name',
  },
  {
    text: 'הבחירות באזור כורדיסתאן העיראקית נדחו שוב.\nממשלת כורדיסטאן הודיעה כי תחרים את הדיון.\nבכורדיסתאן חיים כחמישה מיליון איש.',
    cluster: ['כורדיסתאן', 'כורדיסטאן'],
    reason:
      'row 9: a spelling of six letters or more the news list knows (כורדיסתאן) beside an unknown one with ט for its ת: one name (judged-clusters.ts swapOnly; real news hh)',
  },
  {
    text: 'כוחות המורדים נכנסו אתמול ללב העיר לטקיה שעל החוף.\nמאות משפחות נמלטו מלטקייה לכפרי ההר.',
    cluster: ['לטקיה', 'לטקייה'],
    reason:
      'a name that begins with a prefix letter (Latakia): ל and מל before every writing count as one prefix, so the ל stays the name’s own',
  },
  {
    text: 'מנכ"ל החברה יוהנס פלנטקר הודיע על פיטורים.\nלדברי יוהנס פלנטקר, המשבר יחלוף.\nיוהנס פלטנקר הוסיף כי ההחלטה התקבלה פה אחד.',
    cluster: ['פלנטקר', 'פלטנקר'],
    reason:
      'a typing slip: two neighbouring letters swapped in a name written once, beside the same first name as its right spelling (typing-slips.ts)',
  },
  {
    text: 'ראש ממשלת הודו נרנדרה מודי הגיע לירושלים.\nנתניהו נפגש עם מקבילו ההודי נרנדה מודי.',
    cluster: ['נרנדרה', 'נרנדה'],
    reason:
      'a typing slip: a consonant left out of a name the news list has seen, both before the same surname (typing-slips.ts)',
  },
  {
    text: 'חבר הכנסת מנסור עבאס אמר כי יתמוך.\nמנסור עבאס הוסיף כי המצב קשה.\nלדברי מנסורק עבאס, השיחות נמשכות.',
    cluster: ['מנסור', 'מנסורק'],
    reason:
      'a typing slip: a consonant typed past the end of a name, beside the same surname as its right spelling (slip-repairs.ts trailingLetterRepair; real news)',
  },
  {
    text: 'ערים גדולות: אלג׳יר (Algiers), אורן (Oran) וקונסטנטין.\nבאוראן חיו יהודים רבים.\nיהודי אוראן היגרו לצרפת.\nהקהילה באוראן נסגרה.',
    cluster: ['אוראן', 'אורן'],
    reason:
      'a Hebrew word (אורן, "pine") glossed by its Latin name right after it is a name there, beside an unknown spelling of it (judged-clusters.ts latinGlossAfter; real news)',
  },
  {
    text: 'תאמר נאפר יוצא לסיבוב הופעות.\nעבור נאפר, זה יהיה שיאו של קמפיין ציבורי.\n"המצב כרגע הוא כמו בסרט," אומר נאפר.\nזה בדיוק מה שכרים, התאום הקולנועי של תאמר נאפר, עושה.\nתאמר נפאר, האומן בן העיר לוד, היה מפורצי הדרך.\nנפאר החל את דרכו כחלק מחבורת ראפרים.\nהחבורה התפרקה ונפאר התמקד בהרכב DAM.',
    cluster: ['נאפר', 'נפאר'],
    reason:
      'a moved א in four letters is one name beside a shared name word: here a first name that is also a Hebrew verb (תאמר, "you will say"), written only right before the spellings (shared-neighbours.ts; real news)',
  },
  {
    text: 'ברמאללה נערכה הפגנה.\nוברמאללה שוב הפגינו.\nבין ראמאללה ועזה יש מחסומים.',
    cluster: ['רמאללה', 'ראמאללה'],
    reason:
      'a name written only after prefixes, one of them ו + ב (וברמאללה): the deeper reading וב + רמאללה is offered beside ו + ברמאללה, and the spelling seen alone (ראמאללה) decides it (word-contributions.ts; real news)',
  },
  {
    text: 'הכפר ואחת אלסלאם הוקם ב־1970.\nתושבי ואחת אלסלאם חיים יחד.\nבית הספר של וואחת אלסלאם נפתח.\nואחת אלסלאם היא כפר.',
    cluster: ['ואחת', 'וואחת'],
    reason:
      'a name whose first letter is a consonantal ו written with it doubled after של, where "and" cannot stand; the lists know ואחת only as ו + אחת, so it is no word of theirs (initial-vav.ts; real news)',
  },
  {
    text: 'המנכ"ל פלנטקר הודיע על פיטורים.\nלדברי פלנטקר, המשבר יחלוף.\nבחברה אמרו כי פלנטקר צדק.\nאתמול אמר פלטנקר כי ההחלטה סופית.',
    cluster: ['פלנטקר', 'פלטנקר'],
    reason:
      'a typing slip beside no shared word: two consonants swapped in a spelling written once, beside one written three times (typing-slips.ts beyondDoubt)',
  },
  {
    text: 'הנשיא טראמפ אמר היום כי ההסכם קרוב.\nטראמפ הודיע על הסכם.\nלדברי טראמפ, המגעים נמשכים.\nהנשיא טרמאפ הוסיף כי יפעל.',
    cluster: ['טראמפ', 'טרמאפ'],
    reason:
      'a typing slip the news list has printed too: the transcription’s א swapped with its neighbour, beside a name ending in a regular פ (typing-slips.ts seenOnceOnlyInNews, slip-repairs.ts)',
  },
  {
    text: 'תושבי הכפר איקרית גורשו ב־1948.\nבני איקרית חזרו לכנסייה.\nמאבק עקורי איקרית נמשך.\nהזיכרון של תושבי איקירת לדורותיהם.',
    cluster: ['איקרית', 'איקירת'],
    reason:
      'a typing slip beside no shared word: a י swapped with its neighbour before the last letter of a six-letter name no list knows, written once beside three (typing-slips.ts beyondDoubt)',
  },
  {
    text: 'החלוץ רוברט לבנדובסקי נפצע במשחק.\nמאמן הנבחרת אמר כי לבנדובסקי יחמיץ את המשחק הבא.\nבלעדי לבנדובקי הקבוצה תתקשה.',
    cluster: ['לבנדובסקי', 'לבנדובקי'],
    reason:
      'a typing slip beside no shared word in a long name: a consonant left out of eight letters, beside a spelling written twice (typing-slips.ts LONG_SLIP_LETTERS)',
  },
  {
    text: 'השחקן יוסי אבוקסיס כבש שער.\nהמאמן שיבח את יויס אבוקסיס על המשחק.\nאבוקסיס יפתח גם בשבוע הבא.',
    cluster: ['יוסי', 'יויס'],
    reason:
      'a typing slip of four letters (two swapped) before the same surname: short slips need the shared name word (typing-slips.ts)',
  },
  {
    text: "אמיר קטר, השייח' תמים בן חמד אאל-ת'אני, נפגש עם השליח.\nלדברי תמים בן חמד אל-ת'אני, ההסכם קרוב.\nאל-ת'אני הוסיף כי קטר תמשיך לתווך.",
    cluster: ["אאל-ת'אני", "אל-ת'אני"],
    reason: 'row 16: Āl (the house of) and the article before a Gulf dynasty (Al Thani): one name',
  },
  {
    text: "אמיר קטר תמים בן חמד אאל ת'אני נפגש עם השליח.\nלדברי תמים בן חמד אל-ת'אני, ההסכם קרוב.\nאל-ת'אני הוסיף כי קטר תמשיך לתווך.",
    cluster: ["אאל ת'אני", "אל-ת'אני"],
    reason:
      'rows 16–17: Āl written apart before a Gulf dynasty is its article, and the name joined by a maqaf elsewhere is the same (compounds.ts)',
  },
  {
    text: 'חבר הכנסת מנסור עבאס אמר כי יתמוך.\nמנסור עבאס הוסיף כי המצב קשה.\nלדברי מנסורק עבאס, השיחות נמשכות.',
    cluster: ['מנסור', 'מנסורק'],
    reason:
      'a typing slip: a consonant typed past the end of a name, beside the same surname as its right spelling (slip-repairs.ts trailingLetterRepair; real news)',
  },
  {
    text: 'המנכ"ל פלנטקר הודיע על פיטורים.\nלדברי פלנטקר, המשבר יחלוף.\nבחברה אמרו כי פלנטקר צדק.\nאתמול אמר ופלטנקר כי ההחלטה סופית.',
    cluster: ['פלנטקר', 'פלטנקר'],
    reason:
      'a typing slip with a prefix on it (ו + פלטנקר): its stem is never seen alone to attest the prefix, so the slip is read through it',
  },
  {
    text: "לוחמי ג'בהת א-נוסרה תקפו.\nארגון אל נוסרה הודיע.\nמפקד אל נוסרה נהרג.",
    cluster: ['א-נוסרה', 'אל נוסרה'],
    reason:
      'rows 16–17: the article assimilated when joined by a maqaf and written whole apart (al-Nusra): one name (compounds.ts)',
  },
  {
    text: 'שחקני הבלאנקוס ניצחו.\nמאמן הבלאנקוס שמח.\nאוהדי הבלאנקוס חגגו.\nהעונה הייתה קשה לבלנאקוס.',
    cluster: ['בלאנקוס', 'בלנאקוס'],
    reason:
      'a typing slip: an א swapped with a consonant, written once (ל + the article swallowed) beside a spelling written three times, always after the article ה',
  },
  {
    text: 'הפיגוע בג׳קרטה זעזע את אינדונזיה.\nמשטרת ג׳קרטה עצרה חשודים.\nתושבי ג׳קרטה הפגינו.\nהשגרירות בג׳רקטה נסגרה.',
    cluster: ['ג׳קרטה', 'ג׳רקטה'],
    reason:
      'a typing slip in a name written with a geresh (Jakarta): two letters swapped, the geresh staying with its letter (typing-slips.ts)',
  },
  {
    text: 'הטליבאן שולט באפגניסטן.\nהשגריר חזר מאפגניסטן.\nאלפים ברחו מאפגנסיטן.',
    cluster: ['אפגניסטן', 'אפגנסיטן'],
    reason:
      'a typing slip of eight letters that moves a י across its neighbour: as long as that, one slip from no Hebrew form (typing-slips.ts)',
  },
  {
    text: 'החוקר אברמוביץ הציג את הממצאים.\nלדברי אברמוביץ, המחקר יימשך.\nהמנהל אבמוביץ אישר את התקציב.',
    cluster: ['אברמוביץ', 'אבמוביץ'],
    reason:
      'a typing slip: a consonant left out of eight letters beside a spelling written twice; seven letters left are one slip from no Hebrew word (typing-slips.ts)',
  },
  {
    text: 'הנשיא ארדואן נאם בפרלמנט.\nלדברי ארדואן, המדינה תגיב.\nבשיחה עם ארודאן הועלו הנושאים.',
    cluster: ['ארדואן', 'ארודאן'],
    reason:
      "a typing slip of six letters that moves a ו, of a name the starter table knows (Erdoğan): a table's name is what was meant (known-name-forms.ts)",
  },
  {
    text: 'הנשיא ארדואן נאם בפרלמנט.\nלדברי ארדואן, המדינה תגיב.\nבשיחה עם ארדואן הועלו הנושאים.\nארודאן אמר כי ארודאן לא יוותר.',
    cluster: ['ארדואן', 'ארודאן'],
    reason:
      'the slip of a known name written twice, beside the name written three times (known-name-forms.ts)',
  },
  {
    text: 'המשלחת יצאה לטורקיה.\nטורקיה הודיעה על תמיכה.\nהשגריר חזר מטרוקיה.',
    cluster: ['טורקיה', 'טרוקיה'],
    reason:
      'a ו moved in Turkey, a word the lexicon knows and the dual table lists as a name: its slip is reported (known-name-forms.ts)',
  },
  {
    text: 'הספרות הנורווגית פורחת.\nהממשלה הנורווגית הודיעה.\nהוא למד נורוויגית בבית הספר.',
    cluster: ['נורווגית', 'נורוויגית'],
    reason:
      'a י added inside a name of the dual table written only after the article (הנורווגית twice): a slip, not a spelling (known-name-forms.ts)',
  },
  {
    text: 'סרטו של אלמודובר זכה בפרס.\nהבמאי אלמודובר הגיע לפסטיבל.\nלדברי אלמודובר, הסרט אישי.\nהשחקנית של אלמוודובר עלתה לבמה.',
    cluster: ['אלמודובר', 'אלמוודובר'],
    reason:
      'a ו added inside a name of eight letters the news list knows (Almodóvar), written once beside three: eight letters are one slip from no Hebrew form, a ו or י too (typing-slips.ts)',
  },
  {
    text: 'הנשיא ארדואן נאם בפרלמנט.\nלדברי ארדואן, המדינה תגיב.\nבשיחה עם ארודאן הועלו הנושאים.\nארודאן אמר כי יגיע.',
    cluster: ['ארדואן', 'ארודאן'],
    reason:
      'a slip of a name the tables know, written as often as the name (twice each): the known spelling is what was meant (slip-judgement.ts outweighs)',
  },
  {
    text: 'הסכר באסואן נבנה.\nהעיר אסואן חמה בקיץ.\nתיירים הגיעו לאסואןו בחורף.',
    cluster: ['אסואן', 'אסואןו'],
    reason:
      'a letter typed past the end of a name (Aswan): a final form stands only at the end of a Hebrew word (HEBREW.md §6 row 18), so what came before it is what was meant (typing-slips.ts)',
  },
  {
    text: 'הדובר אבו עוביידה הודיע.\nלדברי אבו עוביידה, המצב קשה.\nאבו עובייגה הוסיף כי ימשיך.',
    cluster: ['עוביידה', 'עובייגה'],
    reason:
      'a letter typed with the key beside its own (ג for ד: the D and S keys), beside the same name word as the spelling written twice (keyboard.ts, typing-slips.ts)',
  },
  {
    text: 'הירי בבית הכנסת בפיטסבורג זעזע את הקהילה.\nהרוצח מבית הכנסת בפיטסבורג נשפט.\nבעיר פיסטבורג נערכה עצרת.',
    cluster: ['פיטסבורג', 'פיסטבורג'],
    reason:
      'a typing slip beside a spelling written only after a prefix (בפיטסבורג twice, never alone): two letters swapped (typing-slips.ts)',
  },
  {
    text: "מנהיג החות'ים, עבד אל מלכ אל-חות'י, איים.\nלדברי עבד אל-מלכ אל-חות'י, המתקפות יימשכו.",
    cluster: ['אל-מלכ', 'אל מלכ'],
    reason:
      'row 17: the article written apart, the name ending in a regular כ as its joined spelling does (Abd al-Malik; compounds.ts)',
  },
  {
    text: 'נשיא מצרים עבד אל-פתאח א-סיסי נפגש עם השליח.\nלדברי אסיסי, ההסכם קרוב.\nא-סיסי הוסיף כי מצרים תמשיך לתווך.',
    cluster: ['א-סיסי', 'אסיסי'],
    reason: 'row 16: the assimilated article joined without its maqaf (al-Sisi), before a sun letter',
  },
  {
    text: 'רקטות נורו לעבר קריית שמונה.\nתושבי קרית שמונה ירדו למקלטים.\nראש עיריית קריית שמונה אמר כי המצב קשה.',
    cluster: ['קריית', 'קרית'],
    reason:
      'HEBREW.md §2.2: a word of a place name written defectively beside its full spelling (full-spelling-names.ts)',
  },
  {
    text: 'מפלגת רע"ם הודיעה כי תתמוך.\nח"כ ממפלגת רע"מ אמר כי המפלגה תתמוך.\nראש רע"ם מנסור עבאס הגיע.',
    cluster: ['רע"ם', 'רע"מ'],
    reason: 'row 18: an acronym whose last letter is written in its final form and not (acronyms.ts)',
  },
  {
    text: 'המורדים נכנסו לחאלב.\nהקרבות בחלב נמשכו שבוע.\nתושבי חלב נמלטו.',
    cluster: ['חלב', 'חאלב'],
    reason:
      'the starter table deprecates חאלב beside the established חלב (Aleppo), a Hebrew word too, which the evidence alone would not name',
  },
  {
    text: 'הצבא תקף במחנה הפליטים עין אל-חילווה.\nתושבי עין אלחלוה דיווחו על נפגעים.\nבמחנה עין אל-חילווה חיים אלפי פליטים.',
    cluster: ['אל-חילווה', 'אלחלוה'],
    reason:
      'rows 10–11: the defective and the full spelling (a י added, the consonantal ו doubled) of a four-letter name with the article on both',
  },
  {
    text: 'סגנית הנשיא קמאלה האריס נאמה אתמול בשיקגו.\nלדברי קמלה האריס, הבחירות יוכרעו במדינות המתנדנדות.\nהמטה של האריס סירב להגיב.',
    cluster: ['קמלה', 'קמאלה'],
    reason:
      'a first name the news list knows (קמלה) beside an unknown spelling of it, both before the same printed surname: one multi-word name',
  },
  {
    text: 'ראש הממשלה בנימין נתניהו נפגש אתמול עם השליח.\nלדברי בינימין נתניהו, המגעים יימשכו.\nלשכת נתניהו מסרה כי הפגישה הייתה טובה.',
    cluster: ['בנימין', 'בינימין'],
    reason: 'row 10: an optional י in a first name, both spellings before the same printed surname',
  },
  {
    text: 'השליח סטיב ויטקוף הגיע לדוחה.\nלדברי סטיב וויטקוף, השיחות התקדמו.\nהנשיא שיבח את ויטקוף על מאמציו.',
    cluster: ['ויטקוף', 'וויטקוף'],
    reason:
      'row 11: a name that begins with a consonantal ו written with וו after its own first name, where "and" cannot stand (initial-vav.ts)',
  },
  {
    text: 'השליח המיוחד סטיב וויטקוף נפגש עם נשיא רוסיה.\nבקרמלין דנו עם ויטקוף בהפסקת האש.',
    cluster: ['ויטקוף', 'וויטקוף'],
    reason:
      'row 11: וו after the first name the printed-names list gives the name (סטיב), though the single-ו spelling follows another word (real news, US envoys; initial-vav.ts)',
  },
  {
    text: 'נשיא ונצואלה נאם אתמול.\nהמשבר בונצואלה החריף.\nארצות הברית הטילה סנקציות על ונצואלה.\nהמתיחות במלחמה נגד וונצואלה גברה.',
    cluster: ['ונצואלה', 'וונצואלה'],
    reason: 'row 11: וו after a preposition (נגד), where it cannot be "and": Venezuela written two ways',
  },
  {
    text: 'ויליאם ביקר בבית החולים.\nבטקס נכח גם הנסיך וויליאם עם רעייתו.\nויליאם שוחח עם המטופלים.',
    cluster: ['ויליאם', 'וויליאם'],
    reason: 'row 11: וו after a title (הנסיך), where it cannot be "and": Prince William written two ways',
  },
  {
    text: 'השליח ויטקוף נחת בדוחה.\nבפגישה השתתפו השניים: וויטקוף ואל־חיה.\nלדברי ויטקוף, השיחות התקדמו.',
    cluster: ['ויטקוף', 'וויטקוף'],
    reason:
      'row 11: וו right after a colon, where a list begins and "and" cannot stand: Witkoff written two ways',
  },
  {
    text: "מנהיג האופוזיציה כמאל קיליצ'דראולו נאם בעצרת.\nקיליצ'דראולו אמר כי ינצח בבחירות.\nארדואן וקליצ'דראולו התעמתו בטלוויזיה.",
    cluster: ["קיליצ'דראולו", "קליצ'דראולו"],
    reason:
      'row 1: an optional י in a Turkish name; כמאל before it is the name Kamal, not כ + מ + the Arabic article written apart',
  },
  {
    text: 'נשיא סוריה אחמד א־שרע נאם באו״ם.\nא־שרע אמר כי המצב קשה.\nא־שרע נפגש עם השליח.\nהנשיא אחמד אל־שרעא הגיע לריאד.',
    cluster: ['א־שרע', 'אל־שרעא'],
    reason:
      '§1.3 and §1.4: the article assimilated or not, and the final א of -aʿ, together on a three-letter name (al-Sharaa)',
  },
  {
    text: 'הכוכב הצרפתי אוסמן דמבלה כבש פעמיים.\nמאמן הקבוצה שיבח את עוסמאן דמבלה.\nדמבלה זכה בכדור הזהב.\nאוסמן דמבלה יחמיץ את המשחק הבא.',
    cluster: ['אוסמן', 'עוסמאן'],
    reason:
      'rows 1 and 4: an ע for the א and a long a written, a little past the threshold (Far), one name beside the shared surname דמבלה',
  },
  {
    text: 'פריז סן ז׳רמן הודיעה כי עוסמאן דמבלה נפצע.\nהמאמן אמר שהקבוצה תתגעגע לאוסמן דמבלה.\nהבדיקות יימשכו השבוע.',
    cluster: ['עוסמאן', 'אוסמן'],
    reason:
      'a Far pair whose one spelling carries a prefix and never stands alone (לאוסמן): the shared surname both backs the prefix and joins the pair',
  },
  {
    text: 'כוחות צה״ל תקפו מבנה בכפר תבנית שבדרום לבנון.\nתושבי כפר תיבנית התבקשו להתפנות.\nהתקיפה בכפר תבנית נמשכה שעה.',
    cluster: ['תבנית', 'תיבנית'],
    reason:
      'a village whose name is also a Hebrew word ("template"), written with and without י, each time after the same place noun (כפר): one place written two ways',
  },
  {
    text: 'בנו של קדאפי, סיף אל־אסלאם, הודיע על מועמדותו.\nסייף אל־אסלאם היה מבוקש בהאג.\nתומכי סייף אל־אסלאם הפגינו בטריפולי.',
    cluster: ['סייף', 'סיף'],
    reason:
      'row 12: a doubled י in three letters (ShortPlene), one name beside the shared name word אל־אסלאם',
  },
  {
    // נעם / נועם סולברג was this row's example until the news list learnt both as words (QA-CHECKS.md
    // fix 190): an Israeli name the list holds is a word.
    text: 'אלמנתו סוהא ערפאת הגיעה לפריז.\nלדברי סהא ערפאת, היא לא הוזמנה.\nערפאת נפטר ב־2004.',
    cluster: ['סהא', 'סוהא'],
    reason: 'row 10: an optional ו in three letters (ShortPlene), one name before the same printed surname',
  },
  {
    text: 'ליד הכפר הצ׳רקסי כמא מפכה מעיין חייזר.\nהמטיילים הגיעו למעיין הקטן בשם עין חיזר.\nהבריכה שוקמה השנה.',
    cluster: ['חייזר', 'חיזר'],
    reason:
      'row 12: a doubled י in a short name, each spelling after a noun of a natural feature (מעיין, עין) that names a place (name-cues.ts)',
  },
  {
    text: 'שר החוץ העומאני בדר אל־בוסעידי אמר כי השיחות יימשכו.\nלדברי באדר אל־בוסעידי, הצדדים התקרבו להסכם.\nהשיחות נערכו במסקט.',
    cluster: ['בדר', 'באדר'],
    reason:
      'rows 1–2: two spellings the news list knows (בדר, באדר), an א apart, before the same unknown name word: one first name (printed-pairs.ts)',
  },
];

const sourceRows: { text: string; source: string; cluster: string[]; reason: string }[] = [
  {
    text: 'השר נפגש עם עמיתו באדליב.\nהעיר אידליב הופצצה.',
    source: 'The minister met his counterpart in Idlib.\nThe city of Idlib was bombed.',
    cluster: ['אידליב', 'אדליב'],
    reason: 'a capitalised English source word with the same consonants is evidence of a name',
  },
];

const mustNotFlag: { text: string; reason: string }[] = [
  {
    // Real news (Christian villages of Galilee): the same clause typed with its space misplaced and none.
    text: 'הנוצרים בכפר מתפללים בכנסייה.\nהנוצרים חוגגים את החג.\nרבים מהם נוצריםש הם חיים בכפר.\nהם נוצריםשהם חיים בעיר.',
    reason:
      "a final letter before another letter (נוצריםש, נוצריםשהם) is two words glued, glued-words.ts's to split: no spelling of a name, nor a compound written apart and joined (נוצריםש הם / נוצריםשהם)",
  },
  {
    // Real news (the Bahá'í gardens): Ridwan in its exact transcription, and "the will" in another story.
    text: "גן רידוואן (פרסית וערבית رضوان, תעתיק מדויק: רצ'ואן) המקודשים לבהאיים.\nגן רידוואן בעכו פתוח למבקרים.\nהרצון והחלום של נח היו להקים מרכז.",
    reason:
      'an ordinary word after the article is that word (הרצון, "the will"), not a name beside a transcription one geresh and an א away (רצ׳ואן): ordinary-stems.ts',
  },
  {
    // Real news (Jordan): המסגרת written with its article every time, so it keeps it as its stem.
    text: 'במסגרת ההסכם הוקמה ועדה.\nהמסגרת החדשה אושרה.\nהשר תמך במסגרת שהוצעה.\nהמסגרת תיבחן שוב.\nמומחה אמר: אין הסכם להסגרת עבריינים בין המדינות.\nהמסגרת נותרה בעינה.',
    reason:
      'a consonant left out of a word only the news list knows makes another Hebrew word (הסגרת "extradition of" beside המסגרת "the framework"): such a word is no name whose slip it could be',
  },
  {
    // Real news (Lebanon): צידון (Sidon) written three times, and a minister's "beside us".
    text: 'הצבא תקף מטרות בצידון.\nתושבי צידון ברחו צפונה.\nהנמל של צידון נסגר.\nהשר אמר: "איראן עדיין לצידנו ותישאר כך".',
    reason:
      'two letters swapped at the end of a known name make a Hebrew suffix (לצידנו, "beside us", of צידון): a known name\'s swap is a slip before its last letter only (slip-judgement.ts)',
  },
  {
    // Real prose (a hiking page): neither stem is written bare, so the prefix stays on both.
    text: 'לשחות בבריכה ולשכשך את הרגליים במים.\nהילדים אוהבים לשחק ולשכשוך במים של המעיין.',
    reason:
      'a four-consonant verb and its noun behind the same prefix (ולשכשך / ולשכשוך, "and to splash" / "and splashing"): Hebrew word formation (quadriliteralNoun)',
  },
  {
    // Real prose (a heritage page): אשר ("which") before both; the written list lacked it, so it
    // counted as a name word the two shared.
    text: 'הכפר נקרא על שם עץ אשר שייך למשפחת האלוניים.\nיזוס הוא שמו של הסתת אשר השתייך לבוני המקדש.',
    reason:
      'a Hebrew verb (השתייך, "belonged") beside its root\'s participle (שייך) after the same function word: אשר is ordinary Hebrew, no name word',
  },
  {
    // Real prose: the two genders of נורא ("terrible") after the article, beside a name context.
    text: 'יום השואה מציין את האסון הנורא מכל.\nהאירוע הנורא זעזע את קהילת יהודי תימן.\nגירוש מוזע נותר כחוויה הנוראה ביותר.',
    reason:
      "the feminine of a word that ends in א (הנורא / הנוראה, השנוא / השנואה): grammar, not a name's final vowel written twice (hebrew-families.ts inflections)",
  },
  {
    text: 'הסופר כתב על פנטזיות של ילדים.\nפנטזיות רבות מתגשמות.\nעולם הפנטזיות קוסם לו.\nפנטזיתו האחרונה הפכה לסרט.',
    reason:
      'a ו swapped with the last letter (פנטזיות / פנטזיתו, "fantasies" / "his fantasy"): a possessive, not a slip (slip-judgement.ts swapBeforeLast)',
  },
  {
    text: 'שר החוץ ישהה ברבאט וייפגש עם מקבילו.\nמחר יגיע השר לרבאט ויפגש עם המלך.',
    reason:
      'a verb after a place name, its י doubled in one place (וייפגש / ויפגש): a word after a name that may begin with "and" is no surname (evidence.ts)',
  },
  {
    text: 'המלך חוסיין נפגש עם השר בעמאן.\nהשחקן אחמד חסין כבש שער.',
    reason:
      'a ו and a י apart in four letters, one a printed name (Hussein): Husayn and Hassin are two first names, so a table’s name joins a pair that needs a name word only from five letters (known-name-forms.ts TABLE_FAR_LETTERS)',
  },
  {
    text: 'אנס ג׳אבר מטוניסיה הפכה לטניסאית הראשונה מהעולם הערבי בגמר.\nהתקשורת הטוניסאית חגגה.\nהיא הטוניסאית הראשונה שזכתה.',
    reason:
      'טניסאית ("tennis player") is a Hebrew word, not טוניסאית ("Tunisian") without its ו: sport’s nouns are in the hand-written lexicon',
  },
  {
    text: 'הכנס נערך בפריז.\nשר החוץ חזר מפריז.\nקבוצת פאריס סן ז׳רמן ניצחה.',
    reason:
      'פאריס is the club’s established spelling (פאריס סן ז׳רמן) and the Arab name Faris, so Paris’s two spellings stay out of the dual table',
  },
  {
    text: 'בית הכנסת נבנה בתרסא (1911) ונהרס.\nהוא הורחב בתרצא (1931), ושוב בתרסא נסגר.\nבתרצא נפתח מחדש.',
    reason:
      'two years of the Hebrew calendar written without gershayim (תרס״א, תרצ״א): numbers, not one name written two ways (hebrew-numerals.ts; real news)',
  },
  {
    text: 'בערב שבת, יז אייר, נרצחו שישה.\nבשבת י"ז אייר נערכה עצרת.\nביום י"ז אייר נפתח הבית.',
    reason:
      'a day of the month written with and without its gershayim beside the same month: a date, no name, though both stand beside one word (hebrew-numerals.ts; real news)',
  },
  {
    text: 'החג Nowrūz (מבטא כי U ארוכה) נחגג באביב.\nהשם מבוטא בפרסית אחרת.\nהוא מבוטא כך גם בכורדית.',
    reason:
      'Latin text before a Hebrew word is no gloss of it: מבטא "pronunciation" after a Latin name stays a word beside מבוטא "pronounced" (judged-clusters.ts latinGlossAfter; real news)',
  },
  {
    text: 'השניים הסתתרו במבנה ויצאו ממנו בידיים מורמות.\nהמחבל יצא עם ידיים מרומות, כשבאחת מהן החזיק רובה.\nהחיילים עצרו את שניהם.',
    reason:
      'two adjectives after the same noun, written twice (ידיים מורמות / ידיים מרומות): a noun before its adjective, not a first name before a surname, which takes three writings (shared-neighbours.ts; real news)',
  },
  {
    text: 'מפלגת מר״צ תתמודד בבחירות.\nבחודש מרץ ייערכו הפריימריז במר״צ.\nיש לה מרץ רב.',
    reason: 'מרץ ("March", "vigour") ends in a final form: a word, not מר״צ written bare (acronyms.ts)',
  },
  {
    text: 'חטופים ישראלים שוחררו אמש.\nלפי מקורות ישראליים, השיחות נמשכות.\nמקורות ישראליים אישרו.',
    reason:
      "a people's adjective in -ים after people (חטופים) and in -יים after things (מקורות): the Academy's two forms, compared only after nouns of one plural ending (adjective-plurals.ts)",
  },
  {
    text: 'הצעדים הראשונים נעשו אתמול.\nהממצאים הראשוניים פורסמו.\nהצעדים הראשונים הבאים יבואו.',
    reason:
      'הראשונים ("the first") and הראשוניים ("the initial") are two words: an adjective in -ון whose -וני derivative is another (adjective-plurals.ts)',
  },
  {
    text: 'אחרי מלחמת ששת־הימים הערבים נסוגו.\nגורמים ערביים אמרו כי השיחות נמשכות.\nמקורות ערביים דיווחו.',
    reason:
      'הערבים after a maqaf compound is the noun (the Arabs), not an adjective of הימים (adjective-plurals.ts)',
  },
  {
    text: 'אלפי כורדים ברחו מהעיר.\nהכוחות הכורדיים תקפו בלילה.\nהכורדים מודאגים מההסכם.\nלוחמים כורדים נהרגו.',
    reason:
      "a people's adjective plural in -יים and the -ים form only as the noun (הכורדים, after אלפי) or after a noun of the other plural ending (הכוחות, לוחמים): the Academy's forms for things and people (adjective-plurals.ts)",
  },
  {
    text: 'ובזכות אזרחים ערניים נמנע אסון.\nההתיישבות יהודים בעיר גדלה.\nהכוחות האזרחיים והמוסדות היהודיים פעלו.',
    reason:
      'זכות and התיישבות end in -ות but are singular: the word after them is their genitive, no adjective (masculine-ot-plurals.ts)',
  },
  {
    text: 'לוחמים כורדים נהרגו.\nכפרים כורדיים הופצצו.\nלוחמים כורדים נסוגו.\nהצוותים כוללים ישראלים.\nמטוסים ישראליים טסו.',
    reason:
      'the Academy’s -ים after people (לוחמים) beside its -יים after things (כפרים), and a verb in -ים (כוללים) no noun of either kind: nothing written two ways (plural-noun-kinds.ts)',
  },
  {
    text: 'החוברת יצאה לאור.\nבחוברת יש מפות.\nהחוברת נמכרה.\nמחבר החוברת הסביר.\nעל החוברת כתבו.\nהחוברת חולקה.\nהם הגיעו לחורבת הכפר.',
    reason:
      'חוברת ("booklet") and חורבת ("ruins of"): two Hebrew words a swap apart that the news list holds; a slip of such a word is read only where an א of a transcription moved (typing-slips.ts)',
  },
  {
    text: 'גבולות מצרים נסגרו.\nחיילים מצריים סיירו בגבול.\nשלטונות מצרים הודיעו.',
    reason:
      'מצרים after a noun in -ות is the country, the construct’s genitive (גבולות מצרים), not the people’s adjective (adjective-plurals.ts)',
  },
  {
    text: 'כוחות הכורדים נסוגו.\nהכוחות הכורדיים תקפו.\nבוויזות עבור ישראלים דנו.\nמטוסים ישראליים טסו.',
    reason:
      'a definite word after a plain indefinite noun is the genitive (כוחות הכורדים, "the Kurds’ forces"), and an indefinite chain ends in prepositions (עבור ישראלים): no adjectives (adjective-plurals.ts)',
  },
  {
    text: 'לפי גורמים פלסטינים הוחלט.\nגורמים פלסטינים נוספים אישרו.\nלפי חוקי הבחירות הפלסטיניים יש להמתין.',
    reason:
      'a thing’s adjective in -יים (חוקי הבחירות הפלסטיניים) beside people’s in -ים (גורמים פלסטינים): the Academy’s two forms, not one phrase written two ways (adjective-plurals.ts)',
  },
  {
    text: 'השליח סטיב ויטקוף הגיע לדוחה.\nנתניהו וויטקוף נפגשו בירושלים.\nהנשיא שיבח את ויטקוף על מאמציו.',
    reason:
      'נתניהו וויטקוף is "Netanyahu and Witkoff" (the Academy does not triple ו): after a word that never stands before ויטקוף, the ו is the conjunction',
  },
  {
    text: 'טראמפ ניצח בפנסילבניה ובמישיגן.\nהמדינות המתנדנדות הן מישיגן, ויסקונסין ואריזונה.\nבמדינות פנסילבניה, מישיגן, וויסקונסין הקולות נספרים.',
    reason:
      'after a comma in a list (מישיגן, וויסקונסין) the ו may be "and": only a preposition, a title, a place noun, כי or a colon rules the conjunction out',
  },
  {
    text: 'החות׳ים ירו טילים.\nהחות׳ים איימו על הספינות.\nהכוחות החות׳יים נסוגו.',
    reason:
      'a י added before the plural ending of a known people (חות׳ים / חות׳יים) is the adjective, grammar: no slip is read in the last three letters (known-name-forms.ts)',
  },
  {
    text: 'סרטו של אלמודובר זכה בפרס.\nהבמאי אלמודובר הגיע לפסטיבל.\nהשחקנית של אלמוודובר עלתה לבמה.',
    reason:
      'a ו added inside a word the news list knows, beside only two of it: a ו or י relates Hebrew forms, so a word no table knows as a name needs a clear majority (typing-slips.ts)',
  },
  {
    text: 'אלפים הפגינו בעיר.\nעשרות אלפים צעדו.\nאלפיםו נוספים הגיעו.',
    reason:
      'a letter typed past the end of a Hebrew word (אלפים, "thousands"): no name, so no name-variant finding (typing-slips.ts)',
  },
  {
    text: 'הדובר עוביידה הודיע.\nלדברי עוביידה, המצב קשה.\nעוביידה אמר.\nהעיתונאי עובייגה כתב.',
    reason:
      'a letter typed with the key beside its own but no shared name word: a neighbouring key gives a Hebrew word another inflection as readily (סימני / סימנו), so such a slip is read only beside the rest of a name (typing-slips.ts)',
  },
  {
    text: 'החסידות התפתחה במזרח אירופה.\nהחסידות הגיעה לירושלים.\nמנהגי החסידות נשמרו.\nספרי החסידות נדפסו.\nראשי החסידות נפגשו.\nהחצר החסידית גדלה.',
    reason:
      'a ו for a י of the ending beside a word written five times (חסידות / חסידית): another Hebrew form, not a key typed beside its own (slip-judgement.ts)',
  },
  {
    text: 'הטורקים שלטו באזור מאות שנים.\nהטורקים בנו שם מבצר.\nכשהטורקים עזבו, נבנה שם כפר.\nבהרים יש מסלולי טרקים מתאימים לתרמילאים.',
    reason:
      'טרקים ("treks") beside טורקים: a loanword without its vowel letter, not a slip of the known name; a ו or י added or left out needs six letters in both (known-name-forms.ts)',
  },
  {
    text: 'תושב הכפר שפך בנזין על עצמו ואיים להצית עצמו.\nהוא איים להצית את הבית.\nהשר קרא לו להפסיק להסית נגד הערבים.',
    reason:
      'להצית ("to ignite") / להסית ("to incite"): two hifil infinitives the lexicon lacks, a ס/צ swap apart; ל + ה and a consonant is Hebrew-shaped (hebrew-families.ts looksHebrew)',
  },
  {
    text: '"בקרוב יפגוש שם עוד רבים משותפיו לפשע - מרצחי ואנסי החמאס", אמר.\nאנשי החמאס טענו כי חמושים ממשפחת דורמוש הרגו שניים ממחבלי החמאס.',
    reason:
      'אנשי ("men of") / אנסי ("rapists of") before החמאס: four letters have Far room for a ו or י, not for a ש/ס swap on top of the threshold',
  },
  {
    text: 'הנאשם הצית שני רכבים במקום ונמלט.\nהפרקליטות הגישה נגדו כתב אישום לאחר שהסית לטרור.\nבהמשך הצית את ביתו.',
    reason:
      'הצית ("set fire") / הסית ("incited"): two Hebrew verbs a ס/צ apart, in the hand-written word list',
  },
  {
    text: 'כוח האבטחה של המעבר נטרל את המחבל.\nמאבטח של רשות שדות התעופה במעבר ניטרל אותו.\nהכוח נטרל מחבל נוסף.',
    reason: 'נטרל / ניטרל ("neutralised"): one Hebrew verb in defective and full spelling, in the word list',
  },
  {
    text: 'על פי החשד, חוליה אוזבקית שפעלה בשליחות איראן רצחה את הרב.\nהחוטפים היו חולייה אוזבקית שפעלה בשליחות איראן.\nמצה"ל נמסר כי טיל נורה על חוליה ששיגרה רקטות.',
    reason:
      'חוליה / חולייה ("cell"): one Hebrew word in two accepted spellings, in the hand-written word list',
  },
  {
    text: 'ממשלת סודאן הודיעה על הפסקת אש.\nבצפון סודאן נמשכים הקרבות.\nשליח האו״ם הגיע לסודאן.\nהירי היה בלב כביש סואן והומה אדם.',
    reason:
      'סואן ("noisy") beside סודאן written three times: a four-letter slip needs a shared name word, or Hebrew words become slips of names',
  },
  {
    text: 'ההסלמה נראית בלתי נמנעת.\nהמומחים אמרו שהמלחמה בלתי־נמנעת.\nהדוברת אמרה כי ההחלטה סופית.',
    reason:
      'בלתי־נמנעת / בלתי נמנעת: "un-" is a particle of grammar; its compounds, with a maqaf or a space, are no name (compounds.ts, maqaf-spacing.ts)',
  },
  {
    text: 'המטוס המריא מנתב״ג בשעה שמונה.\nמועד המראה נדחה בשל מזג האוויר.\nשעת המראה נקבעה מחדש.\nהמטוס השני המריא באיחור.',
    reason: "המריא / המראה: a final-א root's hif'il past beside its verbal noun (יא against אה), no name",
  },
  {
    text: 'הגשר יקום מעל הים ויחבר בין שתי המדינות.\nהכביש שיחבר את העיר ייפתח בקיץ.\nהמבנה החדש יחובר למרכז העיר.\nהקו יחבר גם את הפרברים.',
    reason: "יחבר / יחובר: the future of a piel and its pu'al (the pu'al's ו after the root's first letter)",
  },
  {
    text: 'בזנזיבר משולבים צלילה אקזוטית ומלונות יוקרה.\nהתיירות העולמית גילתה את המדינה האקזוטית.\nבשווקים נמכרים פירות וסחורות אקזוטיות.',
    reason: 'אקזוטית / אקזוטיות: an adjective’s feminine singular and plural, no name',
  },
  {
    // Real news (crime in Arab towns): a word no list holds, in the singular and the plural.
    text: 'שתי משפחות מסוכסכות בעיר ממשיכות להילחם.\nהמשטרה הציבה כוחות ליד החמולה המסוכסכת.\nראש העיר נפגש עם המשפחות המסוכסכות.\nהמשפחה המסוכסכת השנייה סירבה להיפגש.',
    reason:
      'מסוכסכת / מסוכסכות: a feminine singular in -ת and its plural in -ות, no name (hebrew-families.ts)',
  },
  {
    // Real news (Persian poets; Ramadan): ש + אכל, "that ate", beside שכל.
    text: 'בספר מסופר על המשורר שאכל לחם וגבינה.\nהוא אמר שכל מי שהגיע קיבל ארוחה.\nשכל המשורר חד כתער.',
    reason:
      'שאכל (ש + אכל, "that ate") beside שכל: a Hebrew verb the written list now holds, not an א inserted in a name',
  },
  {
    text: 'הח׳ליף עוסמאן בן עפאן נרצח במדינה.\nבימי עוסמאן נאסף הקוראן.\nהמאמן הטורקי אוסמן יילמז פוטר.\nהקבוצה של אוסמן הפסידה שוב.',
    reason:
      'עוסמאן and אוסמן, a little past the threshold (Far), beside no shared name word: two men, the caliph and a coach',
  },
  {
    text: 'בכפר תבנית גרים אלף תושבים.\nהילדים ציירו תיבנית של בית.\nהמורה תלתה את התבנית על הקיר.',
    reason:
      'תבנית after a place noun, תיבנית ("a template", misspelt) not: a word after a place noun joins a variant only if that variant stands after the same noun',
  },
  {
    text: 'בפגישה נכחו מוחמד דף, איסמעיל הנייה ואחמד יאסין.\nמוחמד דף נפגע בתקיפה.\nבכיר הארגון מוחמד דף שרד.',
    reason:
      'ואחמד = ו + אחמד ("and Ahmad") seen alone does not make מוחמד read as מ + וחמד: an א after a prefix letter begins the next word (group-verdicts.ts)',
  },
  {
    text: 'הנהג עקף את הפקק בדרך צדדית.\nכביש עוקף נסלל סביב העיירה.\nהאוטובוס עקף את המחסום.\nהוא לעג ליריביו.\nהקהל לועג לשופט.',
    reason:
      'עקף / עוקף, לעג / לועג (verbs the lexicon lacks): a ו/י alone in three letters relates Hebrew words; beside no shared name word they are no name (ShortPlene)',
  },
  {
    text: 'הם קיבלו ויזה לשלושה חודשים.\nבלי ויזה אי אפשר להיכנס.\nהוויזה עולה מאה דולר.\nואיזה חוף הוא היפה ביותר?',
    reason:
      'ויזה (visa) beside ואיזה = ו + איזה ("and which"): the א after the prefix is the word’s own first letter, not a name’s vowel (unstripped-names.ts)',
  },
  {
    text: 'השר אלי כהן כיהן בעבר כשר החוץ.\nלדברי כהן, ההסכם ייחתם.\nהסופרת כנרת כאהן מור הציגה את ספרה.\nגם חיים כהן כיהן בתפקיד.',
    reason:
      'כהן ("priest", the commonest surname) and כיהן ("served") are Hebrew words: a name written once with an א (כאהן) does not make them its spellings',
  },
  {
    text: 'החברה מתקינה פאנלים סולאריים על גגות.\nמחיר הפנלים הסולאריים ירד השנה.\nפנלים סולאריים מותקנים גם במוסדות ציבור.\nהדוברת אמרה כי ההחלטה סופית.',
    reason:
      'פנלים / פאנלים, a loanword the news list knows both ways, before the same printed word: printed pairs need an unknown name word beside them',
  },
  {
    text: 'נשיא טורקיה ארדואן נאם באנקרה.\nארדואן תקף את ישראל.\nהשר רדוואן אמר כי.\nרדוואן הוסיף.',
    reason:
      'ארדואן is no joined article + רדוואן (Erdogan, Radwan): a joined א is read as the article only beside a spelling that writes it',
  },
  {
    text: 'מושל דמשק החדש מאהר מרואן נכנס לתפקידו.\nמצרים לא כל כך מהר יוצאת ממך.',
    reason: 'מהר ("quickly") is a Hebrew word of its own, not מ + a variant of מאהר (Maher)',
  },
  {
    text: 'המשטרה פרסמה את הווידאו של האירוע.\nבסרטון וידאו נראה החשוד בורח.\nהמשטרה פרסמה ויידו נוסף מהזירה.',
    reason:
      'וידאו/ויידו: as long as each other, with the א in the printed word and not in the unknown one: no transcription (evidence.ts alefs)',
  },
  {
    text: 'התושבים התכנסו לקריאת התפילה.\nבקריית שמונה נשמעו אזעקות.\nראש עיריית קריית שמונה אמר כי.\nהילדים בקריית שמונה חזרו.',
    reason:
      'קריית ("town of") is a Hebrew word, no name to read לקריאת ("for the reading of") as its variant',
  },
  {
    text: 'רוב האוכלוסייה בכפר לא-מחוסנת.\nהאישה מחוסנת מפני המחלה.\nאוכלוסייה לא-מחוסנת נמצאת בסיכון.',
    reason:
      'לא־מחוסנת is "unvaccinated" (לא + maqaf), not ל + the Arabic article: א־ before a Hebrew word with a moon letter',
  },
  {
    text: 'השחקן אלי גולן כבש שער.\nגולן אמר כי הניצחון חשוב.\nהמאמן שיבח את גולן.\nגודלן של הקבוצות בליגה קטן.',
    reason:
      'גולן/גודלן: a consonant added to a name written three times makes a Hebrew word, not a slip (only a dropped one needs no shared word)',
  },
  {
    text: 'ברמת הגולן ירד שלג כבד.\nגודלן של החוות בצפון קטן.\nתושבי הגולן נערכו לסערה.',
    reason:
      'גולן/גודלן: one consonant apart, but no name word beside both: a Hebrew word the lexicon lacks, not a slip',
  },
  {
    text: 'השר יונתן נאדון נפגש עם השגריר.\nהשגריר יונתן נאדוטן השיב לו.\nנאדון ונאדוטן דיברו שעה.\nהשר נאדון אמר כי.\nהשגריר נאדוטן אמר כי.\nהשר נאדון סיכם.',
    reason: 'נאדון/נאדוטן: a spelling written three times is chosen, not slipped: two names',
  },
  {
    text: 'החוקר גולדברג הציג את הממצאים.\nלדברי גולדברג, המחקר יימשך.\nהמנהל גולברג אישר את התקציב.',
    reason:
      'גולדברג/גולברג: a consonant left out of seven letters, six left, beside a spelling written twice is no clear majority (from seven letters left, typing-slips.ts)',
  },
  {
    text: 'הוא כתב ביומן שלו כל ערב.\nזה היה מבצע בלתי יאומן.\nהוא פרסם את יומן המלחמה.',
    reason:
      'יומן/יאומן: a word only the news list knows beside an unknown one with an א pairs only from five letters (Hebrew verbs of four differ so)',
  },
  {
    text: 'מזכ"ל חיזבאללה נעים קאסם נאם.\nגדודי עז א-דין אל-קסאם ירו רקטות.\nקאסם איים על ישראל.',
    reason:
      'קאסם / אל-קסאם: an א moved in four letters with no shared name word is two names (Qasem, Qassam)',
  },
  {
    text: 'נשיא איראן נאם.\nהמשטר האיראני הגיב.\nעיראק והעיראקים שתקו, והבדואים בנגב מחו.',
    reason: 'Iran, Iraq and the Bedouin each written one way in all their forms',
  },
  {
    text: 'המטען נוטרל לפני הפיצוץ.\nהחבלן ביקש לנטרל מטען נוסף.\nהמטען השני נוטרל גם הוא.',
    reason: "נוטרל / נטרל: a four-consonant verb's pu'al past beside its infinitive stem",
  },
  {
    text: 'הפסגה בביירות הסתיימה.\nהפליטים במחנות בביירות חיכו.\nהשגריר קיבל בביתו בביירות עדכון.\nהעיירה שוכנת דרומית לביירות.',
    reason:
      'Beirut written only after prefixes (בביירות, never alone, so the ב stays on it): לביירות is ל + ביירות, not a typing slip of בביירות with its ב left out (typing-slips.ts oneWordPrefixed; real news ii)',
  },
  {
    text: 'הקואליציה התפרקה, והפרלמנט שהתפרק לא כונס שוב.\nהסופר התרפק על זיכרונות ילדותו.',
    reason:
      'two Hebrew verbs of the hitpael shape, each written once, a swap apart (התפרק / התרפק): words the lexicon lacks, not a name written twice (slip-judgement.ts tiedSwap; real news hy)',
  },
  {
    text: 'לוחמי גולני פשטו על הכפר.\nחטיבת גולני הודיעה על סיום המבצע.\nמפקד גולני נפצע.\nנשיא סוריה אל ג׳ולאני אמר כי ההסכם קרוב.\nג׳ולאני נפגש עם השליח.',
    reason:
      'גולני (the Golani brigade, a spelling the news list knows) beside ג׳ולאני (al-Julani): an א and a geresh apart, two names, for ג and ג׳ are two sounds (judged-clusters.ts alefInserted; real news hq, id)',
  },
  {
    text: 'מצרים הודיעה על פתיחת המעבר.\nגורמים מצריים אמרו כי השיחות נמשכות.\nכוחות הביטחון המצריים נפרסו בסיני.\nאנשי צמרת מצריים שתקו.',
    reason:
      'מצריים after a plural noun or with the article is the adjective "Egyptian", not the country written another way (dual-spellings.ts EGYPT)',
  },
  {
    text: 'הבחירות נערכו בחודש מרס.\nבסוף מרס הוכרזו התוצאות.\nהמתנדבים עבדו במרץ רב.\nהם פעלו ביתר מרץ.',
    reason:
      'מרץ "vigour" (עבדו במרץ, ביתר מרץ) is no date, so it is not March written another way (dual-spellings.ts MARCH)',
  },
  {
    text: 'מוחמד עבאס נפצע.\nחיית המחמד שלו ברחה.\nהוא חיפש את חיית מחמד אחרת.',
    reason: 'מחמד after חיית is the Hebrew "pet", not Muhammad',
  },
  {
    text: 'בני ערובה אמריקנים נחטפו בלבנון.\nשישה בני ערובה אמריקנים שוחררו.\nהשגרירים אמריקנים נעצרו בטהרן.\nהמשטר נקט אנטי ציונות ואנטי אמריקניזם ככלי מרכזי במדיניות החוץ.',
    reason:
      'an -ism beside its base (אמריקניזם / אמריקנים): a derived word, not a typing slip of it (hebrew/ism-suffix.ts)',
  },
  {
    text: 'תושבי הכפר עין חוד נעקרו ב־1948.\nהכפר עין חוד הוכר ב־2005.\nבעין חוד גרים כמאתיים תושבים.\nכפר האמנים עין הוד נוסד על חורבות הכפר.\nבעין הוד פועלת גלריה.',
    reason:
      'two places after the same head (Ein Hawd, the Arab village, and Ein Hod, the artists’ village): a shared head is no evidence of one place (QA-CHECKS.md, fix 219 reverted)',
  },
  {
    text: 'הכוחות הגיעו לנבי סמואל.\nבנבי סמואל נערכו חיפושים.\nהמשאיות עברו בגשר אלנבי.\nגשר אלנבי נסגר היום.\nהגנרל אלנבי נכנס לירושלים.',
    reason: 'Allenby begins with the letters of the article but is none: no article before נבי (Nabi Samwil)',
  },
  {
    text: 'ההחלטה התקבלה על־ידי הממשלה.\nהחוק נחקק על ידי הכנסת.\nהכוחות נעו לצפון־מזרח העיר ולצפון מזרח המחוז.\nהמשא ומתן הערבי־ישראלי והערבי ישראלי.\nבאזור הצפון־מערבי ובאזור הצפון מערבי.',
    reason:
      'maqaf and space mixed after a particle (על־ידי), in a compass point (צפון־מזרח, צפון־מערבי) and between two adjectives: grammar, not names',
  },
  {
    text: 'הבחירות נערכו בחודשים נובמבר־דצמבר.\nבין נובמבר דצמבר לא נערכו דיונים.\nהכנסת התכנסה בימים ראשון־שני ובימים ראשון שני.',
    reason:
      'two months or days joined are a range, its maqaf a dash (real news: נובמבר־דצמבר); spaced, two dates',
  },
  {
    text: 'מנהיג המורדים עבד אל־מלכ אל־חות׳י נאם.\nהחות׳ים שיגרו טילים, ולוחם חות׳י נהרג.\nאל־חות׳י איים על ישראל.',
    reason:
      'חות׳י "a Houthi" beside the surname אל־חות׳י, with the people in the plural (החות׳ים): two words',
  },
  {
    text: 'נשיא טורקיה הגיע לביקור.\nהשגריר הטורקי נפגש עם השר.\nהטורקים והפלסטינים חתמו, והרשות הפלסטינית בירכה.',
    reason:
      'one way of writing each word in all its forms (טורקיה, הטורקי, הטורקים; פלסטינים, פלסטינית): nothing mixed',
  },
  {
    text: 'המטוס תדלק באוויר.\nהתדלוק נמשך שעה.\nהצוות השלים את התדלוק ותדלק שוב.',
    reason:
      'תדלק / תדלוק: a four-consonant verb and its verbal noun (the noun writes a ו before the last letter)',
  },
  {
    text: 'המדינות נרמלו את היחסים.\nהנרמול נחתם בוושינגטון.\nהשר אמר שהנרמול עם ערב הסעודית קרוב.\nהממשלה נרמלה את הקשר.',
    reason: 'נרמל / נרמול: the same verb-and-noun family',
  },
  {
    text: 'החזאים מפיחים תקוה בלב החקלאים.\nבבית החולים בפתח תקווה טופלו הפצועים.\nהתושבים איבדו תקוה.',
    reason:
      'תקוה/תקווה is mostly the word "hope": not in the full-spelling table of names, though פתח תקווה is a name',
  },
  {
    text: 'הכוחות ניטרלו את המטען.\nהמטען נוטרל לפני הפיצוץ.\nהחבלן ביקש לנטרל מטען נוסף.\nהצוות ניטרל גם רחפן.',
    reason: "ניטרל / נוטרל / נטרל: piel past, pu'al past and infinitive stem of one verb",
  },
  {
    text: 'נבחרת נורבגיה ניצחה במשחק.\nהשחקנים של הנבחרת הנורבגית התאמנו.\nהאתר הנורבגי פרסם ראיון.\nנבחרת נורבגיה הובילה בבית.\nהאוהדים בנורבגיה חגגו.',
    reason:
      "נורבגיה / הנורבגית: a country and its people's feminine adjective, never compared as one name (country-adjective.ts)",
  },
  {
    text: 'הדרוזים בגולן הפגינו.\nהכפרים הדרוזיים נפגעו.\nמנהיגי הדרוזים נפגשו עם השר.',
    reason: 'דרוזים / דרוזיים: a people in the plural, as a noun and as an adjective',
  },
  {
    text: "החות'ים שיגרו טיל.\nהכוחות החות'יים נסוגו.\nדובר החות'ים איים.",
    reason:
      'חות׳ים / חות׳יים: a people in the plural as a noun and as an adjective, the name with its geresh',
  },
  {
    text: 'הזמר הופיע בוין.\nהקונצרט בוין נמכר.\nהוא נולד בעיר ואן שבטורקיה.',
    reason: 'וין (Wien) / ואן (Van): three letters that differ by an א for a י are too many to mean one name',
  },
  {
    text: 'נרשמה היתקלות עם חוליה.\nבשבוע נרשמו כמה היתקלויות.\nההיתקלות הסתיימה ללא נפגעים.',
    reason: 'היתקלות / היתקלויות: an -ut noun and its plural',
  },
  {
    text: 'השרה ביקרה אתמול בבית החולים.\nהיא אמרה כי "מי שיקרא את הדוח יבין".\nהנשיא יקרא לבחירות.',
    reason:
      'ביקרה ("visited") is no ב + יקרה beside יקרא ("will call"): one word form is too little to stand for a name',
  },
  {
    text: 'המאמן נפרד מחניכיו.\nאחד מחניכיו זכה במדליה.\nחניכו הבכיר פרש.',
    reason: 'חניכו / חניכיו: "his trainee" and "his trainees", the possessive on a singular and a plural',
  },
  {
    text: 'מחלקת הכירורגיה הורחבה.\nמנהל הכירורגיה התפטר.\nמחלקת כירורגיית הלב נסגרה.\nכירורגיית כלי הדם עברה.',
    reason: 'כירורגיה / כירורגיית: an -iya noun beside its construct',
  },
  {
    text: "המשטרה פעלה בשכונת ג'בל מוכבר בירושלים.\nהעימותים התחדשו בג'בל מוכבר.\nבחברון נעצרו שני חשודים בשכונת ג'אבל ג'והר.",
    reason:
      'ג׳בל ("mountain") begins two different names (ג׳בל מוכבר, ג׳אבל ג׳והר) that share no other word: each is how its place is written',
  },
  {
    text: 'עו"ד כהן אמר עוד כי הדו"ח יפורסם.\nהדוח יוגש מחר לוועדה.\nהעו"ד ביקש עוד זמן.',
    reason: 'עוד and דוח are words of their own beside the acronyms עו״ד and דו״ח',
  },
  {
    text: 'הוא אמר כי "אני לא זקוק לאף אחד".\nהכפר בית ליף הותקף.\nתושבי בית ליף נמלטו צפונה.',
    reason:
      'לאף = ל + אף, three letters, beside ליף (Beit Lif): a vowel letter swapped in three letters names nothing',
  },
  {
    text: 'השר אמר שרק הסכם יביא שקט.\nהעיתון א-שרק אל-אווסט דיווח על כך.\nלפי א-שרק אל-אווסט, השיחות נכשלו.',
    reason:
      'שרק = ש + רק, and only the article separates it from א־שרק (Asharq al-Awsat): the article alone names no ordinary word',
  },
  {
    text: "הכוחות נעו שמאלה.\nאלוף משנה (מיל') דני כהן אמר כי המצב קשה.\nבתמונה: השר (משמאל) והשגריר.",
    reason:
      'מיל׳ is an abbreviation (a geresh after ל), and משמאל is מ + שמאל, not a prefix + מאל (itself only מ + אל)',
  },
  {
    text: 'הצבא מתמקד בהתחמשות של הארגון.\nניסיונות השיקום וההתחמשות נמשכים.\nההתחמשות מדאיגה את ישראל.',
    reason: 'וההתחמשות = וה + התחמשות: no Hebrew word begins with הה, so the article is part of the prefix',
  },
  {
    text: 'העבד ברח מהאחוזה.\nהכסף אבד בדרך.\nעבד אחר נתפס.\nהכול אבד.',
    reason: 'עבד/אבד without the article: Hebrew words (slave/lost), the ע ↔ א needs אל־ on both',
  },
  {
    text: 'הוא עלה לבמה.\nהמחיר עולה כל שנה.\nהשר עלה לירושלים.\nהתקציב עולה.',
    reason: 'עלה/עולה without the article: a Hebrew past and participle, the ו needs אל־ on both',
  },
  {
    text: 'הכוחות נכנסו לאל-עלי.\nתושבי אל-גלי מחו.\nבאל-עלי נערכו מעצרים.',
    reason: 'ע ↔ ג in three letters with the article: different sounds of different names (Ali/Ghali)',
  },
  {
    text: 'הוא נפגש במספר מקומות עם ראשי הכפרים.\nבמסאפר יטא הוצתו רכבים.\nהתושבים במספר כפרים מחו.',
    reason:
      'במספר (ב + מספר, "in several") beside the prefixed name במסאפר (Masafer Yatta): the name reads as ב + a variant of the word too, so it does not make במספר a name',
  },
  {
    text: 'הוא ספר את הימים.\nהעד סיפר לשופטת.\nהספר יצא לאור.',
    reason: 'ספר/סיפר: Hebrew binyanim, not spellings',
  },
  { text: 'השר דיבר עם העיתונאים.\nהדבר נאמר בישיבה.\nדבר לא השתנה.', reason: 'דבר/דיבר' },
  {
    text: 'הוא שמר את ההודעות.\nהשומר עמד בשער.\nהוא שומר עליהן עד היום.',
    reason: 'שמר/שומר: past vs present',
  },
  {
    text: 'המשטרה היתה במקום.\nהמצב הייתה קשה.\nהוא היה שם.',
    reason: 'היה/היתה/הייתה: ktiv male variants of a common word',
  },
  {
    text: 'נקבע מועד מסוים.\nבשלב מסויים הוחלט.\nבמקום מסוים.',
    reason: 'מסוים/מסויים: yod doubling in an ordinary word',
  },
  {
    text: 'התוכנית אושרה.\nהתכנית נדחתה.\nתוכנית המזון העולמית.',
    reason: 'תוכנית/תכנית: the 2017 ktiv male change',
  },
  {
    text: 'בליגה נערכו משחקים.\nליגת העל נפתחה.\nהליגה הודיעה.',
    reason: 'ליגה/ליגת: construct state, §6.3 is only for names',
  },
  {
    text: 'ברצועה נמשכת הלחימה.\nרצועת עזה מופצצת.\nברצועה אין חשמל.',
    reason: 'רצועה/רצועת: construct state',
  },
  {
    text: 'המורדים התקרבו לחומס.\nבכיר בחמאס אמר כי חומס לא תיפול.\nחמאס הודיע על כך.',
    reason: 'חומס/חמאס: Homs and Hamas differ by two vowel letters',
  },
  {
    text: 'המורדים כבשו את חמה.\nהשר עלי חמיה אמר.\nבחמה נערכו חגיגות.',
    reason: 'חמה/חמיה: Hama vs Hamieh, ו/י before a final ה is an ending',
  },
  {
    text: "יחיא סינוואר נהרג.\nאחיו של סינוואר מסתתר.\nבמחנה הפליטים ג'באליה.",
    reason: 'one spelling only, with and without prefix',
  },
  {
    text: 'בביירות נערכה הלוויה.\nביירות הופצצה.\nתושבי ביירות יצאו.',
    reason: 'ביירות keeps its ב: no ייירות is attested',
  },
  {
    text: 'מחמוד עבאס נאם.\nדוברו של מחמוד אמר.\nומחמוד הוסיף.',
    reason: 'מחמוד: the מ is part of the name, ומחמוד only adds ו',
  },
  {
    text: 'צה"ל הודיע.\nדובר צה״ל אמר.\nכוחות צה”ל פעלו.',
    reason: '§6.15 gershayim forms are one acronym; typography reports the style',
  },
  {
    text: "הלחימה בח'אן יונס נמשכה.\nתושבי ח’אן יונס ברחו.\nבח׳אן יונס.",
    reason: '§6.14 geresh glyphs are one spelling',
  },
  {
    text: 'הכנסת אישרה את החוק.\nהחוקים החדשים נכנסו לתוקף.\nחוקי המדינה.',
    reason: 'inflections: חוק/החוקים/חוקי',
  },
  {
    text: 'ברחוב נערכה הפגנה.\nהרחובות היו ריקים.\nברחובות העיר.',
    reason: 'plural and construct of one word',
  },
  { text: 'השחקן קלע 20 נקודות.\nהשחקנים עבדו קשה.\nהשחקנית זכתה.', reason: 'gender and number inflection' },
  {
    text: 'השופטת דחתה את הבקשה.\nהשופט קיבל את הטענה.\nהשופטים החליטו.',
    reason: 'inflection of a common noun',
  },
  { text: 'הוא עבד במשרד.\nהעובד פוטר.\nהעובדים שבתו.', reason: 'עבד/עובד: verb and noun' },
  {
    text: 'הבכיר קרא לוושינגטון להתערב.\nוושינגטון פועלת להרגעה.\nבוושינגטון אמרו כי המגעים נמשכים.',
    reason: 'וושינגטון: a name starting with וו is not ו + ושינגטון when others attach prefixes to it',
  },
  {
    text: 'דובר הצבא מסר כי הכוחות פעלו.\nהדובר הוסיף כי.\nדוברת המשטרה אמרה.',
    reason: 'an ordinary noun and its forms',
  },
  {
    text: "הלחימה נמשכה בח'אן יונס.\nתושבי ב-ח'אן יונס ברחו.\nהצבא פעל בח'אן יונס ובח'אן יונס.",
    reason: '§4: ב-ח׳אן and בח׳אן differ only by the hyphen after the prefix: typography, not a spelling',
  },
  {
    text: 'ההפגנה נערכה ב-10 בחודש.\nהיא נערכה ב־10 בחודש.\nמ-2024 ועד היום.',
    reason: 'a prefix with a hyphen or a maqaf before a number is one word either way',
  },
  {
    text: 'הסוגיה עלתה בדיון.\nהסויה מיובאת מברזיל.\nסוגיה זו נדונה.\nמחיר הסויה עלה.',
    reason: 'סוגיה/סויה (issue/soy): ordinary words, the silent-ğ rule is for transcribed names',
  },
  {
    text: 'לפי הערכות, ההצבעה תידחה.\nהרשויות הודיעו על היערכות מיוחדת.\nהערכות המודיעין השתנו.',
    reason: 'הערכות/היערכות (estimates/preparation): ordinary words, ו/י and א/ע alone relate Hebrew words',
  },
  {
    text: 'המלך נפגש בעמאן עם השר.\nשגרירות ישראל בעמאן נסגרה.\nהשר טס לעומאן.\nבעומאן נערכו השיחות.',
    reason: '§6.20 established exonyms: עמאן (Amman) and עומאן (Oman) are two places, not two spellings',
  },
  {
    text: 'ארגון הייאת תחריר א-שאם הודיע.\nבכיר בהייאת תחריר א-שאם אמר.\nהמפגינים התאספו בכיכר א-תחריר.\nבכיכר א-תחריר נשמעו קריאות.',
    reason:
      '§1.3: תחריר in construct before א-שאם takes no article; כיכר א-תחריר has it: grammar, not two spellings',
  },
  {
    text: 'הממשלה מתכוונת לצמצם את ההוצאות.\nהצעד נועד לצמצום הגירעון.\nהשר תמך בצמצום.\nהאוצר ביקש לצמצם עוד.',
    reason:
      'לצמצם/לצמצום (to reduce / reduction): a Hebrew verb and its verbal noun differ by a ו, not a name',
  },
  {
    text: 'הקבלן שיקם את הבניין.\nשיקום העיר יימשך שנים.\nהשיקום עלה מיליונים.\nהעירייה שיקמה את הגשר.',
    reason: 'שיקם/שיקום: piel past and its verbal noun (ordinary words)',
  },
  {
    text: 'השמש חמה היום.\nקנינו חמאה בשוק.\nהעוגה עשויה חמאה ושמנת.\nהמים חמים.',
    reason: 'חמה/חמאה (hot/butter) with no place noun before either: ordinary words',
  },
  {
    text: 'העיר חמה מאוד בקיץ.\nבשוק נמכרת חמאה.\nהחמאה התייקרה.',
    reason: 'העיר חמה is "the city is hot"; חמאה stands where no name stands, so one slot is not enough',
  },
  {
    text: 'הוא הלך בעקבות אביו.\nהיא עקבה אחריו.\nהמשטרה עקבה אחר החשודים.',
    reason: 'עקבה as a verb, never after a place noun',
  },
  {
    text: "ההתנחלויות בגדה המערבית גדלו.\nהשר ביקר אתמול בגדה.\nהפסגה נערכה בג'דה.",
    reason: 'בגדה is ב + גדה (bank); a name that only adds a geresh (ג׳דה, Jeddah) does not make it a name',
  },
  {
    text: 'החוקרת סיפרה על הסופר.\nהסופר חתם על הספר.\nהחשבון היה ספור ומדויק.',
    reason: 'סופר/ספור: a ו on either side of a consonant is Hebrew, only a moved א is a transcription',
  },
  {
    text: 'גיא כהן נפגש עם השר.\nשגיא כהן אמר כי.\nגיא כהן הוסיף.',
    reason: 'a shared surname does not make שגיא a variant of anything: ש + גיא is the same stem',
  },
  {
    text: 'השופט עיין בתיק.\nהוא נפגע בעין.\nהשופט עיין שוב במסמכים.\nהרופא בדק את העין.',
    reason: 'עין/עיין without the article: a doubled י in three letters is Hebrew (eye / he perused)',
  },
  {
    text: "ראש המודיעין, חסן רשאד, נפגש עם המשלחת.\nמנהיג המפלגה, ראשד ע'נושי, נעצר.\nרשאד אמר כי.\nראשד סירב.",
    reason: 'ראשד/רשאד: the ā moved in four letters is the fāʿil/faʿāl pair of two names (Rashid/Rashad)',
  },
  {
    text: 'מזכ"ל חיזבאללה, נעים קאסם, נאם.\nחטיבות קסאם הודיעו על ירי.\nקאסם איים בתגובה.\nלוחמי קסאם ירו רקטות.',
    reason: 'קאסם/קסאם: Qasem and Qassam are two names (fāʿil/faʿāl), often in one article',
  },
  {
    text: '"אני אעבור על כל המסמכים", אמר השר.\nהכסף נועד עבור המשפחות.\nעבור התושבים זה קשה.\n"אעבור בבית", הוסיף.',
    reason: 'אעבור/עבור: a Hebrew first-person future beside its root, not a dropped hamza',
  },
  {
    text: "הצבא פינה את תושבי שייח' זוויד.\nהתיירים חזרו לשארם א-שייח'.\nבשייח' זוויד נהרסו בתים.\nמלונות בשארם א-שייח' מלאים.",
    reason:
      "שייח' first in one name (Sheikh Zuweid), א-שייח' last in another (Sharm el-Sheikh): one word of two names",
  },
  {
    text: 'נתניהו העניק לנשיא את הפרס כאות הוקרה על עמידתו הנחושה לצידה של ישראל.\nכבר נבחנת עמידותו של ההסכם שהוביל לשחרור החטופים.',
    reason:
      'עמידתו/עמידותו ("his standing" / "its durability"): two Hebrew nouns with a possessive, which the written list had lacked (real news)',
  },
  {
    text: 'תושבי הכפר התאחדו נגד הגזירה.\nבני המשפחה התייחדו עם זכר הנופלים.\nהתושבים התאחדו שוב בשבוע שעבר.',
    reason:
      'התאחדו/התייחדו ("united" / "communed"): two Hebrew verbs an א and a יי apart, which the written list had lacked (real news, wave 23)',
  },
  {
    text: 'התוכנית כוללת הכשרה מהירה.\nבהכשרת המורים חסרים שיעורים.\nההכשרה נמשכת שנה.',
    reason: 'הכשרה/הכשרת: an ordinary noun and its construct (the lexicon had missed it)',
  },
  {
    text: 'המטוסים תקפו בבקעת הלבנון.\nהבקעה הפכה ליעד.\nבבקעה מתגוררים רבים.',
    reason: 'בקעה/בקעת: an ordinary noun and its construct',
  },
  {
    text: 'מורי בית הספר שבתו.\nהמורה הגיע באיחור.\nמורי המדעים חסרים.\nהמורים הפגינו.',
    reason: 'מורי (teachers of), construct plural of the ה-final מורה: in the lexicon itself',
  },
  {
    text: 'חוזי העבודה נחתמו.\nהחוזה בוטל.\nחוזי השכירות עלו.',
    reason: 'חוזי (contracts of), construct plural of the ה-final חוזה',
  },
  {
    text: 'המשרד החל בהטמעה של התוכנית.\nהטמעת המערכת נמשכה שנה.\nבהטמעה השתתפו עשרות עובדים.\nהטמעת השינויים הושלמה.',
    reason:
      'הטמעה/הטמעת: a feminine noun the lexicon lacks, absolute and construct; ה/ת alone is Hebrew grammar',
  },
  {
    text: 'הקרן קיבלה תרומה גדולה.\nתרומת התושבים הגיעה למיליון.\nהתרומה הועברה לבית החולים.\nתרומת החברה נדחתה.',
    reason: 'תרומה/תרומת (donation): absolute and construct of an ordinary noun',
  },
  {
    text: 'המשרד הודיע על הנגשה של המבנים.\nהנגשת האתרים תושלם בקיץ.\nההנגשה עלתה מיליונים.',
    reason: 'הנגשה/הנגשת (accessibility works): absolute and construct',
  },
  {
    text: 'הנגיד ייצב את השוק.\nייצוב המטבע נמשך חודשים.\nהבנק פעל לייצוב המחירים.\nהממשלה ייצבה את התקציב.\nייצוב השקל הצליח.',
    reason: 'ייצב/ייצוב: a piel verb and its verbal noun the lexicon lacks, even after a title (הנגיד)',
  },
  {
    text: 'השופט קיבע את ההלכה.\nקיבוע המחירים נאסר.\nהחברות הואשמו בקיבוע מחירים.\nהוועדה קיבעה את המכסות.',
    reason: 'קיבע/קיבוע: piel verb and verbal noun',
  },
  {
    text: 'הדוח שיקף את המצב.\nשיקוף המידע לציבור חשוב.\nהנתונים שיקפו ירידה.\nשיקוף הנתונים נדרש.',
    reason: 'שיקף/שיקוף: piel verb and verbal noun',
  },
  {
    text: 'הממשלה תיקצבה את התוכנית.\nהאוצר סירב לתקצב את הפרויקט.\nתקצוב המשרד נדחה.\nהשר ביקש לתקצב מחדש.\nהאוצר תיקצב את הרשויות.',
    reason: 'תיקצב/לתקצב/תקצוב: past, infinitive and noun of one piel verb',
  },
  {
    text: 'המשטרה פשטה על הבית.\nבפשיטה נעצרו חשודים.\nהיחידה פשטה על המעבדה.\nהפשיטה נמשכה שעות.',
    reason: 'פשטה/פשיטה (raided/raid): a past and its qtila verbal noun, the lexicon lacking both',
  },
  {
    text: 'המחבל דקר שני עוברי אורח.\nהדקירה אירעה בתחנה.\nהמחבלת דקרה שוטר.\nבדקירה נפצעו שניים.\nהדקירה השנייה נמנעה.',
    reason: 'דקרה/דקירה (stabbed/stabbing): past and qtila noun',
  },
  {
    text: 'הפרופסור הרצה על המשבר.\nההרצאה נמשכה שעתיים.\nבהרצאה השתתפו מאות.\nהוא הרצה גם אשתקד.\nההרצאה הוקלטה.',
    reason:
      'הרצה/הרצאה (lectured/lecture): the verbal noun of a final-ה root writes an א, as a transcription would',
  },
  {
    text: 'הבנק הלווה לחברה מיליונים.\nההלוואה נפרעה.\nהלוואה נוספת אושרה.\nהמדינה הלוותה כסף.\nהבנק הלווה שוב.',
    reason: 'הלווה/הלוואה (lent/loan)',
  },
  {
    text: 'החוקר השווה את הנתונים.\nההשוואה מראה פער.\nבהשוואה לאשתקד חלה ירידה.\nהוא השווה בין המדינות.',
    reason: 'השווה/השוואה (compared/comparison)',
  },
  {
    text: 'האתר מנוטר כל הזמן.\nהמנטר הצבאי דיווח.\nהמערכת מנוטרת.\nהגבול מנוטר באמצעות מצלמות.\nהמנטר התריע.',
    reason: "מנוטר/מנטר (monitored/monitor): pu'al and piel participles",
  },
  {
    text: 'הגורם המסכסך פעל מאחורי הקלעים.\nהציבור מסוכסך עם עצמו.\nהוא מסכסך בין השכנים.\nהבית המסוכסך פורק.',
    reason: "מסוכסך/מסכסך: pu'al and piel participles",
  },
  {
    text: 'המערכת הוטמעה בכל המחוזות.\nהטמעה מלאה תושלם בקיץ.\nהתוכנית הוטמעה בהצלחה.\nההטמעה עלתה מיליונים.',
    reason: "הוטמעה/הטמעה: a hof'al past beside the hif'il noun (a ו after the first letter)",
  },
  {
    text: 'החברה הטמיעה את התוכנה.\nהטמעת המערכת נמשכה שנה.\nהעירייה הטמיעה נהלים.\nהטמעת הנהלים הושלמה.',
    reason: "הטמיעה/הטמעת: a hif'il past beside its noun in construct, sharing their object (נהלים)",
  },
  {
    text: 'הקרקע הופקעה לטובת הכביש.\nהפקעה נוספת נדחתה.\nהחלקה הופקעה.\nההפקעה עוררה מחאה.',
    reason: "הופקעה/הפקעה: hof'al past and hif'il noun",
  },
  {
    text: 'ארגון אל-חשד א-שעבי הודיע על גיוס.\nהחשוד נעצר בחשד לשחיתות.\nלפי החשד, הכסף הועבר לחו"ל.',
    reason:
      'בחשד = ב + חשד (suspicion) beside אל-חשד (al-Hashd): only the article differs, and the name never stands after ב',
  },
  {
    text: 'לפי הדו״ח של המבקר, המצב חמור.\nהמבקר פרסם דוח נוסף.\nבדו״ח נכתב כי יש ליקויים.\nעורך הדין דוד כהן ועו״ד שרה לוי ייצגו אותו.\nכהן אמר עוד כי יערער.',
    reason:
      'an ordinary word beside its acronym (דוח / דו״ח, עוד / עו״ד) with no name word beside both: words of their own (acronyms.ts)',
  },
  {
    text: 'מזכ״ל פת״ח חוסיין א־שייח׳ נבחר לתפקיד.\nנתניהו פתח את דבריו בהתנצלות.\nהכוח פתח באש לעבר החשודים.\nחברי הוועד פתח את הישיבה.\nהוא עמד בפתח הבית.',
    reason:
      'פתח ("opened", "opening") beside פת״ח: a word of the written list is Hebrew wherever no organisation’s head stands before it, and before a verb’s complement (פתח את, פתח באש) even where one does (acronym-cues.ts)',
  },
  {
    text: 'הנשיא הגיע לבירות המפרץ.\nבבירות אירופה התקיימו הפגנות.\nהפסגה נערכה בביירות.\nתושבי ביירות מחו.',
    reason:
      'בבירות = ב + בירות (capitals) beside ביירות: a י is Hebrew spelling, not a transcription, so no name is read into it',
  },
];

describe('name-variants: must flag', () => {
  for (const row of mustFlag.filter((r) => r.cluster.length > 0))
    it(`${row.cluster.join(' / ')} — ${row.reason}`, () => {
      expect(hasCluster(clusters(row.text), row.cluster)).toBe(true);
    });
  for (const row of sourceRows)
    it(`${row.cluster.join(' / ')} — ${row.reason}`, () => {
      expect(hasCluster(clusters(row.text, row.source), row.cluster)).toBe(true);
    });
});

describe('name-variants: must not flag', () => {
  for (const row of [...mustNotFlag, ...mustFlag.filter((r) => r.cluster.length === 0)])
    it(row.reason, () => {
      expect(clusters(row.text)).toEqual([]);
    });
});

describe('name-variants: findings', () => {
  it('fixes a word written two accepted ways toward the way the document uses most over all its forms', () => {
    // טוניס and תוניס are written once each, so a cluster of the two alone keeps the first used
    // (טוניס); the family's other forms write ת (תוניסיה three times). Before, the cluster fixed מתוניס
    // to מטוניס, against the family's way, and a fix of a word elsewhere could point back.
    const text = 'הכנס נערך בטוניס בירת תוניסיה.\nנשיא תוניסיה נאם.\nהמשלחת חזרה מתוניס לתוניסיה.';
    expect(fixes(text)).toEqual([['בטוניס', 'בתוניס']]);
  });

  it('fixes an inflected form of a word written two ways to the same form, never to another inflection', () => {
    // העירקיים ("the Iraqi", plural adjective) and העיראקים ("the Iraqis") are two forms of the dual
    // table's Iraq family. Read after one name (חיזבאללה), they made a cluster that fixed the noun to the
    // adjective, against the family's way; the family's pass fixes each form to its own form.
    const text =
      'מתיחות בין צבא עיראק לחיזבאללה העיראקי.\nמפקד בגדודי חיזבאללה העירקיים איים.\nהקלטה של גדודי חיזבאללה העיראקים הודלפה.\nצבא עיראק חוקר.';
    expect(fixes(text)).toEqual([['העירקיים', 'העיראקיים']]);
  });

  it('reports האסלאם / האיסלאם before the same adjective as one word written two ways, not as a name', () => {
    // The two spellings of Islam are the dual table's. Before them, the shared word after two definite
    // spellings (הקיצוני) was this row's point: their adjective, no evidence of a name
    // (shared-neighbours.ts). Either way no name-variant finding may come of it.
    const text =
      'המאבק באיסלאם הקיצוני נמשך.\nמומחים הזהירו מפני האסלאם הקיצוני באירופה.\nהאיסלאם הקיצוני מאיים על היציבות.\nהדוברת אמרה כי ההחלטה סופית.';
    const keys = checkDocument({ target: paragraphsFromText(text), source: [] })
      .filter((f) => f.check === 'name-variants')
      .map((f) => f.message.key);
    expect(keys).toEqual(['findings:spelling-way']);
  });

  it("leaves the starter table's established forms to the user's glossary when there is one", () => {
    const text = 'המורדים נכנסו לחאלב.\nהקרבות בחלב נמשכו שבוע.\nתושבי חלב נמלטו.';
    const glossary: Glossary = {
      entries: [
        { id: 'x', kind: 'place', source: ['Idlib'], terms: [{ text: 'אידליב', status: 'preferred' }] },
      ],
    };
    expect(clusters(text)).toEqual([['חלב', 'חאלב']]);
    expect(clusters(text, '', glossary)).toEqual([]);
    // Hebrew full spelling is no glossary's business: קרית beside קריית is reported with one too.
    const kiryat = 'רקטות נורו לעבר קריית שמונה.\nתושבי קרית שמונה ירדו למקלטים.';
    expect(clusters(kiryat, '', glossary)).toEqual([['קריית', 'קרית']]);
  });

  it('keeps the way an acronym is written more often: Hamas is a word to the press, not חמא״ס', () => {
    const text = 'ראש חמאס נאם.\nבכירי חמאס הגיעו לקהיר.\nדובר החמא"ס הגיב.\nמנהיג חמאס אמר כי.';
    expect(fixes(text)).toEqual([['החמא"ס', 'החמאס']]);
    // On a tie, or when the gershayim form is commoner, the gershayim form (דאע״ש).
    const isis = 'ארגון דאע"ש תקף את הכפר.\nלוחמי דאעש נסוגו מהעיר.';
    expect(fixes(isis)).toEqual([['דאעש', 'דאע״ש']]);
  });

  it('reports a name written with a detached article as two words, never its second word alone', () => {
    const text = 'הוא היה חבר אל קאעידה בצעירותו.\nארגון אל-קאעידה הודיע על כך.\nמנהיג אל-קאעידה נהרג.';
    // Alone, קאעידה would be "fixed" to אל־קאעידה after its אל: the article written twice.
    expect(fixes(text)).toEqual([['אל קאעידה', 'אל־קאעידה']]);
  });

  it('splits at a detached article even when the word after it reads as ordinary Hebrew', () => {
    // מנדב reads as מ + נדב; the pair אל מנדב is kept all the same, so the article is not written twice.
    const text = 'כוח באב אל־מנדב נשאר פתוח.\nמצר באב אל מנדב נשאר סגור.';
    expect(fixes(text)).toEqual([['אל מנדב', 'אל־מנדב']]);
  });

  it('replaces a detached article with the word after it when the fix carries its own article', () => {
    // ת׳אני / תאני differ by a geresh too, so this is a cluster, not a compound: the fix of תאני alone
    // would read אל אל־ת׳אני.
    const text =
      'האמיר תמים בן חמד אל־ת׳אני נפגש עם השר.\nלדברי תמים בן חמד אל תאני, השיחות נמשכות.\nהאמיר אל־ת׳אני הוסיף.';
    expect(fixes(text)).toEqual([['אל תאני', 'אל־ת׳אני']]);
    expect(clusters(text)).toEqual([['אל־ת׳אני', 'אל תאני']]);
  });

  it('replaces an article written apart (אל חותי, אל- חותי) with the word after it when the fix has one', () => {
    // Real news: עבד מאלכ אל- חותי beside אל חות׳י. The bare חותי alone was fixed to אל חות׳י, which
    // left אל- אל חות׳י.
    const text =
      'מנהיג החות׳ים עבד מאלכ אל חות׳י נאם.\nעבד מאלכ אל חות׳י איים על הספינות.\nלדברי עבד מאלכ אל- חותי, המתקפה תימשך.';
    expect(fixes(text)).toEqual([['אל- חותי', 'אל חות׳י']]);
    expect(clusters(text)).toEqual([['אל חות׳י', 'אל חותי']]);
    // The same with the article apart and no mark: the fix of the bare word alone read אל אל חות׳י.
    expect(fixes(text.replace('אל- חותי', 'אל חותי'))).toEqual([['אל חותי', 'אל חות׳י']]);
  });

  it('reads an Abd al- name fused (עבדול נאצר, עבדוררחמן) and apart (עבד אל נאצר) as one name written two ways', () => {
    // Real news: Gamal Abdel Nasser, Abdel Fattah al-Burhan, an alias Abdurrahman. The clusters saw only
    // נאצר beside אל־נאצר, and fixed עבדל פתאח to עבדל אל־פתאח.
    const nasser =
      'הנשיא גמאל עבד אל נאצר נאם אמש.\nעבד אל נאצר הלאים את התעלה.\nמותו של גמאל עבדול נאצר הפתיע.';
    expect(fixes(nasser)).toEqual([['עבדול נאצר', 'עבד אל נאצר']]);
    const burhan =
      'הגנרל עבדל פתאח אל-בורהאן הודיע.\nעבד אל-פתאח אל-בורהאן נפגש עם השר.\nלדברי עבד אל-פתאח אל-בורהאן, המלחמה תימשך.';
    expect(fixes(burhan)).toEqual([['עבדל פתאח', 'עבד אל־פתאח']]);
    const alias = 'הכינוי עבדוררחמן אל-אזרי נודע.\nעבד א-רחמן אל-אזרי נעצר.\nעבד א-רחמן אל-אזרי הודה.';
    expect(fixes(alias)).toEqual([['עבדוררחמן', 'עבד א־רחמן']]);
    // The fused article joined to the rest by a maqaf (AbdelJaber).
    const jaber =
      'סאמר עבדל-ג׳אבר, ראש תיאום החירום, אמר.\nלדברי עבד אל-ג׳אבר, המצב קשה.\nעבד אל-ג׳אבר הוסיף.';
    expect(fixes(jaber)).toEqual([['עבדל-ג׳אבר', 'עבד אל־ג׳אבר']]);
    // Written fused more often, the fused way is kept, and a prefix stays on its word.
    expect(fixes('עבדול נאצר נאם.\nעבדול נאצר הלאים.\nהשיחה ועבד אל נאצר.')).toEqual([
      ['ועבד אל נאצר', 'ועבדול נאצר'],
    ]);
    // Apart only, however the article stands, is no Abd al- mix (how the article stands is compounds.ts's).
    expect(fixes('עבד אל נאצר נאם.\nעבד אל נאצר הלאים.')).toEqual([]);
  });

  it('swaps the Hebrew article for the Arabic one in a fix, never writing both or neither', () => {
    // Real news (the Islamic Movement's council): מועצת השורא beside מועצת אל־שורא. The fixes read
    // האל־שורא and מועצת שורא, a construct with no article at all.
    const hebrewMore =
      'מועצת השורא התכנסה אתמול.\nחברי מועצת אל־שורא הצביעו.\nמועצת השורא של התנועה החליטה.\nהגיעו לאל־שורא נציגים.';
    expect(fixes(hebrewMore)).toEqual([
      ['אל־שורא', 'השורא'],
      ['לאל־שורא', 'לשורא'],
    ]);
    const arabicMore =
      'מועצת השורא התכנסה אתמול.\nחברי מועצת אל־שורא הצביעו.\nמועצת אל־שורא של התנועה החליטה.';
    expect(fixes(arabicMore)).toEqual([['השורא', 'אל־שורא']]);
    // After a first name the name stands bare in Hebrew (מוחמד מנפי), as it is fixed.
    const afterFirstName =
      'מוחמד אל־מנפי קרא להפסקת אש.\nהמנפי הוסיף כי יזמין את הצדדים.\nדובר המנפי אמר כי.';
    expect(fixes(afterFirstName)).toEqual([['אל־מנפי', 'מנפי']]);
    // After a comma the name starts a phrase of its own: no noun before it needs the article.
    expect(fixes(hebrewMore.replace('חברי מועצת אל־שורא', 'לדברי הרשות, אל־שורא'))[0]).toEqual([
      'אל־שורא',
      'שורא',
    ]);
  });

  it("keeps a people's adjective plural after things to the Academy's -יים (הכוחות הכורדים / הכורדיים)", () => {
    // After כוחות, a thing, the Academy writes only -יים, however often -ים is written there.
    const text =
      'הכוחות הכורדים נסוגו מהעיר.\nהכוחות הכורדים הודיעו על הפסקת אש.\nהכוחות הכורדיים תקפו בלילה.\nאלפי כורדים ברחו.';
    expect(fixes(text)).toEqual([
      ['הכורדים', 'הכורדיים'],
      ['הכורדים', 'הכורדיים'],
    ]);
    // On a tie after nouns in -ים, the Academy's adjective form in -יים is kept.
    expect(fixes('גורמים עיראקים אמרו כי השיחות נמשכות.\nגורמים עיראקיים הכחישו.')).toEqual([
      ['עיראקים', 'עיראקיים'],
    ]);
  });

  it("keeps a people's adjective plural to one spelling after different nouns of one ending, the article on or off", () => {
    // Real news (Turkey and the Kurds): מורדים כורדיים twice beside פעילים כורדים in one story.
    const text =
      'ארגוני מורדים כורדיים הודיעו על נקמה.\nמורדים כורדיים פוצצו מכונית.\nנהרגו ארבעה פעילים כורדים.';
    expect(fixes(text)).toEqual([['כורדים', 'כורדיים']]);
    // With the article on one and off the other: one adjective after a definite and an indefinite noun.
    const mixed = 'כפרים כורדיים הופצצו.\nהלוחמים הכורדים נסוגו.\nמורדים כורדיים נעצרו.';
    expect(fixes(mixed)).toEqual([['הכורדים', 'הכורדיים']]);
    // The cluster lists its spellings without the article, as every cluster lists them without prefixes.
    expect(clusters(mixed)).toEqual([['כורדיים', 'כורדים']]);
  });

  it("reports a people's adjective after things and after people each by its own rule, so mending one raises no other", () => {
    // Real news (Arab towns): הכפרים הערבים (a thing) beside היישובים הערביים, and among people הערבים
    // five times beside חברי הכנסת הערביים once. After things the Academy's -יים; after people the
    // way written more often. The two fixes point opposite ways in different places; neither hides the
    // other, so applying one leaves the other as it was.
    const text = [
      'ברוב היישובים הערביים הפשיעה נמוכה.',
      'היישובים הערביים אינם מקבלים תקציב.',
      'בכל הערים והכפרים הערבים ברחבי הארץ.',
      'רמת הפשיעה בקרב התושבים הערבים עלתה.',
      'שיעור המורשעים הערבים גבוה.',
      'המבוגרים הערבים המורשעים רבים.',
      'המנהיגים הערבים נפגשו.',
      'כוחם של חברי הכנסת הערביים בכנסת.',
    ].join('\n');
    expect(fixes(text)).toEqual([
      ['הערבים', 'הערביים'],
      ['הערביים', 'הערבים'],
    ]);
    const mended = text.replace('והכפרים הערבים', 'והכפרים הערביים');
    expect(fixes(mended)).toEqual([['הערביים', 'הערבים']]);
  });

  it("mends a people's adjective in -ים after a thing where the document writes it -יים after another noun", () => {
    // Real news (Afghanistan): בסיוע הכוחות הרוסים beside הצארים הרוסיים and שירותי הביטחון הרוסיים.
    const text =
      'המורדים נלחמו בסיוע הכוחות הרוסים.\nהצארים הרוסיים שלטו באזור.\nשירותי הביטחון הרוסיים מסרו כי הסתיים.';
    expect(fixes(text)).toEqual([['הרוסים', 'הרוסיים']]);
    const keys = checkDocument({ target: paragraphsFromText(text), source: [] }).map((f) => f.message.key);
    expect(keys).toEqual(['findings:adjective-of-things']);
    // A thing in -ים (כפרים) beside people (לוחמים): -יים after the thing, whatever people take.
    expect(fixes('הצבא נכנס לכפרים דרוזים.\nלוחמים דרוזיים נהרגו.\nהעדה הדרוזית.')).toEqual([
      ['דרוזים', 'דרוזיים'],
    ]);
    // After another adjective, the noun before both (the Syrian Democratic Forces written both ways).
    const sdf =
      'הכוחות הסוריים הדמוקרטיים תקפו.\nהכוחות הסורים הדמוקרטים נסוגו.\nהכוחות הסוריים הדמוקרטיים שלטו.';
    expect(fixes(sdf)).toEqual([
      ['הסורים', 'הסוריים'],
      ['הדמוקרטים', 'הדמוקרטיים'],
    ]);
    // The head of a construct chain is the noun the adjective agrees with (כוחות הביטחון הסורים).
    expect(fixes('כוחות הביטחון הסורים נסוגו.\nחיילים סוריים נהרגו בקרב.')).toEqual([['הסורים', 'הסוריים']]);
  });

  it("mends a word wrong two ways at once: the accepted way and the thing's plural (לכוחות האמריקנים)", () => {
    // האמריקנים after כוחות is both the minority way (אמריקאי is written more) and the people's form
    // after a thing. Fixed to האמריקאים only, it then asked for האמריקאיים: one fix writes both.
    const text =
      'הכוחות האמריקאיים נכנסו לעיר.\nמפקד הכוחות האמריקאיים אמר כי יישארו.\nהוא הוסיף כי לכוחות האמריקנים אין כוונה לסגת.';
    expect(fixes(text)).toEqual([['האמריקנים', 'האמריקאיים']]);
    const fixed = text.replace('האמריקנים', 'האמריקאיים');
    expect(fixes(fixed)).toEqual([]);
    // After people the Academy accepts -ים: only the way is mended (מפקדים אמריקנים → אמריקאים).
    const people =
      'הכוחות האמריקאיים נכנסו לעיר.\nמפקד הכוחות האמריקאיים אמר כי יישארו.\nהוא הוסיף כי חיילים אמריקנים נפצעו.';
    expect(fixes(people)).toEqual([['אמריקנים', 'אמריקאים']]);
  });

  it("compares a people's adjective the word list lacks when the document writes its singular (הדרוזית)", () => {
    // Real news (the Druze of Syria): כפרים דרוזים beside בכפרים הדרוזיים; דרוזי is in no word list.
    const text =
      'הצבא נכנס לכפרים דרוזים בדרום.\nבכפרים הדרוזיים שורר שקט.\nהעדה הדרוזית קראה להפסקת אש.\nמעוזים דרוזיים הופצצו.';
    expect(fixes(text)).toEqual([['דרוזים', 'דרוזיים']]);
  });

  it('reads a bare acronym that is a Hebrew word as the organisation after its heads (מזכ״ל פתח beside פת״ח)', () => {
    // Real news (the PA in 2025): מזכ״ל פתח חוסיין א־שייח׳ beside תנועת פת״ח in one report.
    const text =
      'תנועת פת״ח הודיעה על מינויו.\nבכירי פת״ח נפגשו ברמאללה.\nמזכ״ל פתח חוסיין א־שייח׳ אמר כי יפעל לפיוס.\nהכוח פתח באש לעבר החשודים.\nעשרות פעילי פתח נעצרו.';
    expect(fixes(text)).toEqual([
      ['פתח', 'פת״ח'],
      ['פתח', 'פת״ח'],
    ]);
  });

  it('meets a compass point before a place written with a maqaf and with a space (צפון־אפריקה / צפון אפריקה)', () => {
    // Real news (Sudan): צפון־דארפור twice beside צפון דארפור once; two compass points stay grammar.
    const text =
      'הלחימה בצפון־דארפור נמשכת.\nמחנות העקורים בצפון־דארפור הותקפו.\nהמושל של צפון דארפור ברח.\nהכוחות נעו לצפון־מזרח העיר ולצפון מזרח המחוז.';
    expect(fixes(text)).toEqual([['צפון דארפור', 'צפון־דארפור']]);
  });

  it('meets a compound written with a maqaf and, after a prefix, with a space (ניו־יורק / בניו יורק)', () => {
    // Real news: one article wrote "ניו-יורק טיימס", another "בניו יורק טיימס"; no one wrote ניו alone.
    const tie = 'לפי דיווח בניו יורק טיימס, השיחות נמשכו.\nכתב ניו־יורק טיימס אמר כי ההסכם קרוב.';
    expect(fixes(tie)).toEqual([['ניו־יורק', 'ניו יורק']]);
    // The maqaf form written more often, with and without a prefix: the spaced one takes it, prefix kept.
    const joined =
      'הוא גר בניו יורק.\nניו־יורק היא עיר גדולה.\nבניו־יורק יש רכבת תחתית.\nמניו־יורק טסו לבוסטון.';
    expect(fixes(joined)).toEqual([['בניו יורק', 'בניו־יורק']]);
  });

  it('meets a compound whose maqaf form and spaced form carry different prefixes (שקריית־גת / בקריית גת)', () => {
    // Real news (Globes, Intel in Kiryat Gat): קריית never stood alone, only after ב and ש.
    const text =
      'הפעילות של אינטל בקריית גת הועילה.\nהתבדו התקוות שקריית-גת תהיה עמק הסיליקון.\nהזכאים לבגרות בקריית גת מעטים.';
    expect(fixes(text)).toEqual([['שקריית-גת', 'שקריית גת']]);
    // A first part that is a word with its first letter on (כמו "like", בתי "houses of") is no prefix
    // and a stem, even when the stem follows another prefix somewhere (שמו, לתי).
    const grammar =
      'כמו־כן נמסר כי השיחות נמשכו.\nשמו כן נודע לכולם.\nבתי־כנסת רבים נפגעו.\nהוא הלך לתי כנסת.';
    expect(fixes(grammar)).toEqual([]);
  });

  it('reads a detached article with a prefix on it as the article (באל ג׳זירה), keeping the prefix', () => {
    const text = 'לערוץ אל־ג׳זירה נמסר כי יש הרוגים.\nבאל ג׳זירה דווח כי נערכו חיפושים.\nמנהל אל־ג׳זירה אמר.';
    expect(fixes(text)).toEqual([['באל ג׳זירה', 'באל־ג׳זירה']]);
  });

  it('fixes an article written whole apart (אל סיסי) to whichever maqaf form the document writes more, when it writes both', () => {
    const full = 'הנשיא א-סיסי נאם.\nלדברי אל-סיסי, מצרים תגיב.\nאל-סיסי הוסיף.\nבכיר אמר כי אל סיסי יגיע.';
    expect(fixes(full)).toEqual([['אל סיסי', 'אל־סיסי']]);
    const assimilated =
      'הנשיא א-סיסי נאם.\nלדברי א-סיסי, מצרים תגיב.\nאל-סיסי הוסיף.\nבכיר אמר כי אל סיסי יגיע.';
    expect(fixes(assimilated)).toEqual([['אל סיסי', 'א־סיסי']]);
  });

  it('pairs a joined name seen only after a prefix with its spaced form, keeping the prefix', () => {
    const text =
      'גדודי עז א-דין אל-קסאם הודיעו.\nלוחמי עז א-דין אל-קסאם פעלו.\nחמושים מעז-א-דין אל-קסאם חטפו.';
    expect(fixes(text)).toEqual([['מעז-א-דין', 'מעז א־דין']]);
  });

  it('flags every minority spelling with the majority as the fix, keeping the prefix', () => {
    const text = 'העיירה רסטן נכבשה.\nתושבי רסטן ברחו.\nהגשר בראסטן נהרס.\nולראסטן הגיעו כוחות.';
    const doc = { target: paragraphsFromText(text), source: [] };
    const findings = checkDocument(doc).filter((f) => f.check === 'name-variants');
    expect(findings.map((f) => [f.text, f.suggestions[0]?.replacement])).toEqual([
      ['בראסטן', 'ברסטן'],
      ['ולראסטן', 'ולרסטן'],
    ]);
    expect(findings.every((f) => f.severity === 'warning' && f.variants?.join() === 'רסטן,ראסטן')).toBe(true);
    expect(new Set(findings.map((f) => f.clusterId)).size).toBe(1);
  });

  it('prefers the glossary spelling over the majority', () => {
    const glossary: Glossary = {
      entries: [
        {
          id: 'rastan',
          kind: 'place',
          source: ['Rastan'],
          terms: [
            { text: 'ראסטן', status: 'preferred' },
            { text: 'רסטן', status: 'deprecated' },
          ],
        },
      ],
    };
    const text = 'העיירה רסטן נכבשה.\nתושבי רסטן ברחו.\nהגשר בראסטן נהרס.';
    const findings = checkDocument({ target: paragraphsFromText(text), source: [] }, glossary).filter(
      (f) => f.check === 'name-variants',
    );
    expect(findings.map((f) => [f.text, f.suggestions[0]?.replacement])).toEqual([
      ['רסטן', 'ראסטן'],
      ['רסטן', 'ראסטן'],
    ]);
  });
});

describe('name-variants: a number in Hebrew letters', () => {
  it('reports a year written without its gershayim under typography, with the gershayim form as the fix', () => {
    const findings = checkDocument({
      target: paragraphsFromText(
        'הבית נבנה בתרנג (1893) ונהרס.\nבשנת תרנ"ג נבנה בית הכנסת.\nבתרנג עצמה נפתח.',
      ),
      source: [],
    }).filter((f) => f.message.key === 'findings:typography-numeral-gershayim');
    expect(findings.map((f) => [f.check, f.text, f.suggestions[0]?.replacement])).toEqual([
      ['typography', 'בתרנג', 'בתרנ״ג'],
      ['typography', 'בתרנג', 'בתרנ״ג'],
    ]);
  });
});

describe('name-variants: a country and its adjective', () => {
  it('keeps the feminine adjective out of the cluster of the country’s spellings (its fix would write the country)', () => {
    const text =
      'ממשלת אריתריאה הודיעה.\nנשיא אריתריאה נאם.\nהגבול עם אריתריאה נסגר.\nהצבא נכנס לאריתראיה.\nהממשלה האריתריאית הגיבה.';
    expect(clusters(text)).toEqual([['אריתריאה', 'אריתראיה']]);
  });
});

describe('name-variants and word-forms', () => {
  const checksOf = (text: string) =>
    checkDocument({ target: paragraphsFromText(text), source: [] })
      .filter(isSpellingCluster)
      .map((f) => `${f.check} ${f.text}`);

  it.each([
    [
      'שגריר ארה"ב נפגש עם שר החוץ המרוקאי.\nהמלך המרוקני קיבל את המשלחת.\nהעיתונות המרוקאית דיווחה על כך.',
      ['word-forms המרוקני'],
      'a gentilic’s ending written -ני and -אי: the word’s form, not the name’s letters',
    ],
    [
      'הכוחות הכורדים נסוגו מהעיר.\nהכוחות הכורדיים תקפו בלילה.\nהכוחות הכורדיים התקדמו.',
      ['word-forms הכורדים'],
      'a people’s adjective in the people’s plural after a thing (the Academy): grammar',
    ],
    [
      'נשיא טורקיה הגיע לביקור.\nהשגריר התורכי נפגש עם השר.\nהממשלה הטורקית הודיעה כי טורקיה תסייע.',
      ['name-variants התורכי'],
      'ט/ת and ק/כ inside the name: the name’s spelling',
    ],
    [
      'פלסטינים רבים הפגינו.\nהפלסטינאים דרשו עצמאות.\nהמנהיגים הפלסטינים נפגשו.',
      ['word-forms הפלסטינאים'],
      'the gentilic -י or -אי after the name’s own נ',
    ],
    [
      'ספר הזיכרונות יצא לאור.\nבזכרונות שכתב תיאר את המלחמה.\nהזיכרונות שלו נמכרו היטב.',
      ['word-forms בזכרונות'],
      'a Hebrew word written in full and defective spelling, both accepted (dual-spellings.ts): a word’s form, no name',
    ],
    [
      'המוזיקה המזרחית נשמעה בכל מקום.\nהוא למד מוסיקה בקהיר.\nהמוזיקה שלו אהובה.',
      ['name-variants מוסיקה'],
      'a loanword written two accepted ways: a foreign word in Hebrew letters, checked as names are',
    ],
    [
      'המשא ומתן נמשך שבועות.\nהמשא־ומתן נתקע.\nבמשא ומתן השתתפו שני הצדדים.',
      ['word-forms המשא־ומתן'],
      'a dictionary compound written with a maqaf and with a space: the word’s form, no name',
    ],
    [
      'העם האלג׳ירי נלחם על עצמאותו.\nהצבא האלג׳יראי נסוג מהגבול.\nהנשיא האלג׳ירי נאם בבירה.',
      ['word-forms האלג׳יראי'],
      'a gentilic no built-in list knows, its ending written -י and -אי: the word’s form, found by its shape (real news)',
    ],
    [
      'האלג׳ירים יצאו לרחובות.\nהאלג׳יראים דרשו עצמאות.\nהכוחות האלג׳יריים נסוגו.\nהאלג׳ירים חגגו.',
      ['word-forms האלג׳יראים', 'word-forms האלג׳יריים'],
      'its plurals too, the people’s -ים beside the adjective’s -יים read as one singular (real news)',
    ],
    [
      'המאה התשע עשרה הביאה שינויים.\nבמאה התשע־עשרה נבנו בתי ספר.\nסוף המאה התשע עשרה היה סוער.',
      ['word-forms התשע־עשרה'],
      'a teen number with the article on its first word: a compound’s form (real news)',
    ],
    [
      'תושבי בת ים יצאו להפגין.\nראש עיריית בת־ים אמר כי המצב קשה.\nבחוף בת ים נמצאה גופה.',
      ['name-variants בת־ים'],
      'a town named with ordinary words, written both ways: the name’s spelling',
    ],
  ])('%s → %j (%s)', (text, expected) => {
    expect(checksOf(text)).toEqual(expected);
  });
});
