// The project file reader against hostile text and JSON: it answers with a project or a clear error
// value, never throws, and a __proto__ key never reaches Object.prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClearMessage } from '../../e2e/fixtures/hostile/clear-message';
import { parseProject } from './project-codec';

function expectSafe(text: string): void {
  const result = parseProject(text);
  if (!result.ok) expectClearMessage(result.error, 'parseProject');
}

describe('parseProject properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), expectSafe), { numRuns: 400 });
  });
  it('never throws on arbitrary JSON, with or without our format marker', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, marked) => {
        const shaped =
          marked && typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { ...value, format: 'nusach-project', version: 1 }
            : value;
        expectSafe(JSON.stringify(shaped));
      }),
      { numRuns: 400 },
    );
  });
  it('refuses deep nesting and prototype keys without side effects', () => {
    expectSafe(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expectSafe('{"format":"nusach-project","version":1,"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
