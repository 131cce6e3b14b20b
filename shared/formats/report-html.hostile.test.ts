// The HTML review report with HTML and script in every place document text reaches it (translation,
// source, comment, author, title, findings' quoted text, before/after of changes): all of it arrives
// escaped as text, and the page's own CSP forbids scripts even if something slipped through.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../checks/engine';
import { buildExport } from './build-export';
import type { ExportDocument } from './export-document';

const payloads = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("nusach")</script>',
  '"><svg onload=alert(2)>',
  "'; alert(3); '",
] as const;
const hostile = payloads.join(' ');
const document: ExportDocument = {
  source: [`The mayor of Homs said ${hostile}`, 'Aid arrives tomorrow.'],
  original: [`ראש עיריית חומס אמר ${hostile}`, 'הסיוע יגיע מחר.'],
  current: [`ראש עיריית חומס אמר ${hostile} אתמול`, `הסיוע יגיע מחר  ${payloads[1]}.`],
  comments: [
    {
      id: 'c1',
      paragraph: 0,
      start: 0,
      end: 3,
      text: hostile,
      author: payloads[2],
      createdAt: '2026-11-25T00:00:00Z',
    },
  ],
  author: payloads[0],
  date: '2026-11-25T00:00:00Z',
  title: payloads[1],
};

async function report(language: 'en' | 'he'): Promise<string> {
  const bytes = await buildExport('html', {
    document,
    currentText: document.current.join('\n'),
    ignored: new Set(),
    checkDocument,
    language,
    toolVersion: 'test',
  });
  return new TextDecoder().decode(bytes);
}

describe('HTML report with hostile document text', () => {
  it.each([['en'], ['he']] as const)(
    '%s: no element, attribute or script comes from the text',
    async (language) => {
      const html = await report(language);
      expect(html).not.toMatch(/<(img|script|svg)\b/i);
      expect(html).not.toMatch(/\sonerror=|\sonload=/i);
      // Escaped, and so shown to the reader exactly as written.
      expect(html).toContain('&lt;script&gt;alert(');
      // Parsed as XML, the hostile strings are inside text nodes, never element names.
      const elements = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object')
          for (const [name, child] of Object.entries(node)) {
            if (!name.startsWith('@_') && name !== '#text') elements.add(name.toLowerCase());
            walk(child);
          }
      };
      walk(
        new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(
          html.replace(/^<!DOCTYPE html>/, ''),
        ),
      );
      for (const forbidden of ['script', 'img', 'svg', 'iframe', 'object'])
        expect(elements).not.toContain(forbidden);
    },
  );

  it('the page forbids scripts by its own CSP', async () => {
    expect(await report('en')).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/,
    );
  });
});
