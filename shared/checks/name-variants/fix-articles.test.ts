import { describe, expect, it } from 'vitest';
import { detachedArticleBefore } from './fix-articles';

/** The article detachedArticleBefore finds before the word that starts at `word` in `text`. */
const articleBefore = (text: string, word: string) => detachedArticleBefore(text, text.indexOf(word));

describe('detachedArticleBefore: the article typed apart before a name, as a fix must replace it', () => {
  it('reads the article and its prefix written as a word of their own', () => {
    expect(articleBefore('מנהיג החות׳ים אל חותי נאם', 'חותי')).toBe('אל');
    expect(articleBefore('בראיון באל ג׳זירה אמש', 'ג׳זירה')).toBe('באל');
  });

  it('takes a hyphen typed before the space with the article', () => {
    expect(articleBefore('לדברי עבד מאלכ אל- חותי, המתקפה', 'חותי')).toBe('אל-');
  });

  it("takes a stray geresh before the article's hyphen, which the tokenizer parts from the word", () => {
    // Real news: מזכ"ל פתח חוסיין א'-שייח' beside חוסיין א-שייח'. The fix of שייח' alone read א'-א-שייח'.
    expect(articleBefore("מזכ\"ל פתח חוסיין א'-שייח' לתפקיד", "שייח'")).toBe("א'-");
  });

  it('finds none after an ordinary word, or where a maqaf joins the article to the word before', () => {
    expect(articleBefore('העיר חותי נפלה', 'חותי')).toBe('');
    expect(articleBefore('ב־אל חותי', 'חותי')).toBe('');
    expect(articleBefore("ספר ב'-שייח'", "שייח'")).toBe('');
  });
});
