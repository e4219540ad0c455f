import { TEN_CASE_LISTS } from "../catalogue";
import { childAge, FOCUS_MAX_AGE, FOCUS_MIN_AGE } from "../focus";
import { rowsOf, sourceListRowsById } from "./helpers";
import type { WorkbookProblem, WorkbookRule } from "./rule";

// SPEC: the 10-case lists' children should be 7 to 15 (guidance para 15). Their age comes from the
// children in need or child protection list, as the 10-case lists carry only ID and status.
export const tenCaseAge: WorkbookRule = {
  code: "TEN-CASE-AGE",
  severity: "warning",
  summary: "A child in a 10-case list is not aged 7 to 15 on the reference date.",
  stage: "workbook",
  check: (lists, referenceSerial) => {
    const byId = sourceListRowsById(lists);
    if (!byId) return [];
    const problems: WorkbookProblem[] = [];
    for (const { list, row } of rowsOf(lists, TEN_CASE_LISTS)) {
      const id = row.value.childId;
      if (typeof id !== "string") continue;
      const ages = (byId.get(id) ?? []).map((source) => childAge(source, referenceSerial)).filter((age) => age !== undefined);
      if (ages.length === 0 || ages.some((age) => age >= FOCUS_MIN_AGE && age <= FOCUS_MAX_AGE)) continue;
      problems.push({
        list,
        rowIndex: row.rowIndex,
        column: "childId",
        message: `Child ${id} is ${ages[0]} on the reference date; these cases should be children aged 7 to 15 (guidance para 15).`,
      });
    }
    return problems;
  },
};
