// A DOCX is a zip; its size on disk says little about what it unpacks to (a zip bomb is kilobytes that
// inflate to gigabytes). Before mammoth unpacks a document, this walks the zip's central directory
// (APPNOTE.TXT §4.3.12, §4.3.16) and inflates every entry with a hard cap on the total output, so the
// check holds even when the sizes written in the headers lie.
import { inflateRawSync } from 'node:zlib';

/** Unpacked bytes a document may have: a long news article's DOCX is well under 5 MiB unpacked. */
export const maxDocxUnpackedBytes = 64 * 1024 * 1024;
/** Entries a document may have (Word writes a dozen or two). */
export const maxDocxEntries = 2000;

const endOfCentralDirectory = 0x06054b50;
const centralFileHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

/** 'ok', 'too-large' (unpacks beyond the limit) or 'damaged' (not a zip we can walk: mammoth would fail too). */
export type UnpackedSizeVerdict = 'ok' | 'too-large' | 'damaged';

function findEndRecord(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes.readUInt32LE(at) === endOfCentralDirectory) return at;
  }
  return -1;
}

export function checkDocxUnpackedSize(bytes: Buffer, limit = maxDocxUnpackedBytes): UnpackedSizeVerdict {
  try {
    const end = findEndRecord(bytes);
    if (end < 0) return 'damaged';
    const entries = bytes.readUInt16LE(end + 10);
    if (entries > maxDocxEntries) return 'too-large';
    let at = bytes.readUInt32LE(end + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (bytes.readUInt32LE(at) !== centralFileHeader) return 'damaged';
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const localOffset = bytes.readUInt32LE(at + 42);
      // Zip64 markers: no Word document needs 4 GiB fields.
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return 'too-large';
      if (bytes.readUInt32LE(localOffset) !== localFileHeader) return 'damaged';
      const dataStart =
        localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
      const data = bytes.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) total += data.length;
      else if (method === 8) {
        try {
          total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
          return 'damaged';
        }
      } else return 'damaged';
      if (total > limit) return 'too-large';
      at += 46 + nameLength + extraLength + commentLength;
    }
    return 'ok';
  } catch {
    // A header pointing outside the file (RangeError from readUInt*): truncated or forged.
    return 'damaged';
  }
}
