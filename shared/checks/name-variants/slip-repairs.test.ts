import { describe, expect, it } from 'vitest';
import { slipRepairs, strayLetterRepair } from './slip-repairs';

describe('slip repairs: the spellings one typing slip undoes', () => {
  it('swaps neighbouring letters back and takes an inner consonant out, the final form at the end', () => {
    expect(slipRepairs('סיבלה')).toContain('סילבה');
    expect(slipRepairs('ארגנטינה')).toContain('ארגטינה');
    expect(slipRepairs('פלנטקר')).toContain('פלטנקר');
  });

  it('writes a repair with the regular ending too where the slip has one (טרמאפ → טראמפ, for the p)', () => {
    expect(slipRepairs('טרמאפ')).toEqual(expect.arrayContaining(['טראמפ', 'טראמף']));
    // A slip ending in a final form gives the final form only.
    expect(slipRepairs('טרמאף')).toContain('טראמף');
    expect(slipRepairs('טרמאף')).not.toContain('טראמפ');
  });

  it('takes off a letter typed past a final form', () => {
    expect(strayLetterRepair('ג׳ניןו')).toBe('ג׳נין');
    expect(strayLetterRepair('ג׳נין')).toBeUndefined();
  });
});
