// Files small on disk that would fill memory once read are refused with one line and exit status
// 2, as they are read: a flood of shared strings, of cells, and, for a copy (check --out, select,
// import), what ExcelJS would have to hold whole. Each flood is followed by something that would
// stop the read another way (a damaged part): the refusal named shows the read stopped at the
// limit, before reaching it, not after reading everything.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { cellAddress } from "../../src/domain/grid";
import { MAX_GRID_CELLS, MAX_SHARED_STRINGS } from "../../src/xlsx/stream-grids";
import { MAX_COPY_BYTES, MAX_COPY_CELLS } from "../../src/xlsx/workbook-copy";
import { gridOf, validRow } from "../support/grids";
import { writeXlsx, xlsxParts, type SheetPart } from "./build-xlsx";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "annex-a-limits-"));

/** A sheet holding a valid children in need list, inline strings and addresses. */
function listSheet(): SheetPart {
  const rows = gridOf("childrenInNeed", [validRow("childrenInNeed")]).map(
    (row, r) =>
      `<row r="${r + 1}">${row
        .map((value, c) =>
          value === null
            ? ""
            : typeof value === "number"
              ? `<c r="${cellAddress(r, c)}"><v>${value}</v></c>`
              : `<c r="${cellAddress(r, c)}" t="inlineStr"><is><t>${String(value)}</t></is></c>`,
        )
        .join("")}</row>`,
  );
  return { name: "Children in need", xml: `<sheetData>${rows.join("")}</sheetData>` };
}

/** Read in full, this row would be a damaged file (a cell below Excel's last row). */
const BEYOND_THE_LAST_ROW = `<row r="1048577"><c><v>1</v></c></row>`;

describe("a flood of shared strings", () => {
  const path = writeXlsx(join(dir, "strings.xlsx"), {
    sheets: [listSheet()],
    // Each empty; then one the scanner would stop on (an undeclared entity).
    sharedStrings: "<si/>".repeat(MAX_SHARED_STRINGS + 1) + "<si><t>&undeclared;</t></si>",
  });

  it.each([["check"], ["check --out"]])("is refused by %s as the strings are read", async (command) => {
    const out = command === "check --out" ? ["--out", join(dir, "never-written.xlsx")] : [];
    const result = await cli("check", path, ...out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/was not read: it holds more than 1,000,000 shared strings/);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.out).toBe("");
  });
});

describe("a flood of cells", () => {
  // One value at the sheet's last column per row: each row spans 16,384 cells, in a few bytes.
  const rowsNeeded = Math.ceil(MAX_GRID_CELLS / 16_385) + 1;
  const wide = Array.from({ length: rowsNeeded }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`);
  const path = writeXlsx(join(dir, "cells.xlsx"), {
    sheets: [listSheet(), { name: "Wide", xml: `<sheetData>${wide.join("")}${BEYOND_THE_LAST_ROW}</sheetData>` }],
  });

  it.each([["check"], ["select"]])("is refused by %s as the rows are read, not after the sheet", async (command) => {
    const result = await cli(command, path, "--out", join(dir, "never-written.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      new RegExp(`was not read: its sheets span more than ${MAX_GRID_CELLS.toLocaleString("en-GB")} cells`),
    );
    expect(result.err.split("\n")).toHaveLength(1);
  });

  it("is not refused a row earlier: the limit is the one named", async () => {
    const fewer = Array.from(
      { length: Math.floor((MAX_GRID_CELLS - 200) / 16_385) },
      (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`,
    );
    const ok = writeXlsx(join(dir, "cells-under.xlsx"), {
      sheets: [listSheet(), { name: "Wide", xml: `<sheetData>${fewer.join("")}</sheetData>` }],
    });
    expect((await cli("check", ok)).code).toBe(0);
  });
});

describe("a copy ExcelJS would have to hold whole", () => {
  it("is refused, in one line saying the file can be checked, when its sheets hold too many cells", async () => {
    // Blank cells: nothing to the checker, an object each to ExcelJS.
    const perRow = 16_000;
    const blanks = Array.from(
      { length: Math.ceil((MAX_COPY_CELLS + 1) / perRow) },
      (_, r) => `<row r="${r + 1}">${"<c/>".repeat(perRow)}</row>`,
    );
    const path = writeXlsx(join(dir, "blank-cells.xlsx"), {
      sheets: [listSheet(), { name: "Formatted", xml: `<sheetData>${blanks.join("")}</sheetData>` }],
    });
    expect((await cli("check", path)).code).toBe(0);
    const result = await cli("check", path, "--out", join(dir, "never-written.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /can be checked \(annex-a check without --out\), but no copy of it can be written: its sheets hold too many cells/,
    );
    expect(result.err.split("\n")).toHaveLength(1);
  });

  it("is refused when its parts unpack past the copy's cap, even parts the checker never reads", async () => {
    const parts = xlsxParts({ sheets: [listSheet()] });
    parts["xl/media/image1.bin"] = new Uint8Array(MAX_COPY_BYTES + 1);
    const path = join(dir, "large-media.xlsx");
    writeFileSync(path, zipSync(parts, { level: 1 }));
    expect((await cli("check", path)).code).toBe(0);
    const result = await cli("select", path, "--out", join(dir, "never-written.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no copy of it can be written: its parts unpack to too much/);
    expect(result.err.split("\n")).toHaveLength(1);
  });
});
