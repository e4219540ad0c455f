// Text the add-in writes stays the text it is, on a simulator that parses written strings as Excel
// does (src/sim/coercion.ts), in a US and a UK locale: IDs, imported values, fixes and checklists.
import { listOf } from "../../src/domain/catalogue";
import { parseAddress } from "../../src/domain/grid";
import { templatePlan } from "../../src/domain/template-plan";
import { checkWorkbook } from "../../src/excel/check";
import { applyFixes } from "../../src/excel/fixes";
import { fixesOfKind } from "../support/fixes";
import { applyImport } from "../../src/excel/import";
import { OwnWrites } from "../../src/excel/own-writes";
import { createTemplates } from "../../src/excel/write-template";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import type { SimLocale } from "../../src/sim/coercion";
import { REFERENCE, serial } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const LOCALES: SimLocale[] = ["en-US", "en-GB"];
const today = () => REFERENCE;

describe.each(LOCALES)("text written as text in %s", (locale) => {
  it("imports IDs with leading zeros and UK text dates as the text they are, and date serials as dates", async () => {
    const { sim, run } = simulatedExcel({ locale });
    sim.sheet("Sheet1")!.name = "Export";
    await sim.userEdit("Export", "A1:E2", [
      ["Contact date", "Person ID", "Sex", "DOB", "Age"],
      ["03/04/2019", "00123", "TRUE", serial("2015-03-10"), 11],
    ]);
    await applyImport(run, JTAI_NEGLECT_2017, { sheet: "Export" });
    const row = sheetGrid(sim, "Contacts")[1];
    const at = (heading: string) =>
      listOf(JTAI_NEGLECT_2017, "contacts").columns.findIndex((column) => column.heading === heading);
    expect(row[at("Child unique ID")]).toBe("00123");
    expect(row[at("Gender")]).toBe("TRUE");
    expect(row[at("Date of birth")]).toBe(serial("2015-03-10"));
    expect(sim.sheet("Contacts")!.cell(1, at("Date of birth"))?.numberFormat).toBe("dd/mm/yyyy");
    expect(row.find((cell) => cell === "03/04/2019")).toBe("03/04/2019");
  });

  it("writes every checklist and Inspection cell of the templates as the plan says", async () => {
    const { sim, run } = simulatedExcel({ locale });
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    for (const sheet of templatePlan(JTAI_NEGLECT_2017, { notificationSerial: REFERENCE }).sheets) {
      const simSheet = sim.sheet(sheet.name)!;
      for (const cell of sheet.cells.filter((candidate) => !candidate.formula && typeof candidate.value === "string")) {
        const block = parseAddress(cell.address)!;
        expect([sheet.name, cell.address, simSheet.cell(block.row, block.column)?.value]).toEqual([
          sheet.name,
          cell.address,
          cell.value,
        ]);
      }
      const table = sheet.table;
      table?.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "string") return;
          expect([sheet.name, r, c, simSheet.cell(table.origin.row + 1 + r, table.origin.column + c)?.value]).toEqual([
            sheet.name,
            r,
            c,
            value,
          ]);
        }),
      );
    }
  });

  it("writes an ID fix as text into a cell the user left in the General format", async () => {
    const { sim, run } = simulatedExcel({ locale });
    const name = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    sim.addSheet(name);
    const headings = listOf(JTAI_NEGLECT_2017, "childrenInNeed").columns.map((column) => column.heading);
    await sim.userEdit(name, `A1:${String.fromCharCode(64 + headings.length)}1`, [headings]);
    await sim.userEdit(name, "A2", [[" 0123 "]]);
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const watched = report.result.lists.map((list) => ({
      form: report.result.form,
      forms: FORMS,
      list: list.list,
      sheet: list.sheet!,
      headerRow: list.headerRow,
    }));
    const fixes = fixesOfKind(report.result.findings, "ID-FORMAT");
    expect(fixes.map((item) => item.fix!.value)).toEqual(["0123"]);
    await applyFixes(run, watched, fixes, { today, ownWrites: new OwnWrites() });
    expect(sim.sheet(name)!.cell(1, 0)?.value).toBe("0123");
  });
});
