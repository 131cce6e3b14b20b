// Entity decoding for untrusted XML (glossaries from shared drives are hostile input, LESSONS.md 6).
// fast-xml-parser lets us supply the decoder; ours expands only the five predefined XML entities,
// numeric character references and plain internal DTD entities, in ONE pass (an entity's value is
// never re-scanned, so nesting cannot multiply), and stops after a fixed budget of expanded text. That
// defuses "billion laughs" (and its quadratic cousin) without refusing ordinary files. External
// entities (SYSTEM/PUBLIC) are rejected by the parser itself and never fetched.
import type { EntityDecoderOptions } from 'fast-xml-parser';

const predefined: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Characters added by expansion across one document; beyond this the file is refused. */
export const maxExpandedCharacters = 1_000_000;

export class EntityBudgetExceeded extends Error {
  constructor() {
    super(`entity expansion exceeds ${maxExpandedCharacters} characters`);
  }
}

function fromCodePoint(code: number): string | undefined {
  // XML 1.0 §2.2 Char: no NUL, no surrogates, nothing above U+10FFFF.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

export class SafeEntityDecoder implements EntityDecoderOptions {
  private documentEntities: Record<string, string> = Object.create(null) as Record<string, string>;
  private expanded = 0;

  setExternalEntities(): void {
    // External entities are never honoured (see the file comment).
  }

  addInputEntities(entities: Record<string, string>): void {
    for (const [name, value] of Object.entries(entities)) {
      if (typeof value === 'string') this.documentEntities[name] = value;
    }
  }

  reset(): void {
    this.documentEntities = Object.create(null) as Record<string, string>;
    this.expanded = 0;
  }

  setXmlVersion(): void {
    // XML 1.0 and 1.1 decode the same references.
  }

  decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, name: string) => {
      let value: string | undefined;
      if (name.startsWith('#x')) value = fromCodePoint(Number.parseInt(name.slice(2), 16));
      else if (name.startsWith('#')) value = fromCodePoint(Number.parseInt(name.slice(1), 10));
      else value = predefined[name] ?? this.documentEntities[name];
      if (value === undefined) return whole;
      this.expanded += value.length;
      if (this.expanded > maxExpandedCharacters) throw new EntityBudgetExceeded();
      return value;
    });
  }
}
