import type { ListProblem, ListRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: child unique ID not duplicated within a list where one row per child is expected
// (children in need, child protection plans, the 10-case lists, the 20).
export const idDuplicate: ListRule = {
  code: "ID-DUPLICATE",
  severity: "error",
  summary: "A child appears twice in a list that has one row per child.",
  stage: "list",
  columns: ["childId"],
  examples: {
    fails: [
      {
        name: "same child twice",
        sheets: [rows("childrenInNeed", { childId: 1001 }, { childId: "1001.0" })],
        at: at("childrenInNeed", 2, "childId"),
        message: "Child 1001 is already on row 2. This list has one row per child: remove or merge the duplicate.",
      },
    ],
    passes: [{ name: "contacts may repeat a child", sheets: [rows("contacts", {}, {})] }],
  },
  check: (rows, context) => {
    if (!context.list.onePerChild) return [];
    const firstRow = new Map<string, number>();
    const problems: ListProblem[] = [];
    for (const row of rows) {
      const id = row.value.childId;
      if (typeof id !== "string") continue;
      const first = firstRow.get(id);
      if (first === undefined) firstRow.set(id, row.rowIndex);
      else {
        problems.push({
          rowIndex: row.rowIndex,
          column: "childId",
          message: `Child ${id} is already on row ${first + 1}. This list has one row per child: remove or merge the duplicate.`,
        });
      }
    }
    return problems;
  },
};
