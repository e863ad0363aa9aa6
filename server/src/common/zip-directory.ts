import { inflateRawSync } from 'node:zlib';

/** A zip archive's entries and what they unpack to. */
export interface ZipDirectorySummary {
  entries: number;
  /**
   * The bytes the entries unpack to: the declared sizes while they are over the limit already, otherwise the bytes
   * actually inflated (declared sizes are the archive's word, not a fact).
   */
  uncompressedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;

function readUInt64(buffer: Buffer, offset: number): number {
  // Sizes beyond 2^53 are absurd here; the loss of precision still leaves them over any limit.
  return Number(buffer.readBigUInt64LE(offset));
}

/** One entry's data as the central directory places it: where it starts, how long it is, how it is packed. */
interface EntryData {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/**
 * Unpacks the entry, counting the bytes it really gives and giving up as soon as they pass `budget` (the inflater
 * never produces more than `budget + 1` bytes). Returns the bytes, or null when the entry's data is not where the
 * directory says or is packed another way.
 */
function inflatedSize(buffer: Buffer, entry: EntryData, budget: number): number | null {
  const at = entry.localOffset;
  if (at + LOCAL_HEADER_SIZE > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) return null;
  const start = at + LOCAL_HEADER_SIZE + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, Math.min(buffer.length, start + entry.compressedSize));
  if (entry.method === STORED) return data.length;
  if (entry.method !== DEFLATED) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
  } catch (err) {
    // More than the budget: ERR_BUFFER_TOO_LARGE. A damaged stream is not an archive to import.
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? budget + 1 : null;
  }
}

/**
 * Reads the end-of-central-directory record (ZIP64 as well) and walks the central directory: first adding up the
 * declared uncompressed sizes (an archive that declares too much is refused without unpacking anything), then
 * inflating each entry and counting the bytes it really gives, stopping as soon as `stopAbove` is passed. Null when
 * `buffer` is not a zip archive whose directory and data lie within it.
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

  let declaredBytes = 0;
  const data: EntryData[] = [];
  let at = directoryOffset;
  for (let n = 0; n < entries; n += 1) {
    if (at + CENTRAL_HEADER_SIZE > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) return null;
    const method = buffer.readUInt16LE(at + 10);
    let compressedSize = buffer.readUInt32LE(at + 20);
    let size = buffer.readUInt32LE(at + 24);
    let localOffset = buffer.readUInt32LE(at + 42);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The real values are in the ZIP64 extra field (id 1): those that are 0xffffffff above, in this order.
      const extraEnd = Math.min(buffer.length, at + CENTRAL_HEADER_SIZE + nameLength + extraLength);
      for (let e = at + CENTRAL_HEADER_SIZE + nameLength; e + 4 <= extraEnd;) {
        const id = buffer.readUInt16LE(e);
        const length = buffer.readUInt16LE(e + 2);
        if (id === 1) {
          let v = e + 4;
          const next = () => {
            if (v + 8 > Math.min(extraEnd, e + 4 + length)) return null;
            const value = readUInt64(buffer, v);
            v += 8;
            return value;
          };
          if (size === 0xffffffff) size = next() ?? size;
          if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
          if (localOffset === 0xffffffff) localOffset = next() ?? localOffset;
          break;
        }
        e += 4 + length;
      }
    }
    declaredBytes += size;
    if (declaredBytes > stopAbove.uncompressedBytes) return { entries, uncompressedBytes: declaredBytes };
    data.push({ method, compressedSize, localOffset });
    at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }

  let uncompressedBytes = 0;
  for (const entry of data) {
    const size = inflatedSize(buffer, entry, stopAbove.uncompressedBytes - uncompressedBytes);
    if (size === null) return null;
    uncompressedBytes += size;
    if (uncompressedBytes > stopAbove.uncompressedBytes) return { entries, uncompressedBytes };
  }
  return { entries, uncompressedBytes };
}
