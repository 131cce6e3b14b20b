// Writes a glossary as TBX-Basic in the TBX 3 (ISO 30042:2019) DCA style.
// Why TBX 3 DCA: it is the current edition of the standard and the dialect LTAC/TerminOrgs publish
// schemas for; DCA keeps the TBX 2 element names (termNote type="administrativeStatus",
// descrip type="subjectField"), so tools that only know TBX 2 vocabulary still recognise the data
// categories, and Nusach's own reader accepts it alongside `martif` files.
// Schema notes (LTAC TBX-Basic DCA RNG): entry ids must be XML NCNames (ids Nusach makes are, and ids
// read from a file are made so, ids.ts asXmlId). The RNG's body holds oneOrMore conceptEntry, so an
// export of an empty glossary is refused (glossary-store.ts); only the app's own files may hold an empty
// <body> (the personal glossary after its last entry is deleted), which every reader we know accepts.
import type { Glossary, GlossaryEntry } from './model';
import { statusToTbx } from './tbx-vocabulary';

// XML 1.0 §2.2: these code points cannot appear in a document at all, not even as references.
const notXmlChar =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes for text and attribute content; CR and TAB as references so parsers keep them (XML §2.11, §3.3.3). */
export function escapeXml(value: string): string {
  return value
    .replace(notXmlChar, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/**
 * TBX-Basic's <date> is an xsd:date (TBXcoreStructV03 RNG: date.content = data type "date"): a full
 * ISO 8601 time is written as its calendar date, the granularity TBX records a change in.
 */
export function xsdDate(value: string): string {
  const date = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value);
  return date ? (date[1] as string) : value;
}

function element(name: string, content: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<${name}${attrs}>${content}</${name}>`;
}

function writeEntry(entry: GlossaryEntry): string {
  const lines: string[] = [];
  lines.push(element('descrip', escapeXml(entry.kind), { type: 'subjectField' }));
  if (entry.note) lines.push(element('note', escapeXml(entry.note)));
  if (entry.changedAt || entry.changedBy) {
    lines.push(
      element(
        'transacGrp',
        element('transac', 'modification', { type: 'transactionType' }) +
          (entry.changedBy
            ? element('transacNote', escapeXml(entry.changedBy), { type: 'responsibility' })
            : '') +
          (entry.changedAt ? element('date', escapeXml(xsdDate(entry.changedAt))) : ''),
      ),
    );
  }
  if (entry.source.length > 0) {
    const termSecs = entry.source.map(
      (s) => `\n        ${element('termSec', element('term', escapeXml(s)))}`,
    );
    lines.push(`<langSec xml:lang="en">${termSecs.join('')}\n      </langSec>`);
  }
  if (entry.terms.length > 0) {
    const termSecs = entry.terms.map(
      (t) =>
        `\n        ${element(
          'termSec',
          element('term', escapeXml(t.text)) +
            element('termNote', statusToTbx[t.status], { type: 'administrativeStatus' }),
        )}`,
    );
    lines.push(`<langSec xml:lang="he">${termSecs.join('')}\n      </langSec>`);
  }
  const body = lines.map((l) => `\n      ${l}`).join('');
  return `    <conceptEntry id="${escapeXml(entry.id)}">${body}\n    </conceptEntry>`;
}

export function writeTbx(glossary: Glossary, title = 'Nusach glossary'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    `  <tbxHeader><fileDesc><sourceDesc><p>${escapeXml(title)}</p></sourceDesc></fileDesc></tbxHeader>`,
    '  <text>',
    '    <body>',
    ...glossary.entries.map(writeEntry),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}
