// The zip the command line writes its workbooks into: parts deflated by Node's zlib, read back
// by JSZip (as ExcelJS reads) and by our own reader, byte for byte.
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZipFile } from "../../src/xlsx/zip";
import { crc32, ZipWriter } from "../../src/xlsx/zip-write";

describe("ZipWriter", () => {
  it("computes CRC-32 as zip stores it", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it("writes parts that JSZip and our reader read back as they were, dated as given", async () => {
    const parts = [
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(`<worksheet>${"<row/>".repeat(50_000)}é</worksheet>`) },
      { name: "xl/media/empty.bin", data: Buffer.alloc(0) },
    ];
    const writer = new ZipWriter(new Date(Date.UTC(2026, 0, 1)));
    for (const part of parts) writer.add(part.name, part.data);
    const bytes = writer.finish();

    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(parts.map((part) => part.name));
    for (const part of parts) {
      expect(Buffer.from(await zip.file(part.name)!.async("uint8array"))).toEqual(part.data);
      expect(zip.file(part.name)!.date.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    }

    const path = join(mkdtempSync(join(tmpdir(), "annex-a-zip-")), "parts.zip");
    writeFileSync(path, bytes);
    const file = new ZipFile(path);
    try {
      for (const part of parts) {
        const chunks: Buffer[] = [];
        await file.read(part.name, (chunk) => chunks.push(chunk));
        expect(Buffer.concat(chunks)).toEqual(part.data);
      }
    } finally {
      file.close();
    }
  });
});
