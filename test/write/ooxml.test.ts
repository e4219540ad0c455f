// Every workbook the command line writes (and the shipped sample) is valid OOXML in the points
// Excel and LibreOffice trip on; see src/xlsx/ooxml.ts.
import JSZip from "jszip";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compactReference, tidyDataValidations } from "../../src/xlsx/ooxml";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { writeSample } from "../../scripts/make-sample";
import { ooxmlProblems, sheetParts } from "../support/ooxml-check";
import { cli, SAMPLE, WRITTEN_KINDS, writeEveryKind } from "../support/written-workbooks";

describe("every workbook written is valid OOXML", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = { sample: SAMPLE, ...(await writeEveryKind(mkdtempSync(join(tmpdir(), "annex-a-ooxml-")))) };
  }, 300_000);

  it.each(["sample", ...WRITTEN_KINDS])("%s", async (name) => {
    expect(await ooxmlProblems(files[name])).toEqual([]);
  });

  it.each(["sample", ...WRITTEN_KINDS])("%s asks Excel to recalculate on opening", async (name) => {
    const zip = await JSZip.loadAsync(readFileSync(files[name]));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
  });
});

describe("compactReference", () => {
  it("covers exactly the cells given, joining runs down a column and neighbouring columns alike", () => {
    expect(compactReference(["A2", "A3", "A4", "B2", "B3", "B4", "D7", "A3"])).toBe("A2:B4 D7");
    expect(compactReference(["C5", "C6", "C9"])).toBe("C5:C6 C9");
  });
});

describe("tidyDataValidations", () => {
  const rule = (sqref: string) =>
    `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>Codes_gender</formula1></dataValidation>`;
  it("merges a rule written twice over overlapping ranges into one set of cells", () => {
    expect(
      tidyDataValidations(`<dataValidations count="2">${rule("B10:B5001")}${rule("B2:B5001")}</dataValidations>`),
    ).toBe(`<dataValidations count="1">${rule("B2:B5001")}</dataValidations>`);
  });
  it("joins neighbouring columns with the same rows and leaves no cell under two rules", () => {
    const other = `<dataValidation type="list" sqref="C3:C4"><formula1>"Y"</formula1></dataValidation>`;
    expect(
      tidyDataValidations(`<dataValidations count="3">${rule("B2:B9")}${rule("C2:C9")}${other}</dataValidations>`),
    ).toBe(`<dataValidations count="1">${rule("B2:C9")}</dataValidations>`);
  });
});

describe("copies of workbooks Excel saved are valid OOXML", () => {
  const realWorld = join(__dirname, "../real-world");
  it.each(readdirSync(realWorld).filter((name) => name.endsWith(".xlsx")))(
    "%s, marked",
    async (name) => {
      const out = join(mkdtempSync(join(tmpdir(), "annex-a-real-")), "marked.xlsx");
      // Exit 1 (errors) or 2 (an empty template: nothing checked); either way the copy is written.
      const { code, err } = await cli("check", join(realWorld, name), "--out", out);
      expect([code, err, existsSync(out)]).toEqual([expect.any(Number), "", true]);
      expect(await ooxmlProblems(out)).toEqual([]);
    },
    30_000,
  );
});

describe("a copy keeps what ExcelJS would lose", () => {
  it("keeps the user's links to cells and drop-downs, as they were", async () => {
    const dir = mkdtempSync(join(tmpdir(), "annex-a-kept-"));
    const { workbook, kept } = await readWorkbookForCopy(SAMPLE);
    const notes = workbook.addWorksheet("Our notes");
    notes.getCell("A1").value = { text: "first child", hyperlink: "#'Children in need'!A2" };
    (notes as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations.add("B1:B9", {
      type: "list",
      allowBlank: true,
      formulae: ['"a,b"'],
    });
    const input = join(dir, "with-notes.xlsx");
    await saveWorkbook(workbook, input, { kept });
    const out = join(dir, "marked.xlsx");
    expect((await cli("check", input, "--out", out)).code).toBe(1);
    const sheet = (await sheetParts(await JSZip.loadAsync(readFileSync(out)))).find(
      (part) => part.name === "Our notes",
    )!;
    expect(sheet.xml).toContain(`<hyperlink ref="A1" location="&apos;Children in need&apos;!A2"/>`);
    expect(sheet.xml).toMatch(
      /<dataValidation type="list" allowBlank="1" sqref="B1:B9"><formula1>&quot;a,b&quot;<\/formula1>/,
    );
  }, 300_000);
});

describe("the shipped sample", () => {
  it("is what scripts/make-sample.ts makes from the current plan (run it after changing the template)", async () => {
    const made = join(mkdtempSync(join(tmpdir(), "annex-a-sample-")), "sample.xlsx");
    await writeSample(made);
    const parts = async (path: string) => {
      const zip = await JSZip.loadAsync(readFileSync(path));
      return Object.fromEntries(
        await Promise.all(
          Object.keys(zip.files)
            .filter((name) => !zip.files[name].dir)
            .sort()
            .map(async (name) => [name, await zip.file(name)!.async("string")]),
        ),
      );
    };
    expect(await parts(SAMPLE)).toEqual(await parts(made));
  }, 300_000);
});
