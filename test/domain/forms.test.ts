// Annex A forms as data: the registry holds every form file, each form is well made, and a form
// made up here runs through recognition, the engine and the template writer with no edit anywhere
// else (issue 19: "Adding a form or a revision means a data file plus any new rule files").
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formFileNames, formIndexSource, FORMS_DIR } from "../../scripts/make-rule-index";
import { listOf, ownHeadingsOf, type Form } from "../../src/domain/catalogue";
import { acceptedValues, type CodeList } from "../../src/domain/codes";
import { serialFromIso } from "../../src/domain/dates";
import { validateWorkbook } from "../../src/domain/engine";
import { DEFAULT_FORM_ID, FORMS, recogniseForm } from "../../src/domain/form-choice";
import { ILACS_2019 } from "../../src/domain/forms/ilacs-2019";
import { ILACS_LATER } from "../../src/domain/forms/ilacs-later";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { headingKey } from "../../src/domain/text";
import { templatePlan } from "../../src/domain/template-plan";
import { sheetInputs } from "../../src/xlsx/read-lists";
import { renderTemplate } from "../../src/xlsx/render-template";
import { readWorkbookGrids } from "../../src/xlsx/stream-grids";

const REFERENCE = serialFromIso("2026-11-24")!;

describe("the forms registry", () => {
  it("holds every form file of src/domain/forms, as scripts/make-rule-index.ts writes it", () => {
    expect(readFileSync(join(FORMS_DIR, "all.ts"), "utf8")).toBe(formIndexSource(formFileNames()));
  });

  it("offers the default form first, and each revision just after the form it revises", () => {
    expect(FORMS.map((form) => form.id)).toEqual([DEFAULT_FORM_ID, "ilacs-2019", "ilacs"]);
    expect(ILACS_LATER.revises).toBe(ILACS_2019.id);
  });

  it.each(FORMS.map((form) => [form.id, form] as const))("%s is well made", (_id, form) => {
    const ids = form.lists.map((list) => list.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sheets = [...form.lists, ...form.checklists].map((list) => list.sheetName.toLowerCase());
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const list of form.lists) {
      // Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].
      expect([list.sheetName, list.sheetName.length <= 31 && !/[:\\/?*[\]]/.test(list.sheetName)]).toEqual([
        list.sheetName,
        true,
      ]);
      // No two columns of a list answer to the same heading, the form's own spellings included.
      const headings = list.columns.flatMap((column) => [...new Set(ownHeadingsOf(column).map(headingKey))]);
      expect([list.id, new Set(headings).size]).toEqual([list.id, headings.length]);
      for (const column of list.columns) {
        // Every coded column's code list is one the form shows (its Codes sheet, its drop-downs),
        // but for lists kept beside the form, which its template does not write.
        if (column.codeList && !list.optional)
          expect([column.key, form.codeLists.includes(column.codeList)]).toEqual([column.key, true]);
        if (column.kind === "code" || column.kind === "yesNo")
          expect([column.key, column.codeList]).not.toEqual([column.key, undefined]);
      }
      // Every date a window, an order or a pairing names is a date column of the list.
      const dates = new Set(list.columns.filter((column) => column.kind === "date").map((column) => column.key));
      const named = [
        ...(list.lookBack?.dates ?? []),
        ...(list.lookBack?.openWhenBlank ? [list.lookBack.openWhenBlank] : []),
        ...(list.dateOrder ?? []).flat(),
        ...(list.reasonWithDate ?? []).map(([date]) => date),
      ];
      for (const key of named) expect([list.id, key, dates.has(key)]).toEqual([list.id, key, true]);
    }
    for (const codes of form.codeLists) {
      const values = acceptedValues(codes);
      expect([codes.id, new Set(values).size]).toEqual([codes.id, values.length]);
    }
  });
});

// A form made up here: one list, three columns, its own code list, a title row above its headings.
const DOOR: CodeList = {
  id: "door",
  title: "Door colour",
  values: [
    { canonical: "a) Red", code: "R", aliases: ["Red"] },
    { canonical: "b) Blue", code: "B", aliases: ["Blue"] },
  ],
};
const MADE_UP: Form = {
  id: "made-up",
  name: "A made-up return",
  inSentence: "the made-up return",
  family: "made-up",
  lists: [
    {
      id: "visits",
      title: "Visits",
      sheetName: "Visits",
      sheetTitle: "Visits in the last three months",
      tableName: "Visits",
      guidance: "Made-up!A1",
      scope: "Every visit in the three months before the inspection.",
      lookBack: { months: 3, dates: ["visitDate"] },
      onePerChild: false,
      columns: [
        { key: "childId", heading: "Child reference", kind: "id", required: true },
        { key: "visitDate", heading: "Visited on", kind: "date", required: true },
        { key: "doorColour", heading: "Colour of the door", kind: "code", required: true, codeList: DOOR },
      ],
    },
  ],
  checklists: [],
  codeLists: [DOOR],
  layout: { headingRow: 1 },
  inspection: false,
};

describe("a form made up here, with no change anywhere else", () => {
  const grid = [
    ["Visits in the last three months", null, null],
    ["Child reference", "Visited on", "Colour of the door"],
    ["K1", serialFromIso("2026-11-01")!, "a) Red"],
    ["K2", serialFromIso("2026-11-02")!, "Blue"],
    ["K3", serialFromIso("2026-01-02")!, "Green"],
  ];

  it("is recognised among every other form by its sheet and its own headings", () => {
    const choice = recogniseForm([...FORMS, MADE_UP], [{ sheet: "Visits", grid }]);
    expect(choice.form).toBe(MADE_UP);
    expect(choice.reason).toMatch(/3 of its headings are exactly as the made-up return writes them/);
  });

  it("is checked by the same engine: its own code clean, another spelling and a stranger found where they are", () => {
    const result = validateWorkbook(MADE_UP, [{ sheet: "Visits", grid }], {
      referenceSerial: REFERENCE,
      forms: FORMS,
    });
    expect(result.lists.map((list) => [list.list, list.status, list.headerRow, list.rows.length])).toEqual([
      ["visits", "checked", 1, 3],
    ]);
    expect(result.findings.map((item) => [item.row, item.column, item.code, item.fix?.display])).toEqual([
      [3, 2, "CODE-ALIAS", "b) Blue"],
      [4, 1, "DATE-OUTSIDE-WINDOW", undefined],
      [4, 2, "CODE-INVALID", undefined],
    ]);
  });

  it("is written as a template in its own layout and read back as itself", async () => {
    const workbook = new ExcelJS.Workbook();
    renderTemplate(workbook, templatePlan(MADE_UP, { notificationSerial: REFERENCE }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Visits", "Codes"]);
    const file = join(mkdtempSync(join(tmpdir(), "annex-a-made-up-")), "made-up.xlsx");
    await workbook.xlsx.writeFile(file);
    const sheets = sheetInputs(await readWorkbookGrids(file));
    const visits = sheets.find((sheet) => sheet.sheet === "Visits")!;
    expect(visits.grid.slice(0, 2)).toEqual([
      ["Visits in the last three months"],
      ["Child reference", "Visited on", "Colour of the door"],
    ]);
    expect(recogniseForm([...FORMS, MADE_UP], sheets).form).toBe(MADE_UP);
    const result = validateWorkbook(MADE_UP, sheets, { referenceSerial: REFERENCE, forms: FORMS });
    expect(result.lists.map((list) => list.status)).toEqual(["empty"]);
    expect(result.findings).toEqual([]);
  });
});

describe("a workbook that mixes forms", () => {
  it("is read as the form most of it follows, and told the other sheets follow another", () => {
    const ofsted = (id: string) => listOf(ILACS_2019, id);
    const jtai = listOf(JTAI_NEGLECT_2017, "childProtection");
    const headings = (columns: readonly { heading: string }[]) => columns.map((column) => column.heading);
    const sheets = [
      { sheet: "List_1", grid: [[ofsted("contacts").sheetTitle!], headings(ofsted("contacts").columns)] },
      { sheet: "List_6", grid: [[ofsted("childrenInNeed").sheetTitle!], headings(ofsted("childrenInNeed").columns)] },
      { sheet: jtai.sheetName, grid: [headings(jtai.columns)] },
    ];
    const choice = recogniseForm(FORMS, sheets);
    expect(choice.form.id).toBe("ilacs-2019");
    expect(choice.mixed).toMatch(/Some sheets follow the 2017 neglect guidance \(‘Child protection plans’\)/);
    expect(choice.mixed).toMatch(/mixes forms, and is checked as Ofsted's August 2019 template/);
    // One form throughout: nothing to say.
    expect(recogniseForm(FORMS, sheets.slice(0, 2)).mixed).toBeUndefined();
  });
});
