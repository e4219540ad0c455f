import type { ListRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: the 10-case lists hold at most 10 rows (guidance para 15); the selected children are 20 (para 17).
export const listTooLong: ListRule = {
  code: "LIST-TOO-LONG",
  severity: "error",
  summary: "A list holds more rows than the guidance allows (10 for each 10-case list, 20 selected children).",
  stage: "list",
  columns: ["childId"],
  examples: {
    fails: [
      {
        name: "11 cases",
        sheets: [rows("multiAgency", ...Array.from({ length: 11 }, (_, i) => ({ childId: `C${i}` })))],
        at: at("multiAgency", 11, "childId"),
        message:
          "This list has 11 children; the guidance asks for at most 10 (para 15). Keep the 10 that fit best and remove this row and the ones below it.",
      },
    ],
    passes: [
      {
        name: "10 cases",
        sheets: [rows("multiAgency", ...Array.from({ length: 10 }, (_, i) => ({ childId: `C${i}` })))],
      },
    ],
  },
  check: (rows, context) => {
    const max = context.list.maxRows;
    if (max === undefined || rows.length <= max) return [];
    return [
      {
        rowIndex: rows[max].rowIndex,
        column: "childId",
        message: `This list has ${rows.length} children; the guidance asks for at most ${max} (para ${context.list.guidance}). Keep the ${max} that fit best and remove this row and the ones below it.`,
      },
    ];
  },
};
