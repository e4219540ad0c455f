import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { listOf } from "../../src/domain/catalogue";
import { ILACS_2019 } from "../../src/domain/forms/ilacs-2019";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { serial } from "../support/grids";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "annex-a-import-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A contacts export as a case-management system writes it: other headings, order and extras. */
async function exportFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("LCS export").addRows([
    ["Contact date", "Person ID", "Sex", "DOB", "Ethnic group", "Source of contact", "Worker team", "Age"],
    [serial("2026-10-01"), "P100", "Male", serial("2015-03-10"), "WBRI", "6", "Front door", 11],
    [serial("2026-10-05"), "P101", "F", serial("2012-07-21"), "APKN", "2A", "Front door", 14],
  ]);
  const path = join(dir, "export.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("annex-a import", () => {
  it("recognises the list, maps the columns and writes a correctly headed sheet, leaving the export as it was", async () => {
    const source = await exportFile();
    const before = sha(source);
    const out = join(dir, "imported.xlsx");
    const result = await cli("import", source, "--out", out);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/‘LCS export’ holds the contacts list: 2 rows/);
    expect(result.out).toMatch(/‘Person ID’ -> ‘Child unique ID’ \(recognised\)/);
    expect(result.out).toMatch(/not imported: ‘Worker team’/);
    expect(result.out).toMatch(/missing, left blank: ‘If unborn, expected date of birth’/);
    expect(sha(source)).toBe(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Contacts")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      listOf(JTAI_NEGLECT_2017, "contacts").columns.map((column) => column.heading),
    );
    expect((sheet.getRow(2).values as unknown[]).slice(1, 3)).toEqual(["P100", "Male"]);
    expect(workbook.getWorksheet("LCS export")!.getCell("A1").value).toBe("Contact date");

    const checked = JSON.parse((await cli("check", out, "--json")).out) as JsonReport;
    // The sheet named as the template is the list; the export beside it is reported as skipped.
    expect(checked.lists).toEqual([{ list: "contacts", sheet: "Contacts", rows: 2, status: "checked" }]);
    expect(checked.skipped.map((item) => item.sheet)).toEqual(["LCS export"]);
    expect(checked.findings.filter((item) => item.code.startsWith("HEADER-"))).toEqual([]);
    expect(checked.findings.map((item) => item.code)).toContain("CODE-ALIAS");
  });

  it("lays an export out as a list of Ofsted's template, in Ofsted's layout, beside Ofsted's lists", async () => {
    const source = await exportFile();
    // The export beside an Ofsted list: the workbook follows Ofsted's template, and so does the import.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(source);
    const list6 = listOf(ILACS_2019, "childrenInNeed");
    workbook.addWorksheet(list6.sheetName).addRows([[list6.sheetTitle], list6.columns.map((column) => column.heading)]);
    const beside = join(dir, "beside-ofsted.xlsx");
    await workbook.xlsx.writeFile(beside);
    const out = join(dir, "imported-ofsted.xlsx");
    const result = await cli("import", beside, "--sheet", "LCS export", "--out", out);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/‘Person ID’ -> ‘Child Unique ID’ \(recognised\)/);

    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const contacts = listOf(ILACS_2019, "contacts");
    const sheet = written.getWorksheet(contacts.sheetName)!;
    expect(sheet.getCell("A1").value).toBe(contacts.sheetTitle);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(contacts.columns.map((column) => column.heading));
    expect((sheet.getRow(3).values as unknown[]).slice(1, 3)).toEqual(["P100", "Male"]);

    const checked = JSON.parse((await cli("check", out, "--json")).out) as JsonReport;
    expect(checked.form.id).toBe("ilacs-2019");
    expect(checked.lists.find((list) => list.list === "contacts")).toEqual({
      list: "contacts",
      sheet: contacts.sheetName,
      rows: 2,
      status: "checked",
    });
    expect(checked.findings.filter((item) => item.code.startsWith("HEADER-"))).toEqual([]);
  });

  it("maps a column the user names, and previews without writing", async () => {
    const source = await exportFile();
    const result = await cli("import", source, "--preview", "--map", "Worker team=Allocated team");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/‘Allocated team’ is not a heading of the contacts list/);
    const ok = await cli("import", source, "--preview", "--map", "Source of contact=Contact source");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/‘Source of contact’ -> ‘Contact source’ \(your choice\)/);
  });

  it("never overwrites a sheet that is already there", async () => {
    const source = await exportFile();
    const once = join(dir, "once.xlsx");
    await cli("import", source, "--out", once);
    const twice = await cli("import", once, "--sheet", "LCS export", "--out", join(dir, "twice.xlsx"));
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/already has a sheet named ‘Contacts’; it is never overwritten/);
  });

  it("takes an export whose headings are all unknown once the list is named, writing it only with --map", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Export").addRows([
      ["Foo", "Bar"],
      ["R100", "x"],
    ]);
    const source = join(dir, "unknown.xlsx");
    await workbook.xlsx.writeFile(source);
    const out = join(dir, "unknown-imported.xlsx");
    const refused = await cli("import", source, "--list", "referrals", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/not imported: ‘Foo’ \(map it with --map "Foo=Annex A heading"/);
    expect(refused.out).toMatch(/Row 1 of ‘Export’ is taken as its headings and is not imported\./);
    expect(refused.err).toMatch(/None of the referrals headings were found in ‘Export’.* Nothing was written/);
    const mapped = await cli("import", source, "--list", "referrals", "--map", "Foo=Child unique ID", "--out", out);
    expect(mapped.code).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet("Referrals")!.getCell("A2").value).toBe("R100");
  });
});
