// A zip written from parts already in memory, each deflated by Node's own zlib (native, several
// times faster than JSZip's JavaScript deflate on the tens of megabytes of XML in a marked copy of
// a large return). Only what an .xlsx needs: no folders, no encryption, no ZIP64 (a copy is
// refused long before 4 GB, workbook-copy.ts). APPNOTE.TXT (PKWARE's .ZIP File Format
// Specification) gives the layout: local headers and data, then the central directory, then its end.
import { deflateRawSync } from "node:zlib";

export interface ZipPart {
  readonly name: string;
  readonly data: Buffer;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip stores it (APPNOTE 4.4.7). */
export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let index = 0; index < data.length; index++) crc = CRC_TABLE[(crc ^ data[index]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A date as MS-DOS time and date (APPNOTE 4.4.6), in UTC as JSZip writes it: the same bytes wherever written. */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * A zip built a part at a time: each part is deflated as it is added and only the deflated bytes
 * are kept, so a package of hundreds of megabytes of XML is never held whole as text.
 */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly directory: Buffer[] = [];
  private offset = 0;
  private count = 0;

  constructor(
    /** Every part's date: one date, so the same workbook is the same bytes. */
    date: Date,
    private readonly level = 6,
  ) {
    ({ time: this.time, day: this.day } = dosDateTime(date));
  }

  private readonly time: number;
  private readonly day: number;

  add(name: string, data: Buffer): void {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data, { level: this.level });
    // Version 2.0, bit 11 (the name is UTF-8), method 8 (deflate).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0x0800, 2);
    common.writeUInt16LE(8, 4);
    common.writeUInt16LE(this.time, 6);
    common.writeUInt16LE(this.day, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    this.chunks.push(local, common, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    common.copy(central, 6);
    // Comment length, disk, internal and external attributes are zero; then where the part starts.
    central.writeUInt32LE(this.offset, 42);
    this.directory.push(central, nameBytes);
    this.offset += 4 + common.length + nameBytes.length + packed.length;
    this.count += 1;
  }

  /** The zip's bytes: the parts in the order added, then the central directory and its end. */
  finish(): Buffer {
    const directorySize = this.directory.reduce((sum, chunk) => sum + chunk.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.chunks, ...this.directory, end]);
  }
}
