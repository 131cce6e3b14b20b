// Rules every domain's calls follow, so a new domain cannot quietly loosen the boundary.
import { describe, expect, it } from 'vitest';
import { callNames, contract } from './index';

describe('the contract', () => {
  it.each(callNames)('%s is named <domain>.<verb>', (name) => {
    expect(name).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*)+$/);
  });

  it.each(callNames)('%s refuses unknown argument keys and non-object arguments', (name) => {
    const schema = contract[name].args;
    expect(schema.safeParse({ unexpectedKey: 1 }).success).toBe(false);
    expect(schema.safeParse('text').success).toBe(false);
    expect(schema.safeParse(null).success).toBe(false);
  });
});
