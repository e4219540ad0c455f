// Files built to exhaust memory are refused with one line and exit status 2, before they can: a
// zip bomb (whether its headers tell the truth or lie about its size) and XML declaring entities.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { MAX_INFLATED_BYTES } from "../../src/xlsx/zip";
import { xlsxParts } from "./build-xlsx";
import { strToU8, zipSync } from "fflate";
import { cli } from "../support/cli";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const dir = mkdtempSync(join(tmpdir(), "annex-a-hostile-"));

interface RawEntry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  /** What the headers say it unpacks to. */
  declaredSize: number;
}

/** A zip written by hand, so its headers can say anything (APPNOTE.TXT 4.3). CRCs are left 0. */
function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
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

const MB = 2 ** 20;
/** One megabyte of spaces as a non-final deflate segment (about 1 KB): segments laid end to end stay valid deflate. */
const SPACES = deflateRawSync(Buffer.alloc(MB, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/** A workbook whose one sheet unpacks to `megabytes` MB, from well under a megabyte of zip. */
function bomb(path: string, megabytes: number, declaredSize: number): string {
  const parts = xlsxParts({ sheets: [{ name: "Contacts", xml: "<sheetData/>" }] });
  const sheet = "xl/worksheets/sheet1.xml";
  const head = deflateRawSync(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
    ),
    { finishFlush: constants.Z_SYNC_FLUSH },
  );
  const entries: RawEntry[] = Object.entries(parts)
    .filter(([name]) => name !== sheet)
    .map(([name, bytes]) => ({ name, data: deflateRawSync(bytes), declaredSize: bytes.length }));
  entries.push({
    name: sheet,
    data: Buffer.concat([head, ...Array<Buffer>(megabytes).fill(SPACES), FINAL_EMPTY_BLOCK]),
    declaredSize,
  });
  writeFileSync(path, rawZip(entries));
  return path;
}

describe("a zip bomb", () => {
  const megabytes = MAX_INFLATED_BYTES / MB + 88;

  it("is refused from its declared size, before any of it is unpacked", async () => {
    const path = bomb(join(dir, "honest-bomb.xlsx"), megabytes, megabytes * MB);
    const result = await cli("check", path);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/was not read: its contents would unpack to more than 512 MB/);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.out).toBe("");
  });

  it("is refused as it unpacks when its headers lie about its size, and unpacking stops there", async () => {
    const path = bomb(join(dir, "lying-bomb.xlsx"), megabytes, 4096);
    const before = process.memoryUsage().rss;
    const result = await cli("check", path, "--out", join(dir, "never-written.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/was not read: a part of it unpacks to more than its header declares/);
    expect(result.err.split("\n")).toHaveLength(1);
    // Stopped within the first step (16 KB in, at most ~16 MB out), not after 600 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  });

  it("is built from segments that unpack to a megabyte each, so the bomb really unpacks past the cap", () => {
    const data = Buffer.concat([...Array<Buffer>(3).fill(SPACES), FINAL_EMPTY_BLOCK]);
    expect(inflateRawSync(data).length).toBe(3 * MB);
    expect(megabytes * MB).toBeGreaterThan(MAX_INFLATED_BYTES);
  });
});

describe("XML that declares entities", () => {
  const laughs =
    `<!DOCTYPE worksheet [<!ENTITY lol "lol">` +
    Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? "" : level};`.repeat(10)}">`,
    ).join("") +
    `]>`;

  const sheetWithEntities = `<?xml version="1.0" encoding="UTF-8"?>${laughs}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  const stringsWithEntities = `<?xml version="1.0" encoding="UTF-8"?>${laughs.replace("worksheet", "sst")}<sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>`;

  it.each([
    ["a sheet", xlsxParts({ sheets: [{ name: "Contacts", xml: sheetWithEntities }] })],
    [
      "the shared strings",
      {
        ...xlsxParts({
          sheets: [{ name: "Contacts", xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` }],
          sharedStrings: [],
        }),
        "xl/sharedStrings.xml": strToU8(stringsWithEntities),
      },
    ],
  ])("is refused in %s", async (where, parts) => {
    const path = join(dir, `entities-in-${where.replace(/ /g, "-")}.xlsx`);
    writeFileSync(path, zipSync(parts));
    const result = await cli("check", path);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/was not read: its XML declares a document type or entities/);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.out).toBe("");
  });
});
