import { describe, expect, it } from 'vitest';
import { isOrganisationSlot } from './acronym-cues';

/** Whether the first פתח of `text` stands where an organisation's name does. */
const slot = (text: string) => {
  const start = text.indexOf('פתח');
  return isOrganisationSlot(text, start, start + 'פתח'.length);
};

describe('acronym cues: where a bare acronym is the organisation', () => {
  it.each([
    ['מזכ"ל פתח ג׳בריל רג׳וב אמר', 'after a title typed with ASCII quotes'],
    ['עשרות פעילי פתח נעצרו', 'after a plural construct: no subject of the verb פתח'],
    ['היא פנתה לתנועת פתח, כך נמסר', 'after a prefixed feminine construct, before a comma'],
  ])('%s (%s)', (text) => expect(slot(text)).toBe(true));

  it.each([
    ['הכוח פתח באש לעבר החשודים', 'no organisation head before it'],
    ['פעילי פתח את הדלת', 'before את: the verb with its object'],
    ['בכירי פתח בחקירה', 'before a ב word: the verb פתח ב־'],
    ['הם הודיעו על פרישה מהארגון. פתח הדיון נדחה', 'after a full stop: a new sentence, no construct'],
    ['לדבריו, ארגון פתח אל-איסלאם הובס', 'before the Arabic article: Fatah al-Islam, a name of its own'],
  ])('%s is no slot (%s)', (text) => expect(slot(text)).toBe(false));
});
