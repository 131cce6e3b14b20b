// TMX 1.4b (LISA OSCAR) of the aligned pairs: one <tu> per paragraph with an English and a Hebrew
// <tuv>, for translation-memory tools. Valid by tmx14.dtd; built with xmlbuilder2, never by hand.
import { create } from 'xmlbuilder2';
import { SOURCE_LANGUAGE, TARGET_LANGUAGE, type ExportDocument } from './export-document';
import { xmlSafeText } from './xml-characters';

export interface TmxOptions {
  readonly toolVersion: string;
}

/** TMX dates are ISO 8601 basic format in UTC: YYYYMMDDThhmmssZ (TMX 1.4b §3.4, creationdate). */
function tmxDate(iso: string): string {
  const date = new Date(iso);
  const valid = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return valid
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildTmx(document: ExportDocument, options: TmxOptions): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .dtd({ name: 'tmx', sysID: 'tmx14.dtd' })
    .ele('tmx', { version: '1.4' });
  root.ele('header', {
    creationtool: 'Nusach',
    creationtoolversion: options.toolVersion,
    // Our unit is the paragraph, not the sentence.
    segtype: 'paragraph',
    'o-tmf': 'Nusach',
    adminlang: SOURCE_LANGUAGE,
    srclang: SOURCE_LANGUAGE,
    datatype: 'plaintext',
    creationdate: tmxDate(document.date),
  });
  const body = root.ele('body');
  document.current.forEach((target, index) => {
    const unit = body.ele('tu', { tuid: String(index + 1) });
    unit
      .ele('tuv', { 'xml:lang': SOURCE_LANGUAGE })
      .ele('seg')
      .txt(xmlSafeText(document.source[index] ?? ''));
    unit.ele('tuv', { 'xml:lang': TARGET_LANGUAGE }).ele('seg').txt(xmlSafeText(target));
  });
  return root.end({ prettyPrint: false }) + '\n';
}
