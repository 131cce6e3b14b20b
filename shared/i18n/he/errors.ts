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
  'bad-request': 'האפליקציה שלחה בקשה שהשירות אינו מקבל.',
  'unknown-call': 'האפליקציה ביקשה פעולה שאינה קיימת.',
  'internal-error': 'משהו השתבש בתוך נוסח. המסמך שלכם לא השתנה; נסו שוב.',
  'host-unreachable': 'נוסח אינה מצליחה להגיע לשירות שלה. האם שרת הרשת עדיין פועל?',
  unauthorized: 'הדף נפתח בלי אסימון הגישה הנכון. פתחו את הכתובת ששרת הרשת הדפיס.',
  'file-not-found': 'הקובץ אינו קיים.',
  'file-permission-denied': 'אין לכם הרשאה להשתמש בקובץ הזה.',
  'not-a-file': 'זו תיקייה או התקן, לא קובץ.',
  'not-a-directory': 'זה קובץ, לא תיקייה.',
  'file-too-large': 'הקובץ גדול מדי (המגבלה היא {{megabytes}} MB).',
  'docx-unreadable': 'קובץ ה־DOCX פגום או שאינו מסמך Word.',
  'disk-full': 'הדיסק מלא. שום דבר לא נדרס; פנו מקום ושמרו שוב.',
  'path-outside-workspace': 'אפשר להשתמש רק בקבצים שבתוך תיקיית העבודה.',
  'path-not-granted': 'בחרו קודם את הקובץ דרך קובץ › פתיחה.',
  'picker-unavailable': 'רשימת הקבצים שבתוך האפליקציה זמינה רק בגרסת הרשת.',
  'native-dialog-unavailable': 'חלונות בחירת קבצים זמינים רק באפליקציה השולחנית.',
};

export default errors;
