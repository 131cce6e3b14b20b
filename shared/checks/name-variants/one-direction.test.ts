import { describe, expect, it } from 'vitest';
import { checkDocument } from '../engine';
import { paragraphsFromText } from '../../model/document';
import { normalizeWord } from '../../hebrew/normalize';

/** The name-variants fixes of a text as "word → replacement", in comparison form. */
function fixes(text: string): Set<string> {
  const out = new Set<string>();
  for (const f of checkDocument({ source: [], target: paragraphsFromText(text) }))
    if (f.check === 'name-variants')
      for (const s of f.suggestions) out.add(`${normalizeWord(f.text)} → ${normalizeWord(s.replacement)}`);
  return out;
}

function reversed(all: Set<string>): string[] {
  return [...all].filter((fix) => {
    const [from, to] = fix.split(' → ');
    return all.has(`${to} → ${from}`);
  });
}

describe('name-variants fixes go one way', () => {
  it('a cluster and the starter table agree (קטאר written more often, קטר the established form)', () => {
    const text = [
      'אמיר קטאר נפגש עם השליח.',
      'שר החוץ של קטאר אמר כי השיחות יימשכו.',
      'המשלחת הגיעה לקטר אתמול.',
      'בקטר אמרו כי קטאר תמשיך לתווך.',
      'נציגי קטאר חזרו לדוחה.',
      'קטר הודיעה על מענק.',
    ].join('\n');
    const all = fixes(text);
    expect(all.size).toBeGreaterThan(0);
    expect(reversed(all)).toEqual([]);
  });
  it('a cluster and the full-spelling table agree (הכנרת written more often, כינרת the full spelling)', () => {
    const text = [
      'מפלס הכנרת עלה השבוע.',
      'רשות המים פרסמה את נתוני הכנרת.',
      'חופי הכנרת מלאים.',
      'סביב הכינרת נפתחו מסלולים.',
    ].join('\n');
    expect(reversed(fixes(text))).toEqual([]);
  });
});
