import { TEN_CASE_LISTS } from "../catalogue";
import { childAge, isFocusAge } from "../focus";
import { childrenWithSources } from "./helpers";
import type { WorkbookProblem, WorkbookRule } from "./rule";

// SPEC: the 10-case lists' children should be 7 to 15 (guidance para 15). Their age comes from the
// children in need or child protection list, as the 10-case lists carry only ID and status.
export const tenCaseAge: WorkbookRule = {
  code: "TEN-CASE-AGE",
  severity: "warning",
  summary: "A child in a 10-case list is not aged 7 to 15 on the reference date.",
  stage: "workbook",
  check: (lists, referenceSerial) =>
    (childrenWithSources(lists, TEN_CASE_LISTS) ?? []).flatMap(({ list, row, id, sources }): WorkbookProblem[] => {
      const ages = sources.map((source) => childAge(source, referenceSerial)).filter((age) => age !== undefined);
      if (ages.length === 0 || ages.some(isFocusAge)) return [];
      return [
        {
          list,
          rowIndex: row.rowIndex,
          column: "childId",
          message: `Child ${id} is ${ages[0]} on the reference date; these cases should be children aged 7 to 15 (guidance para 15).`,
        },
      ];
    }),
};
