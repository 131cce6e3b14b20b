import { describe, expect, it } from 'vitest';
import { findsName } from './cluster-match';

const name = (...spellings: string[]) => new Set(spellings);

describe('findsName', () => {
  it('finds a name when two reported spellings are the key’s', () => {
    expect(findsName(name('רסטן', 'ראסטן'), name('רסטן', 'ראסטן'))).toBe(true);
  });
  it('counts a reported spelling that keeps a prefix (במוסול for מוסול)', () => {
    expect(findsName(name('מוסול', 'במוסל'), name('מוסול', 'מוסל'))).toBe(true);
  });
  it('counts a key spelling written with a prefix the label leaves out (החות׳ים for חות׳ים)', () => {
    expect(findsName(name('חות׳ים', 'חותים'), name('החות׳ים', 'החותים'))).toBe(true);
  });
  it('counts a spelling with and without its prefix as one of the name’s spellings, not two', () => {
    expect(findsName(name('מוסול', 'במוסול'), name('מוסול', 'מוסל'))).toBe(false);
  });
  it('counts a label written with the article for a key line of the bare word (אל־קאעדה for קאעדה)', () => {
    expect(findsName(name('אל־קאעדה', 'אל־קאעידה'), name('קאעדה', 'קאעידה'))).toBe(true);
    // The article written apart (real news, Persian poets: שאמסי טאבריזי beside אל טבריזי).
    expect(findsName(name('טאבריזי', 'אל טבריזי'), name('טבריזי', 'טאבריזי'))).toBe(true);
    expect(findsName(name('אל טבריזי', 'טבריזי'), name('טבריזי', 'טאבריזי'))).toBe(false);
  });
  it('does not count a spelling with and without the article as two of the name’s spellings', () => {
    expect(findsName(name('א־סיסי', 'סיסי'), name('סיסי', 'סאסי'))).toBe(false);
  });
  it('needs two of the name’s spellings, not one', () => {
    expect(findsName(name('חות׳ים', 'חמאס'), name('החות׳ים', 'החותים'))).toBe(false);
  });
  it('counts an adjective’s other form written two ways for the key’s line of the adjective', () => {
    expect(findsName(name('אמריקאית', 'אמריקנית'), name('אמריקני', 'אמריקאי'))).toBe(true);
    expect(findsName(name('אפריקאים', 'אפריקנים'), name('אפריקני', 'אפריקאי'))).toBe(true);
    // The label keeps the article (real news, the Gulf: הקטרית / הקטארית under קטרי / קטארי).
    expect(findsName(name('הקטרית', 'הקטארית'), name('קטרי', 'קטארי'))).toBe(true);
  });
  it('does not count two forms of one spelling of an adjective as two of its spellings', () => {
    expect(findsName(name('אמריקאית', 'אמריקאי'), name('אמריקני', 'אמריקאי'))).toBe(false);
  });
  it('counts the words where two spellings of a multi-word name differ, one of two such places', () => {
    const khanAlAhmar = name('ח׳אן אל־אחמר', 'חאן אל אחמר');
    expect(findsName(name('אל־אחמר', 'אל אחמר'), khanAlAhmar)).toBe(true);
    expect(findsName(name('אחמר', 'אל אחמר'), khanAlAhmar)).toBe(false);
  });
});
