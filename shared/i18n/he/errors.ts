// UI text, namespace "errors", language "he". Keys must match the other language (i18n test).
const errors: Record<string, string> = {
  'text-binary': 'הקובץ נראה כמו נתונים בינאריים ולא כטקסט פשוט.',
  'text-unknown-encoding':
    'הקובץ אינו טקסט בקידוד UTF-8,‏ UTF-16 או Windows-1255 (עברית); שמרו אותו כ־UTF-8 ונסו שוב.',
  'cli-usage':
    'שימוש: npm run --silent check -- TARGET [--source SOURCE] [--glossary FILE] [--format json|text]',
  'cli-unknown-option': 'אפשרות לא מוכרת: {{option}}.',
  'cli-missing-value': 'האפשרות {{option}} דורשת ערך.',
  'cli-bad-format': 'הערך של ‎--format‎ חייב להיות json או text, ולא "{{value}}".',
  'cli-extra-argument': 'אפשר לתת קובץ TARGET אחד בלבד; ארגומנט לא צפוי: "{{argument}}".',
  'cli-file-unreadable': 'לא ניתן לקרוא את {{file}}: {{reason}}',
  'cli-file-undecodable': '{{file}}: {{reason}}',
  'cli-glossary-type': 'מילון מונחים חייב להיות קובץ ‎.tbx‎ או ‎.csv‎: {{file}}',
  'cli-glossary-invalid': 'לא ניתן להשתמש במילון המונחים {{file}}: {{reason}}',
  'glossary-too-large': 'קובץ המונחים גדול מ־{{limitMb}} MB; דבר לא יובא.',
  'glossary-xml-malformed': 'הקובץ אינו XML תקין (שורה {{line}}, עמודה {{column}}): {{reason}} דבר לא יובא.',
  'glossary-xml-unsafe': 'הקובץ נדחה בגלל הגדרות הישויות שבו ({{reason}}). דבר לא יובא.',
  'glossary-tbx-not-tbx':
    'קובץ ה־XML הזה אינו מילון מונחים בפורמט TBX (רכיב השורש שלו הוא <{{root}}>, לא <tbx> או <martif>).',
  'glossary-tbx-no-id': 'לערך לא היה מזהה; הוא יובא עם מזהה חדש.',
  'glossary-unknown-kind': 'סוג לא מוכר "{{value}}"; הערך יובא כמונח.',
  'glossary-tbx-language-skipped': 'מונחים בשפה "{{language}}" דולגו (נשמרות רק אנגלית ועברית).',
  'glossary-unknown-status': 'מעמד לא מוכר "{{value}}"; המונח יובא כמותר.',
  'glossary-entry-no-hebrew': 'לערך אין מונח בעברית, ולכן הוא לא יובא.',
  'glossary-duplicate-id': 'ערך אחר עם אותו מזהה הופיע קודם בקובץ; הערך הזה לא יובא.',
  'glossary-csv-empty': 'קובץ ה־CSV ריק; דבר לא יובא.',
  'glossary-csv-no-header':
    'השורה הראשונה חייבת לתת שמות לעמודות ({{expected}}), עם "english" או "id" ולפחות אחת מ־preferred,‏ admitted,‏ deprecated. דבר לא יובא.',
  'glossary-csv-unknown-column': 'העמודה "{{column}}" אינה חלק ממבנה המילון והמערכת התעלמה ממנה.',
  'glossary-csv-ragged-row':
    'בשורה הזו יש {{found}} תאים, ואילו בשורת הכותרת יש {{expected}}; תאים חסרים נקראו כריקים ותאים עודפים לא נקראו.',
  'glossary-csv-quotes': 'מירכאה בשורה הזו לא נסגרה או שאינה במקומה; בדקו את השורה אחרי הייבוא.',
  'glossary-file-type': 'קובץ מילון מונחים חייב להסתיים ב־‎.tbx‎ או ב־‎.csv‎.',
  'glossary-open-tbx-only': 'אפשר לפתוח כמילון מונחים רק קובצי TBX; קובץ CSV יש לייבא לתוך מילון.',
  'glossary-personal-close': 'אי אפשר לסגור את המילון האישי.',
  'glossary-not-open': 'המילון הזה כבר אינו פתוח.',
  'glossary-file-gone':
    'תוכנה אחרת מחקה, העבירה או חסמה את {{file}}. הרשומות שלכם נשמרו כאן; שמרו כדי לכתוב אותן בחזרה.',
  'bad-request': 'האפליקציה שלחה בקשה שהשירות אינו מקבל.',
  'unknown-call': 'האפליקציה ביקשה פעולה שאינה קיימת.',
  'internal-error': 'משהו השתבש בתוך נוסח. המסמך שלכם לא השתנה; נסו שוב.',
  'host-unreachable': 'נוסח אינה מצליחה להגיע לשירות שלה. האם שרת הרשת עדיין פועל?',
  unauthorized: 'הדף נפתח בלי אסימון הגישה הנכון. פתחו את הכתובת ששרת הרשת הדפיס.',
  'file-not-found': 'הקובץ אינו קיים.',
  'file-permission-denied': 'אין לכם הרשאה להשתמש בקובץ הזה.',
  'not-a-file': 'זו תיקייה או התקן, לא קובץ.',
  'glossary-export-empty': 'במילון המונחים אין ערכים, וקובץ TBX מכיל ערך אחד לפחות: דבר לא נכתב.',
  'not-a-directory': 'זה קובץ, לא תיקייה.',
  'file-too-large': 'הקובץ גדול מדי (המגבלה היא {{megabytes}} MB).',
  'docx-unreadable': 'קובץ ה־DOCX פגום או שאינו מסמך Word.',
  'docx-too-large-unpacked': 'קובץ ה־DOCX נפרס ליותר מ־{{megabytes}} MB, הרבה יותר מכל מסמך; הוא לא נפתח.',
  'disk-full': 'הדיסק מלא. שום דבר לא נדרס; פנו מקום ושמרו שוב.',
  'path-outside-workspace': 'אפשר להשתמש רק בקבצים שבתוך תיקיית העבודה.',
  'path-not-granted': 'בחרו קודם את הקובץ דרך קובץ › פתיחה.',
  'picker-unavailable': 'רשימת הקבצים שבתוך האפליקציה זמינה רק בגרסת הרשת.',
  'native-dialog-unavailable': 'חלונות בחירת קבצים זמינים רק באפליקציה השולחנית.',
  'untrusted-sender': 'הבקשה לא הגיעה מחלון נוסח ולכן נדחתה.',
  'request-too-large': 'הבקשה גדולה מדי.',
  'export-usage':
    'שימוש: npm run --silent export -- --original ORIGINAL.txt --target CURRENT.txt [--source SOURCE.txt] --out FILE (‏FILE מסתיים ב־‎.txt, .docx, .xliff, .tmx, .html‏ או ‎.csv‏)',
  'export-repeated-option': 'האפשרות {{option}} ניתנה פעמיים.',
  'export-unknown-extension':
    'לא ניתן לקבוע את תבנית הייצוא מתוך "{{file}}": סיומת הקובץ צריכה להיות ‎.txt, .docx, .xliff, .tmx, .html‏ או ‎.csv‏.',
  'export-needs-source': 'ייצוא ‎.{{format}}‏ הוא דו־לשוני: יש לתת את המקור האנגלי עם ‎--source SOURCE.txt‏.',
  'export-overwrites-input': 'קובץ הפלט הוא קובץ הקלט {{file}}; יש לבחור ‎--out‏ אחר כדי ששום דבר לא יאבד.',
  'export-paragraph-mismatch':
    'ב־{{first}} יש {{firstCount}} פסקאות אך ב־{{second}} יש {{secondCount}}; הקבצים צריכים להתאים פסקה מול פסקה.',
  'export-unwritable': 'לא ניתן לכתוב את {{file}}: {{reason}}',
  'project-not-json': 'הקובץ אינו פרויקט נוסח: הוא אינו JSON תקין.',
  'project-not-nusach': 'קובץ ה־JSON הזה אינו פרויקט נוסח.',
  'project-too-new':
    'הפרויקט נשמר בגרסה חדשה יותר של נוסח (גרסת קובץ {{version}}); יש לעדכן את נוסח כדי לפתוח אותו.',
  'project-invalid': 'פרויקט הנוסח הזה פגום ולא ניתן לפתוח אותו ({{reason}}).',
};

export default errors;
