import { childAge, isFocusAge } from "../focus";
import { childrenWithSources } from "./helpers";
import type { WorkbookProblem, WorkbookRule } from "./rule";
import { at, rows, serial } from "./examples";

// SPEC: the 10-case lists' children should be 7 to 15 (guidance para 15). Their age comes from the
// children in need or child protection list, as the 10-case lists carry only ID and status.
export const tenCaseAge: WorkbookRule = {
  code: "TEN-CASE-AGE",
  severity: "warning",
  summary: "A child in a 10-case list is not aged 7 to 15 on the reference date.",
  stage: "workbook",
  columns: ["childId", "dateOfBirth", "age"],
  examples: {
    fails: [
      {
        name: "a 16-year-old",
        sheets: [rows("childProtection", { dateOfBirth: serial("2010-01-01"), age: 16 }), rows("multiAgency", {})],
        at: at("multiAgency", 1, "childId"),
        message:
          "Child C1001 is 16 on the reference date; these cases should be children aged 7 to 15 (guidance para 15).",
      },
    ],
    passes: [
      {
        name: "a 15-year-old",
        sheets: [rows("childProtection", { dateOfBirth: serial("2011-01-01"), age: 15 }), rows("multiAgency", {})],
      },
    ],
  },
  check: (lists, referenceSerial) =>
    (childrenWithSources(lists, ["tenCase"]) ?? []).flatMap(({ list, row, id, sources }): WorkbookProblem[] => {
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
