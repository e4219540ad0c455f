import { childrenWithSources } from "./helpers";
import type { WorkbookRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: IDs in the 10-case lists and the 20 should appear in the children in need or child
// protection list. Checked only when the workbook holds at least one of those lists.
export const idNotInCinCp: WorkbookRule = {
  code: "ID-NOT-IN-CIN-CP",
  severity: "warning",
  summary:
    "A child in a 10-case list or the 20 selected is in neither the children in need nor the child protection list.",
  stage: "workbook",
  columns: ["childId"],
  examples: {
    fails: [
      {
        name: "unknown child",
        sheets: [rows("childrenInNeed", {}), rows("multiAgency", { childId: "C9999" })],
        at: at("multiAgency", 1, "childId"),
        message:
          "Child C9999 is not in the children in need list or the child protection list. Check the ID, or add the child to the right list.",
      },
    ],
    passes: [
      {
        name: "known child, written as a number",
        sheets: [rows("childrenInNeed", { childId: "555" }), rows("multiAgency", { childId: 555 })],
      },
      { name: "no source lists in the workbook", sheets: [rows("multiAgency", { childId: "C9999" })] },
    ],
  },
  check: (lists) =>
    (childrenWithSources(lists, ["tenCase", "selectedFacts"]) ?? [])
      .filter((child) => child.sources.length === 0)
      .map(({ list, row, id }) => ({
        list,
        rowIndex: row.rowIndex,
        column: "childId",
        message: `Child ${id} is not in the children in need list or the child protection list. Check the ID, or add the child to the right list.`,
      })),
};
