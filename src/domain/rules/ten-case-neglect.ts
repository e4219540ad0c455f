import { childrenWithSources } from "./helpers";
import type { WorkbookProblem, WorkbookRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: the 10-case lists' children should be neglect-flagged: neglect is a current and
// significant factor (guidance para 15).
export const tenCaseNeglect: WorkbookRule = {
  code: "TEN-CASE-NEGLECT",
  severity: "warning",
  summary: "A child in a 10-case list is flagged N for neglect in the children in need or child protection list.",
  stage: "workbook",
  columns: ["childId", "neglect"],
  examples: {
    fails: [
      {
        name: "flag N",
        sheets: [rows("childrenInNeed", { neglect: "N" }), rows("positiveEngagement", {})],
        at: at("positiveEngagement", 1, "childId"),
      },
    ],
    passes: [{ name: "flag Y", sheets: [rows("childrenInNeed", { neglect: "Y" }), rows("positiveEngagement", {})] }],
  },
  check: (lists) =>
    (childrenWithSources(lists, ["tenCase"]) ?? []).flatMap(({ list, row, id, sources }): WorkbookProblem[] => {
      const flags = sources.map((source) => source.value.neglect).filter((flag) => flag !== undefined);
      if (flags.length === 0 || flags.includes("Y")) return [];
      return [
        {
          list,
          rowIndex: row.rowIndex,
          column: "childId",
          message: `Child ${id} is flagged N for living with neglect in the children in need or child protection list, but these cases are children for whom neglect is a current and significant factor. Check the flag or the choice of child.`,
        },
      ];
    }),
};
