// Entry ids: stable, readable and unique within a glossary (TBX requires conceptEntry/@id, xml:id-like).

/** "Hayat Tahrir al-Sham" → "hayat-tahrir-al-sham"; a name with no Latin letters falls back to "entry". */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  // TBX ids are XML IDs (NCNames): they may not start with a digit.
  if (/^[0-9]/.test(slug)) return `e-${slug}`;
  return slug || 'entry';
}

/** A new id from the English name that is not in `taken` ("aleppo", then "aleppo-2", …). */
export function uniqueId(english: string, taken: ReadonlySet<string>): string {
  return numbered(slugOf(english), taken);
}

function numbered(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

// XML 1.0 §2.3 NameStartChar and NameChar, less the colon (Namespaces §3: an NCName). The ranges hold
// ZWNJ, ZWJ and combining marks on purpose, as the standard does, hence the lint exceptions.
const START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const REST = `${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// eslint-disable-next-line no-misleading-character-class
const NC_NAME = new RegExp(`^[${START}][${REST}]*$`, 'u');
// eslint-disable-next-line no-misleading-character-class
const NOT_NAME_CHARS = new RegExp(`[^${REST}]+`, 'gu');
const NAME_START = new RegExp(`^[${START}]`, 'u');

/**
 * An id read from a file, made a valid TBX id (conceptEntry/@id is an xsd:ID, an NCName) when it is not
 * one: spreadsheets number their rows ("12" → "e-12") and other tools allow spaces ("a b" → "a-b"). A
 * valid id is kept as it is, so ids stay the same across round trips and merges.
 */
export function asXmlId(raw: string): string {
  if (NC_NAME.test(raw)) return raw;
  const cleaned = raw.replace(NOT_NAME_CHARS, '-').replace(/^-+|-+$/g, '');
  return NAME_START.test(cleaned) ? cleaned : `e-${cleaned}`;
}

/**
 * The ids of one file's entries, in file order; `written` holds each entry's id as the file gives it
 * (trimmed, undefined when there is none), `madeUp` the base of a new one for an entry without. A valid
 * written id is kept, whatever comes before it, so a round trip or a merge meets the same entry. An id
 * written a second time gives undefined: that entry is a duplicate. An id cleaned by asXmlId ("a b") or
 * made up never takes an id another entry holds ("a-b"): it gets the next number ("a-b-2"), so no
 * entry is lost to a collision its author could not see.
 */
export function idsForFile(
  written: readonly (string | undefined)[],
  madeUp: (index: number) => string,
): (string | undefined)[] {
  const taken = new Set(written.filter((id): id is string => id !== undefined && NC_NAME.test(id)));
  const seen = new Set<string>();
  return written.map((raw, index) => {
    if (raw !== undefined) {
      if (seen.has(raw)) return undefined;
      seen.add(raw);
      if (NC_NAME.test(raw)) return raw;
    }
    const id = numbered(raw === undefined ? madeUp(index) : asXmlId(raw), taken);
    taken.add(id);
    return id;
  });
}
