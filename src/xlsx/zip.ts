// The parts of an .xlsx (a zip) read one at a time, straight from the file, each inflated as a
// stream (Node's own zlib) and handed on as it comes, so no part is ever held whole. Sizes are
// counted as the bytes come out, not taken from the headers, and reading stops at a cap: a zip
// bomb is refused before it can fill memory. APPNOTE.TXT (PKWARE's .ZIP File Format
// Specification) gives the layout.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import { createInflateRaw, type ZlibOptions } from "node:zlib";
import { WorkbookFileError } from "./workbook-file";

/**
 * All the parts read from one workbook may unpack to at most this. The XML of a 125,000-row
 * workbook is about 60 MB; Excel's own largest sheet would be far more, but no Annex A comes near.
 */
export const MAX_INFLATED_BYTES = 512 * 2 ** 20;
/** Bytes handed on at a time, inflated: the cap is checked after each. The inflater may work up to 16 of them ahead, on its own thread. */
const STEP = 64 * 1024;
/** zlib's streams take Transform's options too (Node's zlib.js passes them on), though its types omit them. */
const INFLATE_OPTIONS: ZlibOptions = { chunkSize: STEP, ...{ highWaterMark: 16 * STEP } };

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

export const tooLarge = (path: string) =>
  new WorkbookFileError(
    `${path} was not read: its contents would unpack to more than ${MAX_INFLATED_BYTES / 2 ** 20} MB, far beyond any Annex A workbook (the file is damaged or built to exhaust memory).`,
  );

/** How much a zip's parts may unpack to, and the error that refuses more. */
export interface InflateLimit {
  readonly bytes: number;
  readonly refuse: (path: string) => Error;
}

export const misdeclared = (path: string) =>
  new WorkbookFileError(
    `${path} was not read: a part of it unpacks to more than its header declares (the file is damaged or built to exhaust memory).`,
  );

class ZipFormatError extends Error {}

/** An open zip: its directory, and its parts streamed on request. Close it when done. */
export class ZipFile {
  private readonly fd: number;
  private readonly size: number;
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly path: string,
    private readonly limit: InflateLimit = { bytes: MAX_INFLATED_BYTES, refuse: tooLarge },
  ) {
    this.fd = openSync(path, "r");
    try {
      this.size = fstatSync(this.fd).size;
      for (const entry of this.readDirectory()) this.entries.set(normalisePartName(entry.name), entry);
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  has(name: string): boolean {
    return this.entries.has(normalisePartName(name));
  }

  /** Every part's name as the zip spells it, folders left out. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name).filter((name) => !name.endsWith("/"));
  }

  /**
   * Streams one part to `onChunk`, STEP inflated bytes at a time. Resolves false when the zip has
   * no such part. Throws as soon as the part passes the size its header declared, or the parts
   * read so far pass the cap, whatever the headers said.
   */
  async read(name: string, onChunk: (bytes: Buffer) => void): Promise<boolean> {
    const entry = this.entries.get(normalisePartName(name));
    if (!entry) return false;
    if (this.inflated + entry.declaredSize > this.limit.bytes) throw this.limit.refuse(this.path);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
    const start = this.dataOffset(entry);
    if (start + entry.compressedSize > this.size)
      throw new ZipFormatError(`${entry.name} runs past the end of the file`);
    let produced = 0;
    if (entry.compressedSize > 0) {
      const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: STEP });
      const stream: Readable = entry.method === 8 ? raw.pipe(createInflateRaw(INFLATE_OPTIONS)) : raw;
      raw.on("error", (error) => stream.destroy(error));
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          produced += chunk.length;
          this.inflated += chunk.length;
          // Counted as the bytes come out: a part larger than its header says stops there.
          if (produced > entry.declaredSize) throw misdeclared(this.path);
          if (this.inflated > this.limit.bytes) throw this.limit.refuse(this.path);
          onChunk(chunk);
        }
      } finally {
        raw.destroy();
        stream.destroy();
      }
    }
    if (produced !== entry.declaredSize)
      throw new ZipFormatError(`${entry.name} unpacks to ${produced} bytes, not the ${entry.declaredSize} declared`);
    return true;
  }

  private bytesAt(position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const read = readSync(this.fd, buffer, 0, length, position);
    if (read !== length) throw new ZipFormatError("the file is cut short");
    return buffer;
  }

  private dataOffset(entry: ZipEntry): number {
    const header = this.bytesAt(entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`no local header for ${entry.name}`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  /** The central directory, found from the end-of-central-directory record (zip64 where needed). */
  private readDirectory(): ZipEntry[] {
    const tailLength = Math.min(this.size, 22 + 0xffff);
    const tail = this.bytesAt(this.size - tailLength, tailLength);
    let end = -1;
    for (let at = tailLength - 22; at >= 0; at--) {
      if (tail.readUInt32LE(at) === 0x06054b50) {
        end = at;
        break;
      }
    }
    if (end < 0) throw new ZipFormatError("no end of central directory");
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) throw new ZipFormatError("no zip64 locator");
      const record = this.bytesAt(Number(tail.readBigUInt64LE(locator + 8)), 56);
      if (record.readUInt32LE(0) !== 0x06064b50) throw new ZipFormatError("no zip64 end record");
      count = Number(record.readBigUInt64LE(32));
      directorySize = Number(record.readBigUInt64LE(40));
      directoryOffset = Number(record.readBigUInt64LE(48));
    }
    if (directoryOffset + directorySize > this.size || count > directorySize / 46)
      throw new ZipFormatError("the central directory does not fit the file");
    const directory = this.bytesAt(directoryOffset, directorySize);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let index = 0; index < count; index++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50)
        throw new ZipFormatError("a damaged central directory");
      const flags = directory.readUInt16LE(at + 8);
      const method = directory.readUInt16LE(at + 10);
      let compressedSize = directory.readUInt32LE(at + 20);
      let declaredSize = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      let localHeaderOffset = directory.readUInt32LE(at + 42);
      const name = directory.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
      // The zip64 extra field holds, in this order, whichever of the three sizes overflowed.
      for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
        const id = directory.readUInt16LE(extra);
        const length = directory.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          const next = () => {
            const value = Number(directory.readBigUInt64LE(field));
            field += 8;
            return value;
          };
          if (declaredSize === 0xffffffff) declaredSize = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
        }
        extra += 4 + length;
      }
      if (flags & 0x1) throw new ZipFormatError(`${name} is encrypted`);
      entries.push({ name, method, compressedSize, declaredSize, localHeaderOffset });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }
}

/** Part names compare without a leading slash and without case (ECMA-376 Part 2, 6.2.2.3). */
export function normalisePartName(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}
