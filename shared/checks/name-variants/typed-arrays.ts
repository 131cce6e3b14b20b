// Growing the typed arrays the word statistics keep their tables in, and pooling the small ones.

type TypedTable = Int32Array | Uint16Array | Uint8Array;

/** A copy of `array` `length` long, of the same kind: the old values, then `fill`. */
export function grown<T extends TypedTable>(array: T, length: number, fill = 0): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

/** A pool's arrays: some hundred paragraphs each. */
const CHUNK_LENGTH = 1 << 16;

/**
 * Hands out the buffers of a full pass's paragraphs as views of a few large arrays: a typed array with
 * a buffer of its own is an allocation outside the heap that the collector tracks, one per paragraph.
 * Only the full pass uses one: a large array stays alive until every paragraph viewing it is replaced,
 * which, used edit by edit, could keep every old version of an edited paragraph.
 */
export class WordBufferPool {
  private chunk = new Int32Array(0);
  private used = 0;

  take(length: number): Int32Array {
    if (this.used + length > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(CHUNK_LENGTH, length));
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }
}
