import { describe, expect, it } from 'vitest';
import { rememberedPerKey } from './remembered';

describe('rememberedPerKey', () => {
  it('computes each argument once, null answers included', () => {
    const calls: string[] = [];
    const lengthOrNull = rememberedPerKey(10, (key) => {
      calls.push(key);
      return key.length > 1 ? key.length : null;
    });
    expect([lengthOrNull('אב'), lengthOrNull('א'), lengthOrNull('אב'), lengthOrNull('א')]).toEqual([
      2,
      null,
      2,
      null,
    ]);
    expect(calls).toEqual(['אב', 'א']);
  });

  it('drops its memory past the limit and stays right', () => {
    const calls: string[] = [];
    const upper = rememberedPerKey(2, (key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
