// A stored excerpt of a page is cut where the search tool stopped, often inside a word (פחות נפי for
// פחות נפילות): its unfinished last word is no word of the page. Text that ends in closing punctuation
// (a comma included) ends where the writer ended it.
export function withoutUnfinishedWord(text: string): string {
  const trimmed = text.trim();
  return /[.,;!?"״׳)\]:]$/.test(trimmed) ? trimmed : trimmed.replace(/\s*\S+$/, '');
}
