// The TBX-Basic data categories Nusach reads and writes, in one place for the reader and the writer.
// administrativeStatus values are the TBX-Basic picklist (ISO 30042 / TBX-Basic 2.0 and 3.x);
// the older TBX 2 files of some tools write normativeAuthorization with the bare values, so those are
// read as well. The entry's kind travels as descrip type="subjectField", TBX-Basic's only concept-level
// classification.
import type { EntryKind, TermStatus } from './model';

export const statusToTbx: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};

const tbxToStatus: Readonly<Record<string, TermStatus>> = {
  'preferredterm-admn-sts': 'preferred',
  'admittedterm-admn-sts': 'admitted',
  'deprecatedterm-admn-sts': 'deprecated',
  // supersededTerm is "no longer to be used": for a checker that is the same as deprecated.
  'supersededterm-admn-sts': 'deprecated',
  'legalterm-admn-sts': 'admitted',
  'regulatedterm-admn-sts': 'admitted',
  'standardizedterm-admn-sts': 'preferred',
  preferredterm: 'preferred',
  admittedterm: 'admitted',
  deprecatedterm: 'deprecated',
  supersededterm: 'deprecated',
  preferred: 'preferred',
  admitted: 'admitted',
  deprecated: 'deprecated',
};

export function statusFromTbx(value: string): TermStatus | undefined {
  return tbxToStatus[value.trim().toLowerCase()];
}

const subjectToKind: Readonly<Record<string, EntryKind>> = {
  person: 'person',
  people: 'person',
  'personal name': 'person',
  place: 'place',
  location: 'place',
  geography: 'place',
  'place name': 'place',
  toponym: 'place',
  organisation: 'organisation',
  organization: 'organisation',
  term: 'term',
};

export function kindFromSubjectField(value: string): EntryKind | undefined {
  return subjectToKind[value.trim().toLowerCase()];
}

/** Language tags (BCP 47) by primary subtag; `iw` is the withdrawn code for Hebrew still found in files. */
export function languageOf(tag: string): 'en' | 'he' | 'other' {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'he' || primary === 'iw') return 'he';
  return 'other';
}
