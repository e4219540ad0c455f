import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { GENDER } from "../../src/domain/forms/jtai-codes";
import { canonicalValues } from "../../src/domain/codes";
import { ALL_RULES } from "../../src/domain/rules";
import { NAMES } from "../../src/domain/workbook-conventions";
import { FINDINGS_SHEET } from "../../src/domain/findings";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { gridOf, validRow } from "../support/grids";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "annex-a-cli-"));

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A workbook with the given sheets of rows, as a data team might paste them. */
async function writeWorkbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) workbook.addWorksheet(sheet).addRows(rows);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("annex-a template", () => {
  const path = join(dir, "template.xlsx");
  let workbook: ExcelJS.Workbook;
  let kept: ReadonlyMap<ExcelJS.Worksheet, { dataValidations?: string }>;

  beforeAll(async () => {
    const result = await cli("template", path, "--notification-date", "2026-11-24", "--local-authority", "Anytown");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Wednesday 25\/11\/2026, 3pm/);
    ({ workbook, kept } = await readWorkbookForCopy(path));
  });

  it("writes every list with the catalogue's headings in row 1, as a table", () => {
    for (const list of JTAI_NEGLECT_2017.lists) {
      const sheet = workbook.getWorksheet(list.sheetName)!;
      expect(sheet).toBeDefined();
      const headings = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headings).toEqual(list.columns.map((column) => column.heading));
      expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toEqual([list.tableName]);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("gives coded and Y/N columns a drop-down from the Codes sheet, and dates dd/mm/yyyy", () => {
    const sheet = workbook.getWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!;
    // Read from the sheet's XML: ExcelJS would make one object per cell of 100,000 rows.
    const rules = [
      ...kept
        .get(sheet)!
        .dataValidations!.matchAll(/<dataValidation\b[^>]*type="list"[^>]*sqref="([^"]+)"><formula1>([^<]+)</g),
    ].map((match) => [match[1], match[2]]);
    expect(rules).toContainEqual(["B2:B100001", "Codes_gender"]);
    expect(rules).toContainEqual(["G2:G100001 O2:O100001", "Codes_yesNo"]);
    expect(rules.flatMap(([sqref]) => sqref.split(" ")).filter((ref) => ref.startsWith("N"))).toEqual([]);
    expect(sheet.getColumn(4).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getColumn(1).numFmt).toBe("@");
    const codes = workbook.getWorksheet("Codes")!;
    const genderColumn = (codes.getColumn(2).values as unknown[]).slice(2);
    expect(genderColumn).toEqual(canonicalValues(GENDER));
  });

  it("writes the Inspection sheet: local authority, notification and reference dates, every deadline", () => {
    const sheet = workbook.getWorksheet("Inspection")!;
    expect(sheet.getCell("B3").value).toBe("Anytown");
    expect(sheet.getCell("B4").value).toEqual(new Date(Date.UTC(2026, 10, 24)));
    expect(sheet.getCell("B5").value).toMatchObject({ formula: NAMES.notificationDate });
    expect(workbook.definedNames.getRanges(NAMES.referenceDate).ranges).toEqual(["Inspection!$B$5"]);
    const dueColumn = (sheet.getColumn(1).values as unknown[]).slice(9).filter(Boolean);
    expect(dueColumn).toHaveLength(9);
    expect(sheet.getCell("A15").value).toMatchObject({ formula: "WORKDAY(NotificationDate,5)" });
  });

  it("writes the checklists", () => {
    for (const checklist of JTAI_NEGLECT_2017.checklists)
      expect(workbook.getWorksheet(checklist.sheetName)).toBeDefined();
    expect(workbook.getWorksheet("Other information")!.getCell("A34").value).toBe("6.5");
  });

  it("highlights in-focus rows with a conditional format on lists with a neglect flag", () => {
    const sheet = workbook.getWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!;
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("A2:O100001");
    expect(formats[0].rules[0].formulae[0]).toContain("DATEDIF(IF(ISNUMBER($D2),$D2,");
  });

  it("reads back with zero findings, every list empty: not a clean pass, so exit 2", async () => {
    const result = await cli("check", path, "--json");
    // Nothing was checked: an empty template is not a clean return.
    expect(result.code).toBe(2);
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.findings).toEqual([]);
    expect(report.referenceDate).toBe("2026-11-24");
    expect(report.lists.map((list) => list.list)).toEqual(JTAI_NEGLECT_2017.lists.map((list) => list.id));
    expect(new Set(report.lists.map((list) => list.status))).toEqual(new Set(["empty"]));
    const text = await cli("check", path);
    expect(text.code).toBe(2);
    expect(text.out).toMatch(/Children in need \(sheet ‘Children in need’\): empty, no rows to check/);
    expect(text.out).toMatch(/Nothing was checked: every list found is empty/);
    expect(text.out).not.toMatch(/Total: 0 errors/);
  });
});

describe("annex-a check", () => {
  let bad: string;

  beforeAll(async () => {
    const grid = gridOf("childrenInNeed", [
      validRow("childrenInNeed", { childId: "1234.0", gender: "Male", dateOfBirth: "38/04/2019", age: null }),
      validRow("childrenInNeed", { childId: "C2", disability: "yes" }),
    ]);
    bad = await writeWorkbook("bad.xlsx", { "Children in need": grid, Notes: [["Not a list"]] });
  });

  it("prints a readable report and exits 1 when there are errors", async () => {
    const result = await cli("check", bad, "--reference-date", "2026-11-24");
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /Children in need \(sheet ‘Children in need’\): 2 rows checked, 1 error, 3 warnings, 1 child in focus/,
    );
    expect(result.out).toMatch(
      / {2}error +DATE-IMPOSSIBLE +Date of birth: ‘38\/04\/2019’ is not a real date.* — 1 cell \(D2\)/,
    );
    expect(result.out).toMatch(/Suggested fix: 1234\. — 1 cell \(A2\)/);
    expect(result.out).toMatch(/Sheet ‘Notes’ was not checked/);
  });

  it("prints the stable JSON shape", async () => {
    const result = await cli("check", bad, "--json", "--reference-date", "2026-11-24");
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.referenceDate).toBe("2026-11-24");
    expect(report.lists).toEqual([{ list: "childrenInNeed", sheet: "Children in need", rows: 2, status: "checked" }]);
    expect(report.findings[0]).toEqual({
      sheet: "Children in need",
      list: "childrenInNeed",
      cell: "A2",
      row: 2,
      column: "Child unique ID",
      severity: "warning",
      code: "ID-FORMAT",
      message: expect.stringContaining("‘1234.0’"),
      fix: "1234",
    });
    expect(report.findings.map((item) => item.code).sort()).toEqual(
      ["CODE-ALIAS", "DATE-IMPOSSIBLE", "ID-FORMAT", "YN-ALIAS"].sort(),
    );
    expect(report.focus).toEqual([{ sheet: "Children in need", list: "childrenInNeed", row: 3, childId: "C2" }]);
  });

  it("writes a marked copy and never touches the input", async () => {
    const before = sha(bad);
    const out = join(dir, "marked.xlsx");
    const result = await cli("check", bad, "--out", out, "--reference-date", "2026-11-24");
    expect(result.code).toBe(1);
    expect(sha(bad)).toBe(before);
    const marked = await readBack(out);
    const sheet = marked.getWorksheet("Children in need")!;
    expect(sheet.getCell("D2").value).toBe("38/04/2019");
    expect((sheet.getCell("D2").fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: "FFFFC7CE" });
    expect(String(sheet.getCell("D2").note)).toMatch(/Error \(DATE-IMPOSSIBLE\)/);
    expect(String(sheet.getCell("A2").note)).toMatch(/Suggested fix: 1234\./);
    expect(sheet.getCell("C3").fill).toBeUndefined();
    const findings = marked.getWorksheet(FINDINGS_SHEET)!;
    // One anchor per internal link: a location and no relationship (ExcelJS reads only the latter).
    const linkText = findings.getCell("E4").value as string;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheetPath = `xl/worksheets/sheet${marked.worksheets.indexOf(findings) + 1}.xml`;
    expect(await zip.file(sheetPath)!.async("string")).toContain(
      `<hyperlink ref="E4" location="&apos;Children in need&apos;!${linkText}"/>`,
    );
    expect(findings.getCell("D1").value).toBe(
      "4 findings (1 error, 3 warnings) in 4 groups, one row each; checked 24/11/2026",
    );
    expect(marked.definedNames.getRanges(NAMES.referenceDate).ranges).toEqual(["'Annex A findings'!$B$1"]);
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(formats.map((format) => format.ref)).toEqual(["D2", "A2:B2 G3", "A2:O3"]);
  });

  it("refuses to write the marked copy over the input", async () => {
    const result = await cli("check", bad, "--out", bad);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/never changed/);
  });

  it("takes the reference date from the workbook's Inspection sheet, else today", async () => {
    const template = join(dir, "dated.xlsx");
    await cli("template", template, "--notification-date", "2026-06-02");
    expect((JSON.parse((await cli("check", template, "--json")).out) as JsonReport).referenceDate).toBe("2026-06-02");
    expect(
      (JSON.parse((await cli("check", template, "--json", "--reference-date", "2026-07-01")).out) as JsonReport)
        .referenceDate,
    ).toBe("2026-07-01");
    expect((JSON.parse((await cli("check", bad, "--json")).out) as JsonReport).referenceDate).toBe("2026-11-24");
  });
});

describe("annex-a check's verdict: ready to send, by the inspection clock", () => {
  // Notified on Tuesday 24/11/2026, today in these tests: the two day-0 lists are due today.
  const inspection = [
    ["Notification date", new Date(Date.UTC(2026, 10, 24))],
    ["Reference date", new Date(Date.UTC(2026, 10, 24))],
  ];
  const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
  const CP = listOf(JTAI_NEGLECT_2017, "childProtection").sheetName;

  it("is ready when both lists due today have rows and no errors, and names what is due later", async () => {
    const path = await writeWorkbook("ready.xlsx", {
      Inspection: inspection,
      [CIN]: gridOf("childrenInNeed", [validRow("childrenInNeed", {})]),
      [CP]: gridOf("childProtection", [validRow("childProtection", {})]),
    });
    const result = await cli("check", path);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "Ready to send: every list due so far is checked with no errors (lists due by today, 24/11/2026, counted from the notification date, 24/11/2026).",
    );
    expect(result.out).toContain("  - Contacts is not due until Thursday 26/11/2026, end of day.");
    const report = JSON.parse((await cli("check", path, "--json")).out) as JsonReport;
    expect(report.verdict).toMatchObject({ ready: true, reasons: [] });
  });

  it("is not ready when a list due today is empty, though nothing has an error; the exit status is unchanged", async () => {
    const path = await writeWorkbook("cp-empty.xlsx", {
      Inspection: inspection,
      [CIN]: gridOf("childrenInNeed", [validRow("childrenInNeed", {})]),
      [CP]: gridOf("childProtection", []),
    });
    const result = await cli("check", path);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Total: 0 errors, 0 warnings.");
    expect(result.out).toContain(
      "Not ready to send: Children on a child protection plan needs attention (lists due by today",
    );
    expect(result.out).toContain(
      "  - Children on a child protection plan is empty (due Tuesday 24/11/2026, end of day).",
    );
    const report = JSON.parse((await cli("check", path, "--json")).out) as JsonReport;
    expect(report.verdict.ready).toBe(false);
    expect(report.verdict.lists.find((list) => list.list === "childProtection")).toEqual({
      list: "childProtection",
      readiness: "empty",
      due: "Tuesday 24/11/2026, end of day",
      errors: 0,
    });
  });

  it("is never ready when nothing was checked", async () => {
    const path = await writeWorkbook("nothing.xlsx", { Inspection: inspection, [CIN]: gridOf("childrenInNeed", []) });
    const result = await cli("check", path);
    expect(result.code).toBe(2);
    expect(result.out).toContain("Not ready to send: nothing was checked");
  });
});

describe("files that cannot be checked", () => {
  beforeAll(async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    await empty.xlsx.writeFile(join(dir, "no-data.xlsx"));
  });
  const oleHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(dir, "nope.xlsx"), /There is no file at/],
    [
      "a folder",
      () => (mkdirSync(join(dir, "folder.xlsx"), { recursive: true }), join(dir, "folder.xlsx")),
      /is a folder/,
    ],
    [
      "a text file",
      () => (writeFileSync(join(dir, "list.txt"), "Child unique ID,Gender\n1,a) Male\n"), join(dir, "list.txt")),
      /list\.txt is a text file, not a workbook or CSV: save the lists from Excel as \.xlsx or \.csv and try again/,
    ],
    [
      "an old .xls",
      () => (writeFileSync(join(dir, "old.xls"), Buffer.concat([oleHeader, Buffer.alloc(600)])), join(dir, "old.xls")),
      /old\.xls is an Excel 97–2003 workbook \(\.xls\)\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\)/,
    ],
    [
      "a password-protected workbook",
      () => (
        writeFileSync(
          join(dir, "locked.xlsx"),
          Buffer.concat([oleHeader, Buffer.alloc(64), Buffer.from("EncryptionInfo", "utf16le")]),
        ),
        join(dir, "locked.xlsx")
      ),
      /password-protected/,
    ],
    [
      "a damaged workbook",
      () => (
        writeFileSync(join(dir, "broken.xlsx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)])),
        join(dir, "broken.xlsx")
      ),
      /may be damaged/,
    ],
    ["an empty file", () => (writeFileSync(join(dir, "empty.xlsx"), ""), join(dir, "empty.xlsx")), /is empty/],
    ["an empty workbook", () => join(dir, "no-data.xlsx"), /is an empty workbook/],
    [
      "a Word 97–2003 document",
      () => (
        writeFileSync(
          join(dir, "letter.doc"),
          Buffer.concat([oleHeader, Buffer.alloc(64), Buffer.from("WordDocument", "utf16le")]),
        ),
        join(dir, "letter.doc")
      ),
      /letter\.doc is a Word 97–2003 document \(\.doc\), not a workbook or CSV: put the lists in Excel, save them as \.xlsx or \.csv/,
    ],
    [
      "a PDF",
      () => (writeFileSync(join(dir, "lists.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), join(dir, "lists.pdf")),
      /lists\.pdf is a PDF document, not a workbook or CSV: ask for the lists as an Excel workbook \(\.xlsx\) or a CSV export \(\.csv\)/,
    ],
    [
      "a web page named .xls, as some systems export a table",
      () => (
        writeFileSync(
          join(dir, "export.xls"),
          "\uFEFF<html><body><table><tr><td>Child ID</td></tr></table></body></html>",
        ),
        join(dir, "export.xls")
      ),
      /export\.xls is a web page \(HTML\), not a workbook or CSV .*: open it in Excel, save it as an Excel Workbook \(\.xlsx\)/,
    ],
    [
      "a binary file that is no workbook",
      () => (
        writeFileSync(join(dir, "picture.xlsx"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
        join(dir, "picture.xlsx")
      ),
      /picture\.xlsx is neither an Excel workbook \(\.xlsx\) nor a CSV export: save the lists from Excel as \.xlsx or \.csv/,
    ],
  ];

  it.each(cases)("%s: a one-line message and exit status 2", async (_name, make, message) => {
    const result = await cli("check", make());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.out).toBe("");
  });

  /** A zip holding the given parts, as Office writes its files. */
  async function writeZip(name: string, parts: Record<string, string>): Promise<string> {
    const zip = new JSZip();
    for (const [part, text] of Object.entries(parts)) zip.file(part, text);
    const path = join(dir, name);
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    return path;
  }
  const relationship = (target: string) =>
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

  it("a Word document renamed .xlsx is named a Word document, not an empty workbook", async () => {
    const file = await writeZip("letter.xlsx", {
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "_rels/.rels": relationship("word/document.xml"),
      "word/document.xml":
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
    });
    for (const argv of [
      ["check", file],
      ["select", file, "--out", join(dir, "letter-selected.xlsx")],
    ]) {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `${file} is a Word document (.docx), not a workbook or CSV: put the lists in Excel, save them as .xlsx or .csv and try again.`,
      );
    }
  });

  it("a zip holding no workbook says so and what to do", async () => {
    const file = await writeZip("photos.xlsx", { "photo.jpg": "not a picture" });
    const result = await cli("check", file);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /photos\.xlsx is a zip file but not an Excel workbook: .* unzip it and give the \.xlsx or \.csv file\./,
    );
  });

  it("a workbook named .csv is told to be renamed .xlsx, not to be saved as UTF-8", async () => {
    const workbook = await writeWorkbook("really-a-workbook.xlsx", { Contacts: [["Child unique ID"], ["C1"]] });
    const file = join(dir, "really-a-workbook.csv");
    writeFileSync(file, readFileSync(workbook));
    const result = await cli("check", file);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /really-a-workbook\.csv is a zip file, as an Excel workbook \(\.xlsx\) is, not a CSV export: .*rename it to end \.xlsx/,
    );
  });

  it("import, select and finalise name a text file as check does", async () => {
    const file = join(dir, "notes.txt");
    writeFileSync(file, "Notes from the planning meeting.\n");
    const out = join(dir, "from-notes.xlsx");
    for (const argv of [
      ["import", file, "--preview"],
      ["select", file, "--out", out],
      ["finalise", file, "--out", out],
    ]) {
      const result = await cli(...argv);
      expect([argv[0], result.code]).toEqual([argv[0], 2]);
      expect(result.err).toBe(
        `${file} is a text file, not a workbook or CSV: save the lists from Excel as .xlsx or .csv and try again (a CSV export is read as CSV when its name ends .csv).`,
      );
    }
  });

  it("rejects a reference date that is not a date", async () => {
    const result = await cli("check", join(dir, "x.xlsx"), "--reference-date", "24/11/2026");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/YYYY-MM-DD/);
  });
});

describe("options the command does not know, or without their values", () => {
  const one = async (...argv: string[]) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    // One line, never the whole usage after it.
    expect(result.err.split("\n")).toHaveLength(1);
    return result.err;
  };

  it("names an unknown flag and the nearest known one", async () => {
    expect(await one("check", "in.xlsx", "--outt", "marked.xlsx")).toBe(
      "annex-a check has no option --outt: did you mean --out? Run annex-a check --help for the options.",
    );
    expect(await one("check", "in.xlsx", "-out", "marked.xlsx")).toBe(
      "annex-a check has no option -out: did you mean --out? Run annex-a check --help for the options.",
    );
    expect(await one("select", "in.xlsx", "--reference", "2026-11-24")).toMatch(/did you mean --reference-date\?/);
    expect(await one("template", "out.xlsx", "--notification", "2026-11-24")).toMatch(
      /did you mean --notification-date\?/,
    );
    expect(await one("finalise", "in.xlsx", "--out", "x.xlsx", "--anyways")).toMatch(/did you mean --anyway\?/);
    expect(await one("import", "in.xlsx", "--preveiw")).toMatch(/did you mean --preview\?/);
  });

  it("suggests nothing when no known flag is close", async () => {
    expect(await one("check", "in.xlsx", "--verbose")).toBe(
      "annex-a check has no option --verbose. Run annex-a check --help for the options.",
    );
    // --preview is import's, not check's.
    expect(await one("check", "in.xlsx", "--preview")).toMatch(/^annex-a check has no option --preview\. Run/);
  });

  it("says a flag needs a value, at the end or before another flag", async () => {
    expect(await one("check", "in.xlsx", "--out")).toBe(
      "--out needs a value after it, as in --out OUT.xlsx. Run annex-a check --help for the options.",
    );
    expect(await one("check", "in.xlsx", "--out", "--force")).toMatch(/^--out needs a value after it/);
    expect(await one("check", "in.xlsx", "--reference-date")).toMatch(
      /^--reference-date needs a value after it, as in --reference-date YYYY-MM-DD\./,
    );
    expect(await one("import", "in.xlsx", "--preview", "--map")).toMatch(
      /^--map needs a value after it, as in --map "Export heading=Annex A heading"\. Run annex-a import --help/,
    );
    expect(await one("check", "in.xlsx", "--json=yes")).toBe(
      "--json takes no value. Run annex-a check --help for the options.",
    );
  });

  it("--help after a command prints that command's usage, naming the inputs it reads", async () => {
    for (const command of ["check", "select", "import"]) {
      const result = await cli(command, "--help");
      expect(result.code).toBe(0);
      expect(result.out).toContain(`annex-a ${command} IN.xlsx|IN.csv `);
      expect(result.out).toMatch(/an Excel workbook \(\.xlsx\), or a CSV export \(\.csv, UTF-8\)/);
      expect(result.out).not.toMatch(/annex-a (template|finalise|rules)/);
    }
    const finalise = await cli("finalise", "in.xlsx", "-h");
    expect(finalise.code).toBe(0);
    expect(finalise.out).toContain("annex-a finalise IN.xlsx --out OUT.xlsx");
    expect(finalise.out).not.toContain("IN.csv");
    const usage = await cli("help");
    expect(usage.out).toMatch(/annex-a check IN\.xlsx\|IN\.csv /);
    expect(usage.out).toMatch(/annex-a select IN\.xlsx\|IN\.csv /);
    expect(usage.out).toMatch(/annex-a import IN\.xlsx\|IN\.csv /);
  });
});

describe("annex-a rules", () => {
  it("lists every rule's code, severity and summary", async () => {
    const result = await cli("rules");
    expect(result.code).toBe(0);
    for (const rule of ALL_RULES) expect(result.out).toContain(rule.code);
    expect(result.out.split("\n")).toHaveLength(ALL_RULES.length);
  });
});

describe("the installed command", () => {
  it("runs as a bin script", () => {
    const output = execFileSync(process.execPath, [join(__dirname, "../../bin/annex-a.js"), "rules"], {
      encoding: "utf8",
    });
    expect(output).toContain("DATE-US-ORDER");
  });
});

describe("the sample workbook (assets/sample-annex-a.xlsx)", () => {
  it("is the template with fictitious children whose mistakes the check finds", async () => {
    const result = await cli("check", join(__dirname, "../../assets/sample-annex-a.xlsx"), "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.referenceDate).toBe("2026-11-24");
    const codes = new Set(report.findings.map((item) => item.code));
    for (const code of [
      "ID-FORMAT",
      "CODE-ALIAS",
      "YN-ALIAS",
      "CODE-INVALID",
      "DATE-US-ORDER",
      "DATE-IMPOSSIBLE",
      "AGE-NOT-WHOLE",
      "DATE-TWO-DIGIT-YEAR",
      "CELL-EXCEL-ERROR",
    ]) {
      expect([code, codes.has(code)]).toEqual([code, true]);
    }
  });
});

describe("annex-a check: never a silent pass", () => {
  it("a workbook holding no list of this Annex A is exit 2, one line per sheet saying what it holds", async () => {
    const file = await writeWorkbook("no-list.xlsx", {
      Codes_used: [
        ["Gender", null, "Ethnicity"],
        ["Preferred code", null, "Preferred code"],
        ["a) Male", null, "a) WBRI"],
      ],
      "List 9": [
        ["List 9: Care leavers"],
        ["Child Unique ID", "Gender", "Eligibility Category"],
        [1, "a) Male", "a) Relevant child"],
      ],
      Guidance: [
        ["List Number/Title", "Field Heading"],
        ["List 1", "Child Unique ID"],
      ],
    });
    // Checked as the 2017 neglect guidance's lists: Ofsted's "List 9" headings would otherwise have
    // the workbook read as Ofsted's template.
    const result = await cli("check", file, "--form", "jtai-neglect-2017");
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/No list of this Annex A was found in this workbook, so nothing was checked\./);
    expect(result.out).toMatch(/‘Codes_used’: Ofsted's code table, not a list\./);
    expect(result.out).toMatch(/‘List 9’: care leavers, an ILACS list this Annex A does not ask for\./);
    expect(result.out).toMatch(/‘Guidance’: guidance or notes, not a list\./);
    expect(result.out).not.toMatch(/Total/);
    const json = await cli("check", file, "--json", "--form", "jtai-neglect-2017");
    expect(json.code).toBe(2);
    expect((JSON.parse(json.out) as JsonReport).skipped.map((item) => item.sheet)).toEqual([
      "Codes_used",
      "List 9",
      "Guidance",
    ]);
  });

  it("the SEND inspection's Annex A is named as such and is exit 2", async () => {
    const file = await writeWorkbook("send.xlsx", {
      "List 1": [
        ["Child unique ID", "Gender", "Date of birth", "Ethnicity", "EHC plan start date", "SEN support"],
        ["C1", "a) Male", 40000, "a) WBRI", 44000, "Y"],
      ],
    });
    const result = await cli("check", file);
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/‘List 1’: this looks like the SEND inspection's Annex A/);
  });
});
