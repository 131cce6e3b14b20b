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
  'glossary-too-large': 'The glossary file is larger than {{limitMb}} MB; nothing was imported.',
  'glossary-xml-malformed':
    'The file is not well-formed XML (line {{line}}, column {{column}}): {{reason}} Nothing was imported.',
  'glossary-xml-unsafe':
    'The file was refused because of its entity declarations ({{reason}}). Nothing was imported.',
  'glossary-tbx-not-tbx':
    'This XML file is not a TBX glossary (its root element is <{{root}}>, not <tbx> or <martif>).',
  'glossary-tbx-no-id': 'An entry had no id; it was imported with a new one.',
  'glossary-unknown-kind': 'Unknown kind "{{value}}"; the entry was imported as a term.',
  'glossary-tbx-language-skipped':
    'Terms in language "{{language}}" were skipped (only English and Hebrew are kept).',
  'glossary-unknown-status': 'Unknown status "{{value}}"; the term was imported as admitted.',
  'glossary-entry-no-hebrew': 'The entry has no Hebrew term, so it was not imported.',
  'glossary-duplicate-id':
    'Another entry with the same id came earlier in the file; this one was not imported.',
  'glossary-csv-empty': 'The CSV file is empty; nothing was imported.',
  'glossary-csv-no-header':
    'The first row must name the columns ({{expected}}), with "english" or "id" and at least one of preferred, admitted, deprecated. Nothing was imported.',
  'glossary-csv-unknown-column': 'Column "{{column}}" is not part of the glossary layout and was ignored.',
  'glossary-csv-ragged-row':
    'This row has {{found}} cells where the header has {{expected}}; missing cells were read as empty, extra ones ignored.',
  'glossary-csv-quotes':
    'A quotation mark in this row is not closed or is misplaced; check the row after import.',
  'glossary-file-type': 'A glossary file must end in .tbx or .csv.',
  'glossary-open-tbx-only': 'Only TBX files can be opened as a glossary; import a CSV file into one instead.',
  'glossary-personal-close': 'The personal glossary cannot be closed.',
  'glossary-not-open': 'That glossary is no longer open.',
  'glossary-file-gone':
    '{{file}} was deleted, moved or made unreadable by another program. Your entries are kept here; save to write them back.',
  'bad-request': 'The app sent a request the Node side does not accept.',
  'unknown-call': 'The app asked for an operation that does not exist.',
  'internal-error': 'Something went wrong inside Nusach. Your document is unchanged; please try again.',
  'host-unreachable': 'Nusach cannot reach its service. Is the web host still running?',
  unauthorized: 'This page was opened without the right access token. Open the address the web host printed.',
  'file-not-found': 'The file does not exist.',
  'file-permission-denied': 'You do not have permission to use this file.',
  'not-a-file': 'This is a folder or a device, not a file.',
  'glossary-export-empty':
    'The glossary has no entries, and a TBX file holds at least one: nothing was written.',
  'not-a-directory': 'This is a file, not a folder.',
  'file-too-large': 'The file is too large (the limit is {{megabytes}} MB).',
  'docx-unreadable': 'The DOCX file is damaged or is not a Word document.',
  'docx-too-large-unpacked':
    'The DOCX file unpacks to more than {{megabytes}} MB, far more than any document; it was not opened.',
  'disk-full': 'The disk is full. Nothing was overwritten; free some space and save again.',
  'path-outside-workspace': 'Only files inside the workspace folder can be used.',
  'path-not-granted': 'Choose the file with File › Open first.',
  'picker-unavailable': 'The in-app file list is available only in the web version.',
  'native-dialog-unavailable': 'File dialogs are available only in the desktop app.',
  'untrusted-sender': 'The request did not come from the Nusach window and was refused.',
  'request-too-large': 'The request is too large.',
  'export-usage':
    'Usage: npm run --silent export -- --original ORIGINAL.txt --target CURRENT.txt [--source SOURCE.txt] --out FILE (FILE ending in .txt, .docx, .xliff, .tmx, .html or .csv)',
  'export-repeated-option': 'The option {{option}} was given twice.',
  'export-unknown-extension':
    'Cannot tell the export format from "{{file}}": end it in .txt, .docx, .xliff, .tmx, .html or .csv.',
  'export-needs-source': 'A .{{format}} export is bilingual: give the English with --source SOURCE.txt.',
  'export-overwrites-input':
    'The output file is the input {{file}}; choose another --out so nothing is lost.',
  'export-paragraph-mismatch':
    '{{first}} has {{firstCount}} paragraphs but {{second}} has {{secondCount}}; the files must pair up paragraph by paragraph.',
  'export-unwritable': 'Cannot write {{file}}: {{reason}}',
  'project-not-json': 'This file is not a Nusach project: it is not valid JSON.',
  'project-not-nusach': 'This JSON file is not a Nusach project.',
  'project-too-new':
    'This project was saved by a newer Nusach (file version {{version}}); update Nusach to open it.',
  'project-invalid': 'This Nusach project is damaged and cannot be opened ({{reason}}).',
};

export default errors;
