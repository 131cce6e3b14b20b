// A stored excerpt of a page is cut where the search tool stopped, often inside a word (פחות נפי for
// פחות נפילות): its unfinished last word is no word of the page. Text that ends in closing punctuation
// (a comma included) ends where the writer ended it, and so does a last word with a space after it
// (…כוחות שלהם, חזבאללה ): the cut came after the word, not inside it.
export function withoutUnfinishedWord(text: string): string {
  const trimmed = text.trim();
  if (/[.,;!?"״׳)\]:]$/.test(trimmed) || /\S[ \t]+\n*$/.test(text)) return trimmed;
  return trimmed.replace(/\s*\S+$/, '');
}
