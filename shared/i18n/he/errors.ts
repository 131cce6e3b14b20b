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
};

export default errors;
