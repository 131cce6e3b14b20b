// The web host's per-launch secret. 32 random bytes (256 bits) from the OS CSPRNG, URL-safe.
// Compared in constant time: hashing both sides first gives equal-length inputs to timingSafeEqual,
// so neither the content nor the length of a guess leaks through response timing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}
