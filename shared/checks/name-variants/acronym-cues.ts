// An acronym whose bare letters are a Hebrew word (פת״ח, Fatah, beside פתח "opened", "opening"): the bare
// form is the organisation's only where the words around say so. Right after a noun in the construct
// that heads an organisation's people or bodies (מזכ״ל פתח, פעילי פתח, תנועת פתח, בכירי הפתח), and not
// before a verb's complement (פתח באש, פתח את): a plural or feminine construct cannot be the subject of
// the masculine verb פתח, so the word there is the name. Everywhere else the word is left alone.
import { normalizeWord } from '../../hebrew/normalize';
import { prefixReadings } from '../../hebrew/prefixes';
import { wordAfter } from './name-cues';

/** Construct nouns that head an organisation's people or bodies, and its titles. */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  (
    'תנועת ארגון מזכ״ל יו״ר פעילי אנשי בכירי חברי ראשי מנהיגי דוברי מייסדי נציגי תומכי לוחמי ' +
    'צמרת הנהגת מועצת מפלגת סיעת רשימת ועידת'
  ).split(' '),
);

/**
 * The word before `start` as written, quote marks read as gershayim (מזכ"ל → מזכ״ל); '' at the start
 * and after punctuation: a construct noun is followed by its name with nothing between (לארגון. עוד
 * דווח is a sentence's end before עוד "more", not the organisation עו״ד).
 */
function tokenBefore(text: string, start: number): string {
  const match = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  const token = (match?.[1] ?? '').replace(/^[(]+/, '');
  return /[,.;:()!?]$/.test(token) ? '' : normalizeWord(token);
}

/** Whether the bare word at `start`–`end` stands where an organisation's name does. */
export function isOrganisationSlot(text: string, start: number, end: number): boolean {
  const next = wordAfter(text, end);
  if (next === 'את' || next.startsWith('ב')) return false;
  // Before the Arabic article the word heads a longer Arabic name (פתח אל־אסלאם, Fatah al-Islam), no
  // acronym.
  if (/^ אל?[־-]/.test(text.slice(end, end + 5))) return false;
  const before = tokenBefore(text, start);
  return prefixReadings(before).some((r) => ORGANISATION_HEADS.has(r.stem));
}
