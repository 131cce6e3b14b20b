// Test helper: validates XML with Debian's xmllint (libxml2-utils) against the standard's own schema.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The standard schemas sit in shared/ beside the checkout (shared/schemas/README.md).
export const schemas = fileURLToPath(new URL('../../../shared/schemas', import.meta.url));
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** xmllint's verdict: ok, and its messages (without DTD-fetch noise for the TMX DOCTYPE). */
export function xmllint(
  xml: string,
  mode: '--schema' | '--dtdvalid',
  schema: string,
): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'nusach-xml-')), 'file.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', mode, join(schemas, schema), file], {
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: run.stderr };
}
