import { describe, expect, it } from 'vitest';
import { newToken, tokensMatch } from './token';

describe('web host token', () => {
  it('is 256 bits, URL-safe and different on every launch', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('matches only the exact token', () => {
    const token = newToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, undefined)).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(token, token.slice(0, -1))).toBe(false);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(
      tokensMatch(token, token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase()),
    ).toBe(false);
  });
});
