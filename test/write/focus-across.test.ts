// A marked copy of a workbook in Ofsted's template gets the focus highlight too: Ofsted's lists have
// no neglect flag, so the highlight looks the child up on List 7 and List 6 (COUNTIFS across the
// sheets), and the copy names the reference date it counts ages from.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listOf } from "../../src/domain/catalogue";
import { ILACS_2019 } from "../../src/domain/forms/ilacs-2019";
import { NAMES } from "../../src/domain/workbook-conventions";
import { ofstedRows } from "../../src/domain/rules/examples";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { cli } from "../support/cli";
import { ooxmlProblems } from "../support/ooxml-check";

describe("a marked copy of Ofsted's template", () => {
  it("highlights the children in focus with a formula that looks across to List 6 and List 7", async () => {
    const dir = mkdtempSync(join(tmpdir(), "annex-a-focus-across-"));
    const source = join(dir, "ofsted.xlsx");
    const workbook = new ExcelJS.Workbook();
    for (const id of ["contacts", "childrenInNeed", "childProtection"]) {
      const list = listOf(ILACS_2019, id);
      const sheet = workbook.addWorksheet(list.sheetName);
      sheet.addRow([list.sheetTitle]);
      sheet.addRows(ofstedRows(id, { gender: "Male" }).grid.map((row) => [...row]));
    }
    await workbook.xlsx.writeFile(source);

    const out = join(dir, "marked.xlsx");
    const { code, out: report } = await cli("check", source, "--out", out);
    expect(code).toBe(0);
    expect(report).toMatch(/Checked as Ofsted's Annex A template/);
    expect(report).toMatch(/Contacts \(sheet ‘List_1’\): 1 row checked, 0 errors, 1 warning, 1 child in focus/);

    const marked = (await readWorkbookForCopy(out)).workbook;
    const formats = (
      marked.getWorksheet("List_1") as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
      }
    ).conditionalFormattings;
    const focus = formats.flatMap((format) => format.rules.flatMap((rule) => rule.formulae ?? []));
    const across = focus.find((formula) => formula.includes("COUNTIFS("));
    expect(across).toContain(`COUNTIFS('List_7'!$A:$A,$A3,'List_7'!$H:$H,"a) Neglect")>0`);
    expect(across).toContain(`COUNTIFS('List_6'!$A:$A,$A3,'List_6'!$H:$H,"N1 - Abuse or neglect")>0`);
    expect(across).toContain(NAMES.referenceDate);
    expect(marked.definedNames.getRanges(NAMES.referenceDate).ranges.length).toBe(1);
    expect(await ooxmlProblems(out)).toEqual([]);
  });
});
