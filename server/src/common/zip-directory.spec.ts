import { deflateRawSync } from 'node:zlib';
import { readZipDirectory } from './zip-directory';

/** A zip archive of deflated entries whose directory declares `declaredSize` for each (the real size when null). */
function zip(entries: Array<{ name: string; content: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, declaredSize } of entries) {
    const fileName = Buffer.from(name);
    const packed = deflateRawSync(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize ?? content.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declaredSize ?? content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const LIMITS = { entries: 10, uncompressedBytes: 1024 * 1024 };

describe('readZipDirectory', () => {
  it('counts the bytes the entries really unpack to', () => {
    const archive = zip([
      { name: 'a.xml', content: Buffer.alloc(3000, 'a') },
      { name: 'b.xml', content: Buffer.from('<b/>') },
    ]);
    expect(readZipDirectory(archive, LIMITS)).toEqual({ entries: 2, uncompressedBytes: 3004 });
  });

  it('does not trust small declared sizes: an entry that inflates past the limit is caught while inflating', () => {
    const bomb = zip([{ name: 'xl/sheet1.xml', content: Buffer.alloc(20 * 1024 * 1024), declaredSize: 10 }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const summary = readZipDirectory(bomb, LIMITS);
    expect(summary).not.toBeNull();
    // Stopped just past the limit, not after unpacking 20 MB.
    expect(summary?.uncompressedBytes).toBe(LIMITS.uncompressedBytes + 1);
  });

  it('adds entries up: several small liars together pass the limit', () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({
      name: `p${i}.xml`,
      content: Buffer.alloc(400 * 1024),
      declaredSize: 1,
    }));
    expect(readZipDirectory(zip(parts), LIMITS)?.uncompressedBytes).toBeGreaterThan(LIMITS.uncompressedBytes);
  });

  it('refuses an archive that declares too much without unpacking, and what is not a zip archive', () => {
    const declared = zip([{ name: 'a.xml', content: Buffer.from('x'), declaredSize: 0xfffffff0 }]);
    expect(readZipDirectory(declared, LIMITS)?.uncompressedBytes).toBe(0xfffffff0);
    expect(readZipDirectory(Buffer.from('not a zip archive at all, just some text'), LIMITS)).toBeNull();
    const damaged = zip([{ name: 'a.xml', content: Buffer.alloc(100, 'a') }]);
    damaged.writeUInt32LE(0, 0); // the local header is gone
    expect(readZipDirectory(damaged, LIMITS)).toBeNull();
  });
});
