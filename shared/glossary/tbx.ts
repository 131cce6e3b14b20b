// Reads TBX-Basic glossaries in both dialects found in the wild:
// - TBX 2 (ISO 30042:2008) `martif`: text/body/termEntry/langSet/(tig|ntig/termGrp)/term
// - TBX 3 (ISO 30042:2019) `tbx`: text/body/conceptEntry/langSec/termSec/term, in the DCA style
//   (termNote type="administrativeStatus") or the DCT style (basic:administrativeStatus elements;
//   namespace prefixes are dropped, so both styles look alike to the code below).
// English terms become the entry's source (first = main, the rest = aliases), Hebrew terms keep their
// administrativeStatus; other languages are reported and skipped. Everything not imported is reported.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EntryKind, Glossary, GlossaryEntry, HebrewTerm, TermStatus } from './model';
import { entryProblem, fileProblem, maxGlossaryBytes, type ImportProblem } from './import-report';
import { kindFromSubjectField, languageOf, statusFromTbx } from './tbx-vocabulary';
import { EntityBudgetExceeded, SafeEntityDecoder } from './xml-entities';
import { asXmlId } from './ids';
import { settleIds, type EntryAsRead } from './settle-ids';

export { writeTbx } from './tbx-write';

type XmlNode = Record<string, unknown>;

// Elements that may repeat; everything else is read as a single child.
const repeatable = new Set([
  'termEntry',
  'conceptEntry',
  'langSet',
  'langSec',
  'tig',
  'ntig',
  'termSec',
  'termNote',
  'administrativeStatus',
  'descrip',
  'descripGrp',
  'note',
  'transacGrp',
  'transacNote',
  'subjectField',
]);

function newParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // TBX 3 DCT writes <basic:administrativeStatus>; the local name is what identifies it.
    transformTagName: (name) => name.slice(name.indexOf(':') + 1),
    isArray: (name) => repeatable.has(name),
    processEntities: { enabled: true, maxEntityCount: 100, maxEntitySize: 1000 },
    entityDecoder: new SafeEntityDecoder(),
    captureMetaData: true,
  });
}

function childNodes(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item },
  );
}

/** The element's text, inline markup (<hi>, <ph>) flattened. */
function textOf(node: XmlNode): string {
  let text = '';
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_')) continue;
    if (key === '#text') text += String(value);
    else for (const child of childNodes(node, key)) text += textOf(child);
  }
  return text;
}

function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function ofType(nodes: XmlNode[], type: string): XmlNode[] {
  return nodes.filter((n) => attribute(n, 'type') === type);
}

const metaKey = XMLParser.getMetaDataSymbol() as unknown as symbol;

function lineFinder(xml: string): (node: XmlNode) => number | undefined {
  const starts = [0];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) starts.push(i + 1);
  return (node) => {
    const index = (node as Record<symbol, { startIndex?: number } | undefined>)[metaKey]?.startIndex;
    if (index === undefined) return undefined;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

interface TermReading {
  readonly text: string;
  readonly status?: TermStatus;
  readonly unknownStatus?: string;
}

/** tig / termSec hold the term directly; TBX 2 ntig wraps it in termGrp. */
function readTerm(container: XmlNode): TermReading | undefined {
  const holder = childNodes(container, 'termGrp')[0] ?? container;
  const term = childNodes(holder, 'term')[0];
  if (!term) return undefined;
  const statusTexts = [
    ...ofType(childNodes(holder, 'termNote'), 'administrativeStatus'),
    ...ofType(childNodes(holder, 'termNote'), 'normativeAuthorization'),
    ...childNodes(holder, 'administrativeStatus'),
  ].map(textOf);
  const text = textOf(term).trim();
  const raw = statusTexts[0];
  if (raw === undefined) return { text };
  const status = statusFromTbx(raw);
  return status ? { text, status } : { text, unknownStatus: raw.trim() };
}

interface Change {
  readonly by?: string;
  readonly at?: string;
}

/** The latest transaction (TBX-Basic transacGrp: transac, transacNote responsibility, date). */
function latestChange(groups: XmlNode[]): Change {
  let latest: Change = {};
  for (const group of groups) {
    const at = childNodes(group, 'date')[0];
    const by = ofType(childNodes(group, 'transacNote'), 'responsibility')[0];
    const change: Change = {
      ...(at ? { at: textOf(at).trim() } : {}),
      ...(by ? { by: textOf(by).trim() } : {}),
    };
    if (latest.at === undefined || (change.at !== undefined && change.at >= latest.at)) latest = change;
  }
  return latest;
}

function readEntry(
  node: XmlNode,
  id: string,
  line: number | undefined,
  problems: ImportProblem[],
): GlossaryEntry | undefined {
  const descrips = [
    ...childNodes(node, 'descrip'),
    ...childNodes(node, 'descripGrp').flatMap((g) => childNodes(g, 'descrip')),
  ];
  const subjects = [...ofType(descrips, 'subjectField'), ...childNodes(node, 'subjectField')].map(textOf);
  let kind: EntryKind = 'term';
  if (subjects[0] !== undefined) {
    const known = kindFromSubjectField(subjects[0]);
    if (known) kind = known;
    else
      problems.push(
        entryProblem('warning', 'glossary-unknown-kind', id, { value: subjects[0].trim() }, line),
      );
  }
  const source: string[] = [];
  const terms: HebrewTerm[] = [];
  for (const section of [...childNodes(node, 'langSet'), ...childNodes(node, 'langSec')]) {
    const tag = attribute(section, 'xml:lang') ?? attribute(section, 'lang') ?? '';
    const language = languageOf(tag);
    if (language === 'other') {
      problems.push(entryProblem('warning', 'glossary-tbx-language-skipped', id, { language: tag }, line));
      continue;
    }
    const containers = ['tig', 'ntig', 'termSec'].flatMap((name) => childNodes(section, name));
    for (const container of containers) {
      const reading = readTerm(container);
      if (!reading?.text) continue;
      if (language === 'en') {
        source.push(reading.text);
        continue;
      }
      if (reading.unknownStatus !== undefined) {
        problems.push(
          entryProblem('warning', 'glossary-unknown-status', id, { value: reading.unknownStatus }, line),
        );
      }
      terms.push({ text: reading.text, status: reading.status ?? 'admitted' });
    }
  }
  if (terms.length === 0) {
    problems.push(entryProblem('error', 'glossary-entry-no-hebrew', id, {}, line));
    return undefined;
  }
  const note = childNodes(node, 'note')
    .map((n) => textOf(n).trim())
    .filter(Boolean)
    .join('\n');
  const change = latestChange(childNodes(node, 'transacGrp'));
  return {
    id,
    kind,
    source,
    terms,
    ...(note ? { note } : {}),
    ...(change.by ? { changedBy: change.by } : {}),
    ...(change.at ? { changedAt: change.at } : {}),
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof EntityBudgetExceeded) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Parses a TBX-Basic file (either dialect). Never throws: a bad file gives an empty glossary and a report. */
export function parseTbx(xml: string): { glossary: Glossary; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const empty = (problem: ImportProblem) => ({ glossary: { entries: [] }, problems: [problem] });
  const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  if (text.length > maxGlossaryBytes) return empty(fileProblem('glossary-too-large', { limitMb: 20 }));
  const validity = XMLValidator.validate(text);
  if (validity !== true) {
    const { line, col, msg } = validity.err;
    // fast-xml-parser gives no column for "Start tag expected" (an empty file): the message still needs one.
    const column = col ?? 1;
    return empty({ ...fileProblem('glossary-xml-malformed', { line, column, reason: msg }), line });
  }
  let document: XmlNode;
  try {
    document = newParser().parse(text) as XmlNode;
  } catch (error) {
    return empty(fileProblem('glossary-xml-unsafe', { reason: reasonOf(error) }));
  }
  const root = childNodes(document, 'martif')[0] ?? childNodes(document, 'tbx')[0];
  if (!root) {
    const name = Object.keys(document).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '';
    return empty(fileProblem('glossary-tbx-not-tbx', { root: name }));
  }
  const body = childNodes(childNodes(root, 'text')[0] ?? {}, 'body')[0] ?? {};
  const lineOf = lineFinder(text);
  const nodes = [...childNodes(body, 'termEntry'), ...childNodes(body, 'conceptEntry')];
  const madeUp = (index: number) => `entry-${index + 1}`;
  const read = nodes.map((node, index): EntryAsRead => {
    const line = lineOf(node);
    const written = attribute(node, 'id')?.trim() || undefined;
    const id = written === undefined ? madeUp(index) : asXmlId(written);
    const own: ImportProblem[] = [];
    if (written === undefined) own.push(entryProblem('warning', 'glossary-tbx-no-id', id, {}, line));
    return { entry: readEntry(node, id, line, own), problems: own, written, line };
  });
  const settled = settleIds(read, madeUp);
  return { glossary: { entries: settled.entries }, problems: [...problems, ...settled.problems] };
}
