import { describe, expect, it } from 'vitest';
import { slipRepairs, strayLetterRepair, trailingLetterRepair } from './slip-repairs';

describe('slip repairs: the spellings one typing slip undoes', () => {
  it('swaps neighbouring letters back and takes an inner consonant out, the final form at the end', () => {
    expect(slipRepairs('סיבלה')).toContain('סילבה');
    expect(slipRepairs('ארגנטינה')).toContain('ארגטינה');
    expect(slipRepairs('פלנטקר')).toContain('פלטנקר');
  });

  it('never takes out the ל of a joined Arabic article (אלסלאם is al-Salam, not a slip of אסלאם)', () => {
    expect(slipRepairs('אלסלאם')).not.toContain('אסלאם');
    // Its other letters may still have slipped (two swapped back).
    expect(slipRepairs('אלסלאם')).toContain('אלסאלם');
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

  it('takes off a consonant typed past a name’s end, never a letter Hebrew ends words with', () => {
    expect(trailingLetterRepair('מנסורק')).toBe('מנסור');
    // The final form comes back where the last letter has one (סולטאןק → סולטאן).
    expect(trailingLetterRepair('סולטאנק')).toBe('סולטאן');
    // A feminine, plural or possessive ending makes a Hebrew form of a name, not a slip.
    expect(trailingLetterRepair('מנסורה')).toBeUndefined();
    expect(trailingLetterRepair('מנסורי')).toBeUndefined();
    expect(trailingLetterRepair('מנסורת')).toBeUndefined();
    // An English -ish (טורקיש, Turkish Airlines) is another word beside the Hebrew טורקי.
    expect(trailingLetterRepair('טורקיש')).toBeUndefined();
    // Four letters are too few: a consonant after three is another word as often.
    expect(trailingLetterRepair('עמרק')).toBeUndefined();
  });
});
