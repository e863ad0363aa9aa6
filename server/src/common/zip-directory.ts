/** What a zip archive's central directory declares, read without unpacking anything. */
export interface ZipDirectorySummary {
  entries: number;
  /** The sum of the entries' declared uncompressed sizes. */
  uncompressedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;

function readUInt64(buffer: Buffer, offset: number): number {
  // Sizes beyond 2^53 are absurd here; the loss of precision still leaves them over any limit.
  return Number(buffer.readBigUInt64LE(offset));
}

/**
 * Reads the end-of-central-directory record (ZIP64 as well) and walks the central directory, adding up the
 * declared uncompressed sizes. Stops as soon as `stopAbove` is passed. Null when `buffer` is not a zip archive
 * whose directory lies within it.
 */
export function readZipDirectory(
  buffer: Buffer,
  stopAbove: { entries: number; uncompressedBytes: number },
): ZipDirectorySummary | null {
  if (buffer.length < EOCD_SIZE) return null;
  let eocd = -1;
  // The record sits at the end, after a comment of at most 65535 bytes.
  for (let i = buffer.length - EOCD_SIZE; i >= Math.max(0, buffer.length - EOCD_SIZE - 0xffff); i -= 1) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let entries = buffer.readUInt16LE(eocd + 10);
  let directoryOffset = buffer.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (
    (entries === 0xffff || directoryOffset === 0xffffffff) &&
    locator >= 0 &&
    buffer.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE
  ) {
    const zip64 = readUInt64(buffer, locator + 8);
    if (zip64 + 56 > buffer.length || buffer.readUInt32LE(zip64) !== ZIP64_EOCD_SIGNATURE) return null;
    entries = readUInt64(buffer, zip64 + 32);
    directoryOffset = readUInt64(buffer, zip64 + 48);
  }
  if (entries > stopAbove.entries) return { entries, uncompressedBytes: 0 };

  let uncompressedBytes = 0;
  let at = directoryOffset;
  for (let n = 0; n < entries; n += 1) {
    if (at + CENTRAL_HEADER_SIZE > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) return null;
    let size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (size === 0xffffffff) {
      // The real size is in the ZIP64 extra field (id 1), whose first value is the uncompressed size.
      const extraEnd = Math.min(buffer.length, at + CENTRAL_HEADER_SIZE + nameLength + extraLength);
      for (let e = at + CENTRAL_HEADER_SIZE + nameLength; e + 4 <= extraEnd;) {
        const id = buffer.readUInt16LE(e);
        const length = buffer.readUInt16LE(e + 2);
        if (id === 1 && length >= 8 && e + 12 <= extraEnd) {
          size = readUInt64(buffer, e + 4);
          break;
        }
        e += 4 + length;
      }
    }
    uncompressedBytes += size;
    if (uncompressedBytes > stopAbove.uncompressedBytes) return { entries, uncompressedBytes };
    at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return { entries, uncompressedBytes };
}
