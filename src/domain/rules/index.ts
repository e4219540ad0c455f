// The registry: every rule file of this folder (through all.ts, which scripts/make-rule-index.ts
// writes), in the order the engine runs them: stage by stage (STAGES), and within the cell stage
// by each rule's declared `order`, as the first cell rule with something to say speaks for a
// cell. In the other stages order does not change the findings (they are sorted by place and code),
// so those rules run in code order.
import type { Form } from "../catalogue";
import { RULES_BY_FILE } from "./all";
import {
  STAGES,
  type CellRule,
  type HeaderRule,
  type ListRule,
  type Rule,
  type RowRule,
  type WorkbookRule,
} from "./rule";

const orderWithinStage = (rule: Rule): number => (rule.stage === "cell" ? rule.order : 0);

export const ALL_RULES: readonly Rule[] = Object.values(RULES_BY_FILE).sort(
  (a, b) =>
    STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
    orderWithinStage(a) - orderWithinStage(b) ||
    a.code.localeCompare(b.code),
);

function rulesOf<S extends Rule["stage"]>(stage: S): readonly Extract<Rule, { stage: S }>[] {
  return ALL_RULES.filter((rule): rule is Extract<Rule, { stage: S }> => rule.stage === stage);
}

export const HEADER_RULES: readonly HeaderRule[] = rulesOf("header");
export const CELL_RULES: readonly CellRule[] = rulesOf("cell");
export const ROW_RULES: readonly RowRule[] = rulesOf("row");
export const LIST_RULES: readonly ListRule[] = rulesOf("list");
export const WORKBOOK_RULES: readonly WorkbookRule[] = rulesOf("workbook");

/** The rules of each stage that apply to a form: every rule but those the form turns off. */
export interface FormRules {
  readonly header: readonly HeaderRule[];
  readonly cell: readonly CellRule[];
  readonly row: readonly RowRule[];
  readonly list: readonly ListRule[];
  readonly workbook: readonly WorkbookRule[];
}

const formRules = new WeakMap<Form, FormRules>();

export function rulesFor(form: Form): FormRules {
  let rules = formRules.get(form);
  if (!rules) {
    const off = new Set(form.rulesOff ?? []);
    const on = <R extends Rule>(stage: readonly R[]) => stage.filter((rule) => !off.has(rule.code));
    rules = {
      header: on(HEADER_RULES),
      cell: on(CELL_RULES),
      row: on(ROW_RULES),
      list: on(LIST_RULES),
      workbook: on(WORKBOOK_RULES),
    };
    formRules.set(form, rules);
  }
  return rules;
}
