// `annex-a spellings` and `--spellings`: the council's own spellings listed once, answered by the
// team, and read back by check, select and import; the table survives LibreOffice.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { SPELLINGS_HEADINGS } from "../../src/domain/spellings";
import { parseCsv } from "../../src/xlsx/csv";
import { cli } from "../support/cli";
import { gridOf, validRow } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { describeWithTools } from "../support/tools";

const dir = mkdtempSync(join(tmpdir(), "annex-a-spellings-"));
const contacts = listOf(JTAI_NEGLECT_2017, "contacts");
const gender = contacts.columns.find((column) => column.key === "gender")!.heading;

async function returnWith(name: string, genders: readonly (string | number)[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(contacts.sheetName).addRows(
    gridOf(
      "contacts",
      genders.map((value, index) => validRow("contacts", { gender: value, childId: `C${index}` })),
    ),
  );
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const csvRows = (path: string) =>
  parseCsv(readFileSync(path, "utf8")).map((row) => row.map((cell) => String(cell ?? "")));

async function genderFindings(...argv: string[]) {
  const { out } = await cli("check", ...argv, "--json");
  return (JSON.parse(out) as JsonReport).findings.filter((item) => item.column === gender);
}

describe("annex-a spellings", () => {
  it("writes one row per distinct value, with its count, a certain Means and suggestions", async () => {
    const file = await returnWith("return.xlsx", ["Male", "Male", "Monkey", "1A"]);
    const table = join(dir, "spellings.csv");
    const { code, out } = await cli("spellings", file, "--out", table);
    expect(code).toBe(0);
    expect(out).toContain(
      "3 values the codes do not recognise as written; 1 with a certain meaning, 2 for the team to decide",
    );
    const rows = csvRows(table);
    expect(rows[0]).toEqual([...SPELLINGS_HEADINGS]);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      [contacts.title, gender, "Male", "2", "a) Male"],
      [contacts.title, gender, "Monkey", "1", ""],
      [contacts.title, gender, "1A", "1", ""],
    ]);
    for (const row of rows.slice(1)) expect(row[5].split("; ").length).toBeGreaterThanOrEqual(1);
    // Never replaced without --force.
    expect((await cli("spellings", file, "--out", table)).code).toBe(2);
  });

  it("check, with the team's Means, reads the value as that code: a warning with its fix, never an error", async () => {
    const file = await returnWith("monkey.xlsx", ["Monkey", "Monkey", "a) Male"]);
    expect((await genderFindings(file)).map((item) => item.code)).toEqual(["CODE-INVALID", "CODE-INVALID"]);
    const table = join(dir, "answered.csv");
    writeFileSync(table, [SPELLINGS_HEADINGS.join(","), `${contacts.title},${gender},Monkey,2,b) Female,`].join("\n"));
    const findings = await genderFindings(file, "--spellings", table);
    expect(findings.map((item) => [item.code, item.severity, item.fix])).toEqual([
      ["CODE-ALIAS", "warning", "b) Female"],
      ["CODE-ALIAS", "warning", "b) Female"],
    ]);
  });

  it("refuses a Means that is not one of the column's codes, with exit status 2, in one line", async () => {
    const file = await returnWith("refused.xlsx", ["Monkey"]);
    const table = join(dir, "wrong.csv");
    writeFileSync(table, [SPELLINGS_HEADINGS.join(","), `${contacts.title},${gender},Monkey,1,Female-ish,`].join("\n"));
    for (const command of ["check", "select"]) {
      const { code, err, out } = await cli(
        command,
        file,
        "--spellings",
        table,
        ...(command === "select" ? ["--out", join(dir, "s.xlsx")] : []),
      );
      expect([code, out]).toEqual([2, ""]);
      expect(err).toBe(
        `${table}: row 2: ‘Female-ish’ is not one of the codes of ${contacts.title} › ${gender}; Means must be one of them, e.g. ‘b) Female’.`,
      );
    }
  });

  it("import takes the table's export headings as it takes --map", async () => {
    const exported = new ExcelJS.Workbook();
    const grid = gridOf("contacts", [validRow("contacts")]);
    const headings = grid[0].map((heading) => (heading === gender ? "Sex of child (local)" : heading));
    exported.addWorksheet("Export").addRows([headings, ...grid.slice(1)]);
    const file = join(dir, "export.xlsx");
    await exported.xlsx.writeFile(file);
    const table = join(dir, "headings.csv");
    writeFileSync(
      table,
      [SPELLINGS_HEADINGS.join(","), `${contacts.title},,Sex of child (local),,${gender},`].join("\n"),
    );
    const without = await cli("import", file, "--preview", "--list", "contacts");
    expect(without.out).toContain("not imported: ‘Sex of child (local)’");
    const { code, out } = await cli("import", file, "--preview", "--list", "contacts", "--spellings", table);
    expect(code).toBe(0);
    expect(out).toContain(`‘Sex of child (local)’ -> ‘${gender}’ (your choice)`);
  });
});

describeWithTools(["soffice"], "the spellings table in LibreOffice", () => {
  it("reads back the same after LibreOffice opens and saves it, as .xlsx and as .csv", async () => {
    const file = await returnWith("lo.xlsx", ["Male", "Monkey", "‘Other’, with a comma", "1A"]);
    const table = join(dir, "lo-spellings.csv");
    expect((await cli("spellings", file, "--out", table)).code).toBe(0);
    const [asXlsx] = convertWithLibreOffice([table], join(dir, "lo-xlsx"), "xlsx", {
      // As LibreOffice's import dialog is answered for a UTF-8 file: commas, double quotes, UTF-8.
      infilter: "CSV:44,34,76",
    });
    const [asCsv] = convertWithLibreOffice([asXlsx], join(dir, "lo-csv"), "csv:Text - txt - csv (StarCalc):44,34,76");
    const original = csvRows(table);
    expect(csvRows(asCsv)).toEqual(original);

    const answered = join(dir, "lo-answered.csv");
    writeFileSync(answered, readFileSync(asCsv, "utf8").replace("Monkey,1,,", "Monkey,1,b) Female,"));
    for (const spellings of [answered, asXlsx]) {
      const findings = await genderFindings(file, "--spellings", spellings);
      expect(findings.some((item) => item.code === "CODE-INVALID" && item.row === 3)).toBe(spellings === asXlsx);
    }
  });
});
