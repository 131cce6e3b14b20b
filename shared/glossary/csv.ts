// CSV import and export, for spreadsheet users. The column layout (one entry per row, header row first):
//
//   id,kind,english,aliases,preferred,admitted,deprecated,note,changed_by,changed_at
//
// - kind: person | place | organisation | term (empty = term)
// - english: the main English name; aliases: other English names
// - preferred / admitted / deprecated: Hebrew spellings with that TBX-Basic status
// - several values in one cell are separated by "|" (a literal | or \ inside a value is written \| or \\)
// - changed_at: ISO 8601 time
// Only `english` or `id`, and at least one Hebrew column, are required; columns may come in any order.
// Written as UTF-8 with a byte-order mark (Excel needs it to read Hebrew) and CRLF line ends (RFC 4180).
// A cell starting with = + - @ TAB CR is written with a leading ' so spreadsheets do not run it as a
// formula (OWASP "CSV injection"); the reader removes exactly that quote again.
import Papa from 'papaparse';
import type { EntryKind, Glossary, GlossaryEntry, HebrewTerm, TermStatus } from './model';
import { entryProblem, fileProblem, maxGlossaryBytes, type ImportProblem } from './import-report';
import { kindFromSubjectField } from './tbx-vocabulary';
import { asXmlId, slugOf } from './ids';
import { settleIds, type EntryAsRead } from './settle-ids';

export const csvColumns = [
  'id',
  'kind',
  'english',
  'aliases',
  'preferred',
  'admitted',
  'deprecated',
  'note',
  'changed_by',
  'changed_at',
] as const;
type Column = (typeof csvColumns)[number];
const statuses: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated'];

const formulaStart = /^[=+\-@\t\r']/;

function protect(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function unprotect(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

function joinValues(values: readonly string[]): string {
  return values.map((v) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

function splitValues(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i] as string;
    if (ch === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (ch === '|') {
      values.push(current);
      current = '';
    } else current += ch;
  }
  values.push(current);
  return values.map((v) => v.trim()).filter(Boolean);
}

export function writeCsv(glossary: Glossary): string {
  const rows = glossary.entries.map((entry) => {
    const byStatus = (status: TermStatus) =>
      joinValues(entry.terms.filter((t) => t.status === status).map((t) => t.text));
    const row: Record<Column, string> = {
      id: entry.id,
      kind: entry.kind,
      english: joinValues(entry.source.slice(0, 1)),
      aliases: joinValues(entry.source.slice(1)),
      preferred: byStatus('preferred'),
      admitted: byStatus('admitted'),
      deprecated: byStatus('deprecated'),
      note: entry.note ?? '',
      changed_by: entry.changedBy ?? '',
      changed_at: entry.changedAt ?? '',
    };
    return csvColumns.map((c) => protect(row[c]));
  });
  return '\uFEFF' + Papa.unparse({ fields: [...csvColumns], data: rows }, { newline: '\r\n' }) + '\r\n';
}

/** Header cell → column: case, spaces and hyphens do not matter ("Changed by" = changed_by). */
function columnOf(header: string): Column | undefined {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (csvColumns as readonly string[]).includes(key) ? (key as Column) : undefined;
}

function readRow(
  cells: Record<Column, string>,
  row: number,
  id: string,
  problems: ImportProblem[],
): GlossaryEntry | undefined {
  const source = [...splitValues(cells.english), ...splitValues(cells.aliases)];
  let kind: EntryKind = 'term';
  if (cells.kind.trim()) {
    const known = kindFromSubjectField(cells.kind);
    if (known) kind = known;
    else
      problems.push(entryProblem('warning', 'glossary-unknown-kind', id, { value: cells.kind.trim() }, row));
  }
  const terms: HebrewTerm[] = statuses.flatMap((status) =>
    splitValues(cells[status]).map((text) => ({ text, status })),
  );
  if (terms.length === 0) {
    problems.push(entryProblem('error', 'glossary-entry-no-hebrew', id, {}, row));
    return undefined;
  }
  const note = cells.note.trim();
  const changedBy = cells.changed_by.trim();
  const changedAt = cells.changed_at.trim();
  return {
    id,
    kind,
    source,
    terms,
    ...(note ? { note } : {}),
    ...(changedBy ? { changedBy } : {}),
    ...(changedAt ? { changedAt } : {}),
  };
}

/** Parses a CSV glossary. Never throws: problems say what was not imported and why. */
export function parseCsv(csv: string): { glossary: Glossary; problems: ImportProblem[] } {
  const empty = (problem: ImportProblem) => ({ glossary: { entries: [] }, problems: [problem] });
  if (csv.length > maxGlossaryBytes) return empty(fileProblem('glossary-too-large', { limitMb: 20 }));
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) return empty(fileProblem('glossary-csv-empty'));
  const problems: ImportProblem[] = [];
  const columns = header.map(columnOf);
  header.forEach((name, index) => {
    if (!columns[index] && name.trim())
      problems.push(
        entryProblem('warning', 'glossary-csv-unknown-column', undefined, { column: name.trim() }, 1),
      );
  });
  const hasHebrew = statuses.some((s) => columns.includes(s));
  if (!hasHebrew || !(columns.includes('english') || columns.includes('id'))) {
    return {
      glossary: { entries: [] },
      problems: [...problems, fileProblem('glossary-csv-no-header', { expected: csvColumns.join(',') })],
    };
  }
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
      problems.push(entryProblem('warning', 'glossary-csv-quotes', undefined, {}, (error.row ?? 0) + 1));
    }
  }
  /** Each row's made-up id, from its English name, for a row that writes none. */
  const madeUp: string[] = [];
  const read = rows.map((fields, index): EntryAsRead => {
    const row = index + 2;
    const own: ImportProblem[] = [];
    if (fields.length !== header.length) {
      own.push(
        entryProblem(
          'warning',
          'glossary-csv-ragged-row',
          undefined,
          { found: fields.length, expected: header.length },
          row,
        ),
      );
    }
    const cells = Object.fromEntries(csvColumns.map((c) => [c, ''])) as Record<Column, string>;
    columns.forEach((column, i) => {
      if (column) cells[column] = unprotect(fields[i] ?? '');
    });
    madeUp.push(slugOf(splitValues(cells.english)[0] ?? ''));
    const written = cells.id.trim() || undefined;
    const id = written === undefined ? (madeUp[index] as string) : asXmlId(written);
    return { entry: readRow(cells, row, id, own), problems: own, written, line: row };
  });
  const settled = settleIds(read, (index) => madeUp[index] as string);
  return { glossary: { entries: settled.entries }, problems: [...problems, ...settled.problems] };
}
