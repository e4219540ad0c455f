// A template of each Annex A form is valid OOXML in the points Excel and LibreOffice trip on
// (src/xlsx/ooxml.ts), and is opened and recalculated by LibreOffice Calc and saved: the copy
// LibreOffice saves is read back as the same form, every list empty and no finding, as the one
// this project wrote is (issue 19: "A template of each form is opened and recalculated by
// LibreOffice, and read back as that form").
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { FORMS } from "../../src/domain/form-choice";
import { cli } from "../support/cli";
import { convertWithLibreOffice } from "../support/libreoffice";
import { ooxmlProblems } from "../support/ooxml-check";
import { describeWithTools } from "../support/tools";

const dir = mkdtempSync(join(tmpdir(), "annex-a-forms-lo-"));

async function report(file: string): Promise<{ code: number; json: JsonReport }> {
  const { code, out } = await cli("check", file, "--json");
  return { code, json: JSON.parse(out) as JsonReport };
}

describe("a template of every form is valid OOXML", () => {
  it.each(FORMS.map((form) => [form.id] as const))("%s", async (id) => {
    const file = join(dir, `${id}-ooxml.xlsx`);
    const { code, err } = await cli("template", file, "--form", id, "--notification-date", "2026-11-24");
    expect([code, err]).toEqual([0, ""]);
    expect(await ooxmlProblems(file)).toEqual([]);
  });
});

describeWithTools(["soffice"], "a template of every form, through LibreOffice", () => {
  const ours = new Map<string, string>();
  const saved = new Map<string, string>();

  beforeAll(async () => {
    for (const form of FORMS) {
      const file = join(dir, `${form.id}.xlsx`);
      const { code, err } = await cli("template", file, "--form", form.id, "--notification-date", "2026-11-24");
      if (code !== 0) throw new Error(`template --form ${form.id}: exit ${code}\n${err}`);
      ours.set(form.id, file);
    }
    // One LibreOffice process for every form's template.
    const converted = convertWithLibreOffice([...ours.values()], join(dir, "libreoffice"), "xlsx");
    [...ours.keys()].forEach((id, index) => saved.set(id, converted[index]));
    // LibreOffice's start and recalculation: under a minute quiet, minutes on a loaded machine.
  }, 600_000);

  it.each(FORMS.map((form) => [form.id, form] as const))(
    "%s: LibreOffice's copy is read as that form, every list there and empty, no finding",
    async (id, form) => {
      for (const file of [ours.get(id)!, saved.get(id)!]) {
        const { code, json } = await report(file);
        expect([file, json.form.id]).toEqual([file, id]);
        expect(json.lists.map((list) => [list.list, list.sheet, list.status])).toEqual(
          form.lists.filter((list) => !list.optional).map((list) => [list.id, list.sheetName, "empty"]),
        );
        expect(json.findings).toEqual([]);
        // Nothing to check: an empty template is never "clean".
        expect(code).toBe(2);
      }
    },
  );
});
