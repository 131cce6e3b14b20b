// UI text, namespace "findings", language "he". Keys must match the other language (i18n test).
const findings: Record<string, string> = {
  'name-variant':
    '„{{found}}” נכתב במקומות אחרים במסמך „{{preferred}}” ({{count}} פעמים); {{spellings}} כתיבים של אותו שם.',
  'spelling-way':
    '„{{found}}”: במסמך זה המילה נכתבת לרוב בכתיב האחר, כמו „{{preferred}}” ({{count}} פעמים בכתיב זה); כדאי לבחור כתיב אחד.',
  'adjective-of-things':
    '„{{found}}” מתאר כאן דבר ולא בני אדם, ואחרי שם עצם כזה צורת הרבים של התואר היא „{{preferred}}”, כפי שהמסמך כותב במקומות אחרים ({{count}} פעמים).',
  'typing-slip': '„{{found}}” נראה כטעות הקלדה של „{{preferred}}”, שנכתב כך במסמך {{count}} פעמים.',
  'typography-glued-words': 'שתי מילים צמודות: „{{first}}” ו„{{second}}”.',
  'typography-typed-gershayim': 'גרשיים הוקלדו כ־{{typed}}; הסימן העברי הוא {{mark}}.',
  'typography-typed-geresh': 'גרש הוקלד כ־{{typed}}; הסימן העברי הוא {{mark}}.',
  'typography-typed-maqaf': 'מקף הוקלד כמינוס ({{typed}}); הסימן העברי הוא {{mark}}.',
  'typography-mixed-gershayim': 'במסמך זה גרשיים נכתבים גם כ־{{mark}} וגם כ־{{typed}}; כדאי לבחור סגנון אחד.',
  'typography-mixed-geresh': 'במסמך זה גרש נכתב גם כ־{{mark}} וגם כ־{{typed}}; כדאי לבחור סגנון אחד.',
  'typography-mixed-maqaf': 'במסמך זה מקף נכתב גם כ־{{mark}} וגם כמינוס ({{typed}}); כדאי לבחור סגנון אחד.',
  'typography-double-space': 'שני רווחים או יותר ברצף.',
  'typography-repeated-word': 'המילה „{{word}}” מוקלדת פעמיים ברצף.',
  'typography-numeral-gershayim': 'המספר העברי „{{found}}” נכתב בלי גרשיים; במסמך נכתב גם „{{preferred}}”.',
  'typography-detached-prefix': 'אות השימוש „{{letter}}” מוקלדת בנפרד מהמילה „{{word}}”.',
  'typography-unbalanced-bracket': 'לסוגר {{mark}} אין סוגר {{pair}} תואם בפסקה זו.',
  'typography-unbalanced-quote': 'למירכאה {{mark}} אין בת זוג בפסקה זו.',
  'typography-bidi-mark':
    'סימן כיווניות בלתי נראה ({{names}}); הסירו אותו, אלא אם הוא נועד לתקן את תצוגת הטקסט המעורב.',
  'typography-bidi-control':
    'תו בקרת כיווניות בלתי נראה ({{names}}) שעלול לשנות את סדר התצוגה לקורא; הסירו אותו.',
  'typography-latin-phrase': 'טקסט באנגלית שלא תורגם: "{{text}}".',
  'typography-latin-name': 'שם באנגלית שנשאר באותיות לטיניות: "{{text}}".',
  'typography-latin-word': 'מילה באנגלית בתוך הטקסט העברי: "{{text}}".',
  'numbers-missing': 'בפסקת המקור מופיע {{number}}, שאינו מופיע בפסקה זו.',
  'numbers-changed': 'בפסקת המקור מופיע {{expected}}, אבל בפסקה זו מופיע {{found}}.',
  'numbers-extra': 'המספר {{number}} אינו מופיע בפסקת המקור.',
  'glossary-deprecated':
    '"{{found}}" הוא כתיב שהוצא משימוש של {{source}}; מילון המונחים מעדיף "{{preferred}}".',
  'glossary-missing-term':
    'המקור מזכיר את {{source}}, אבל בפסקה זו לא מופיע התרגום שבמילון המונחים, "{{preferred}}".',
  'source-names-inconsistent': 'השם {{source}} כתוב במסמך ב־{{count}} דרכים: {{variants}}.',
  'source-names-missing': 'פסקת המקור מזכירה את {{source}}, אבל לא נמצא לו תעתיק בפסקה זו.',
  'source-names-misspelt':
    'פסקת המקור מזכירה את {{source}}; נראה ש"{{found}}" הוא שגיאת כתיב של "{{expected}}".',
};

export default findings;
