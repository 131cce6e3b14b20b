// Growing the typed arrays the word statistics keep their tables in.

type TypedTable = Int32Array | Uint16Array | Uint8Array;

/** A copy of `array` `length` long, of the same kind: the old values, then `fill`. */
export function grown<T extends TypedTable>(array: T, length: number, fill = 0): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}
