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
  'bad-request': 'The app sent a request the Node side does not accept.',
  'unknown-call': 'The app asked for an operation that does not exist.',
  'internal-error': 'Something went wrong inside Nusach. Your document is unchanged; please try again.',
  'host-unreachable': 'Nusach cannot reach its service. Is the web host still running?',
  unauthorized: 'This page was opened without the right access token. Open the address the web host printed.',
  'file-not-found': 'The file does not exist.',
  'file-permission-denied': 'You do not have permission to use this file.',
  'not-a-file': 'This is a folder or a device, not a file.',
  'not-a-directory': 'This is a file, not a folder.',
  'file-too-large': 'The file is too large (the limit is {{megabytes}} MB).',
  'docx-unreadable': 'The DOCX file is damaged or is not a Word document.',
  'disk-full': 'The disk is full. Nothing was overwritten; free some space and save again.',
  'path-outside-workspace': 'Only files inside the workspace folder can be used.',
  'path-not-granted': 'Choose the file with File › Open first.',
  'picker-unavailable': 'The in-app file list is available only in the web version.',
  'native-dialog-unavailable': 'File dialogs are available only in the desktop app.',
};

export default errors;
