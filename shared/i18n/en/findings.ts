// UI text, namespace "findings", language "en". Keys must match the other language (i18n test).
const findings: Record<string, string> = {
  'name-variant':
    '“{{found}}” is spelled “{{preferred}}” elsewhere in this document ({{count}}×); {{spellings}} spellings of one name.',
  'spelling-way':
    '“{{found}}”: this document mostly writes this word the other way, as in “{{preferred}}” ({{count}}× that way); keep to one spelling.',
  'adjective-of-things':
    '“{{found}}” describes a thing here, and after things a people’s adjective takes the plural “{{preferred}}”, as this document writes it elsewhere ({{count}}×).',
  'typing-slip':
    '“{{found}}” looks like a typing slip of “{{preferred}}”, which this document writes {{count}}×.',
  'typography-glued-words': 'Two words run together: “{{first}}” and “{{second}}”.',
  'typography-typed-gershayim': 'Gershayim typed as {{typed}}; the Hebrew mark is {{mark}}.',
  'typography-typed-geresh': 'Geresh typed as {{typed}}; the Hebrew mark is {{mark}}.',
  'typography-typed-maqaf': 'Maqaf typed as a hyphen ({{typed}}); the Hebrew mark is {{mark}}.',
  'typography-mixed-gershayim':
    'This document writes gershayim both as {{mark}} and as {{typed}}; keep to one style.',
  'typography-mixed-geresh':
    'This document writes the geresh both as {{mark}} and as {{typed}}; keep to one style.',
  'typography-mixed-maqaf':
    'This document writes the maqaf both as {{mark}} and as a hyphen ({{typed}}); keep to one style.',
  'typography-double-space': 'Two or more spaces in a row.',
  'typography-repeated-word': 'The word “{{word}}” is typed twice in a row.',
  'typography-numeral-gershayim':
    'The Hebrew numeral “{{found}}” is written without its gershayim; this document also writes “{{preferred}}”.',
  'typography-detached-prefix': 'The prefix letter “{{letter}}” is typed apart from its word “{{word}}”.',
  'typography-unbalanced-bracket': 'The bracket {{mark}} has no matching {{pair}} in this paragraph.',
  'typography-unbalanced-quote': 'The quotation mark {{mark}} has no partner in this paragraph.',
  'typography-bidi-mark':
    'Invisible direction mark ({{names}}); remove it unless it is there to fix how mixed text is displayed.',
  'typography-bidi-control':
    'Invisible direction control ({{names}}) that can change the order readers see; remove it.',
  'typography-latin-phrase': 'English text left untranslated: "{{text}}".',
  'typography-latin-name': 'An English name left in Latin letters: "{{text}}".',
  'typography-latin-word': 'An English word inside the Hebrew: "{{text}}".',
  'numbers-missing': 'The source paragraph has {{number}}, which this paragraph does not.',
  'numbers-changed': 'The source paragraph has {{expected}}, but this paragraph has {{found}}.',
  'numbers-extra': 'This number ({{number}}) is not in the source paragraph.',
  'glossary-deprecated':
    '"{{found}}" is a deprecated spelling of {{source}}; the glossary prefers "{{preferred}}".',
  'glossary-missing-term':
    'The source mentions {{source}}, but this paragraph does not use the glossary rendering "{{preferred}}".',
  'source-names-inconsistent': '{{source}} is written {{count}} ways in this document: {{variants}}.',
  'source-names-missing':
    'The source paragraph names {{source}}, but no rendering of it was found in this paragraph.',
  'source-names-misspelt':
    'The source paragraph names {{source}}; "{{found}}" looks like a misspelling of "{{expected}}".',
};

export default findings;
