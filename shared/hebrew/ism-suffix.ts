// The loan suffix -ism written -יזם (אמריקניזם, לאומיזם, פשיזם): a word derived from its base
// (אמריקנים, לאומי), never a spelling of it nor a typing slip of it, though an added ז is one letter.

const ISM = 'יזם';

/** One spelling ends in -יזם and the other does not. */
export function isIsmBesideBase(a: string, b: string): boolean {
  return a.endsWith(ISM) !== b.endsWith(ISM);
}
