// The token check is constant-time (issue 7): every comparison, whatever the guess's length or
// content, goes through crypto.timingSafeEqual on two equal-length digests, never through `===` or an
// early exit that response timing could reveal.
import { describe, expect, it, vi } from 'vitest';

const compared = vi.hoisted(() => [] as [number, number][]);
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  const timingSafeEqual = (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
    compared.push([a.byteLength, b.byteLength]);
    return real.timingSafeEqual(a, b);
  };
  return { ...real, timingSafeEqual, default: { ...real, timingSafeEqual } };
});

const { newToken, tokensMatch } = await import('./token');

describe('token comparison', () => {
  it('compares every guess in constant time, on equal-length inputs', () => {
    const token = newToken();
    const guesses = ['', 'x', token.slice(0, 10), token.slice(0, -1), `${token}x`, 'a'.repeat(10_000), token];
    for (const guess of guesses) tokensMatch(token, guess);
    expect(compared).toHaveLength(guesses.length);
    expect(compared.every(([a, b]) => a === 32 && b === 32)).toBe(true);
  });
});
