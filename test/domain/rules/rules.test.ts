// Every rule's own examples (in its file): firing ("fails") and not firing ("passes"), with its
// exact code, severity, place and message, and its fix (or, where the example gives none, that it
// offers none). And the registry: every rule file is registered (all.ts is current), named after
// its code, and in stage order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listOf, type ColumnKey, type Form } from "../../../src/domain/catalogue";
import { FORMS } from "../../../src/domain/form-choice";
import { JTAI_NEGLECT_2017 } from "../../../src/domain/forms/jtai-neglect-2017";
import { validateWorkbook } from "../../../src/domain/engine";
import type { Finding } from "../../../src/domain/findings";
import { ALL_RULES, CELL_RULES } from "../../../src/domain/rules";
import { RULES_BY_FILE } from "../../../src/domain/rules/all";
import { EXAMPLE_FORM, type ExampleSheet, type FiringExample } from "../../../src/domain/rules/examples";
import { ruleColumns, STAGES } from "../../../src/domain/rules/rule";
import { ruleFileNames, ruleIndexSource, RULES_DIR } from "../../../scripts/make-rule-index";
import { columnOf, REFERENCE } from "../../support/grids";

/** The catch-all cell rule: no example can reach it while every column kind has its own rule. */
const CATCH_ALL = "CELL-NOT-RECOGNISED";

function run(sheets: readonly ExampleSheet[], form: Form = EXAMPLE_FORM): Finding[] {
  const inputs = sheets.map((sheet) =>
    "list" in sheet
      ? {
          sheet: listOf(form, sheet.list).sheetName,
          grid: sheet.grid,
          list: sheet.list,
          ...(sheet.merged ? { merged: sheet.merged } : {}),
        }
      : { sheet: sheet.sheet, grid: sheet.grid },
  );
  return [...validateWorkbook(form, inputs, { referenceSerial: REFERENCE, forms: FORMS }).findings];
}

describe("the rule registry", () => {
  it("holds every rule file of src/domain/rules, as scripts/make-rule-index.ts writes it", () => {
    expect(readFileSync(join(RULES_DIR, "all.ts"), "utf8")).toBe(ruleIndexSource(ruleFileNames()));
  });

  it("names each rule file after its code", () => {
    for (const [file, rule] of Object.entries(RULES_BY_FILE)) expect(file).toBe(rule.code.toLowerCase());
  });

  it("has unique codes", () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("orders rules by stage, and cell rules by their distinct declared order, the catch-all last", () => {
    const stages = ALL_RULES.map((rule) => STAGES.indexOf(rule.stage));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    const orders = CELL_RULES.map((rule) => rule.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(CELL_RULES.at(-1)?.code).toBe(CATCH_ALL);
  });

  it("has firing and passing examples for every rule but the catch-all", () => {
    for (const rule of ALL_RULES) {
      expect([rule.code, rule.examples.passes.length > 0]).toEqual([rule.code, true]);
      expect([rule.code, rule.examples.fails.length > 0]).toEqual([rule.code, rule.code !== CATCH_ALL]);
    }
  });

  it("takes column keys from the catalogue only: a misspelt key is a column of no form", () => {
    // Column keys are plain strings now that forms are values: what tsc once refused, this asserts
    // (it fails the day "dateOfBrith" becomes a key of some form's list).
    const misspelt: ColumnKey = "dateOfBrith";
    expect(
      FORMS.some((form) => form.lists.some((list) => list.columns.some((column) => column.key === misspelt))),
    ).toBe(false);
    expect(JTAI_NEGLECT_2017.lists.some((list) => list.columns.some((column) => column.key === misspelt))).toBe(false);
    // Each rule's columns are columns of the form it fires on in its examples (the 2017 form's
    // unless an example names another): every rule written for the 2017 form is held to its keys.
    for (const rule of ALL_RULES) {
      const forms = new Set<Form>(rule.examples.fails.map((example) => example.form ?? EXAMPLE_FORM));
      if (forms.size === 0) forms.add(JTAI_NEGLECT_2017);
      for (const form of forms)
        for (const key of "columns" in rule ? ruleColumns(rule, form) : [])
          expect([
            rule.code,
            form.id,
            key,
            form.lists.some((list) => list.columns.some((column) => column.key === key)),
          ]).toEqual([rule.code, form.id, key, true]);
    }
  });

  it("states a summary for every rule", () => {
    for (const rule of ALL_RULES) expect(rule.summary.length).toBeGreaterThan(20);
  });
});

describe.each(ALL_RULES.map((rule) => [rule.code, rule] as const))("%s", (code, rule) => {
  const { fails, passes } = rule.examples;
  // Only the catch-all has no firing example (the registry test above holds it to that).
  if (fails.length > 0)
    it.each(fails.map((c) => [c.name, c] as const))("fires: %s", (_name, example) => {
      const form = example.form ?? EXAMPLE_FORM;
      const found = run(example.sheets, form).filter((item) => item.code === code);
      expect(found.length).toBeGreaterThan(0);
      const first = found[0];
      expect(first.severity).toBe(rule.severity);
      // Every firing example says where and what, exactly. FiringExample's type asks for both, but
      // Jest does not type-check: a missing `at` or `message` fails here, and the failure shows the
      // finding's own cell and message.
      const at = example.at as FiringExample["at"] | undefined;
      expect({ list: first.list, row: first.row, column: first.column, message: first.message }).toStrictEqual({
        list: at?.list,
        row: at?.row,
        column: at ? (at.column ?? columnOf(at.list, at.key!, form)) : undefined,
        message: example.message,
      });
      // An example that gives no fix holds the rule to offering none.
      expect([code, first.fix?.display]).toEqual([code, example.fix]);
      expect(first.message).toMatch(/[.?]$/);
      // A rule that declares the columns it reads reports only in them. (CELL-MERGED reads none: it
      // places its findings by sheet column.)
      if ("columns" in rule && ruleColumns(rule, form).length > 0) {
        for (const item of found) {
          const key = listOf(form, item.list).columns.find((column) => column.heading === item.heading)?.key;
          if (key !== undefined) expect(ruleColumns(rule, form)).toContain(key);
        }
      }
    });

  it.each(passes.map((c) => [c.name, c] as const))("passes: %s", (_name, example) => {
    expect(run(example.sheets, example.form).filter((item) => item.code === code)).toEqual([]);
  });
});
