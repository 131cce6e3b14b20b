// UI text, namespace "errors", language "en". Keys must match the other language (i18n test).
const errors: Record<string, string> = {
  'text-binary': 'The file looks like binary data, not plain text.',
  'text-unknown-encoding':
    'The file is not UTF-8, UTF-16 or Windows-1255 Hebrew text; save it as UTF-8 and try again.',
  'cli-usage':
    'Usage: npm run --silent check -- TARGET [--source SOURCE] [--glossary FILE] [--format json|text]',
  'cli-unknown-option': 'Unknown option {{option}}.',
  'cli-missing-value': 'The option {{option}} needs a value.',
  'cli-bad-format': '--format must be json or text, not "{{value}}".',
  'cli-extra-argument': 'Only one TARGET file may be given; unexpected argument "{{argument}}".',
  'cli-file-unreadable': 'Cannot read {{file}}: {{reason}}',
  'cli-file-undecodable': '{{file}}: {{reason}}',
  'cli-glossary-type': 'A glossary must be a .tbx or .csv file: {{file}}',
  'cli-glossary-invalid': 'The glossary {{file}} cannot be used: {{reason}}',
};

export default errors;
