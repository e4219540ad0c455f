import { quote } from "../grid";
import { readChildId } from "../readers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC "What real returns look like": IDs typed as numbers come back as "1234.0"; non-breaking
// spaces creep into IDs. The ID is certain, so it is offered as a fix.
export const idFormat: CellRule = {
  code: "ID-FORMAT",
  severity: "warning",
  summary: "A child unique ID carries export debris (a trailing .0, spaces); the clean ID is offered.",
  stage: "cell",
  order: 30,
  examples: {
    fails: [
      {
        name: "1234.0",
        sheets: [rows("contacts", { childId: "1234.0" })],
        at: at("contacts", 1, "childId"),
        message:
          "The ID ‘1234.0’ is a whole number that gained a decimal point on export; the ID is ‘1234’. Use the fix so the same child matches across lists.",
        fix: "1234",
      },
      {
        name: "non-breaking spaces",
        sheets: [rows("contacts", { childId: "\u00a0C77 " })],
        at: at("contacts", 1, "childId"),
        message:
          "The ID ‘ C77 ’ has spaces (or non-breaking spaces) that are not part of it; the ID is ‘C77’. Use the fix so the same child matches across lists.",
        fix: "C77",
      },
    ],
    passes: [
      { name: "a number", sheets: [rows("contacts", { childId: 1234 })] },
      { name: "text", sheets: [rows("contacts", { childId: "LCS-001" })] },
    ],
  },
  appliesTo: (column) => column.kind === "id",
  check: (raw) => {
    const id = readChildId(raw);
    if (id === undefined || typeof raw !== "string" || id === raw) return undefined;
    const why = /^\s*\d+\.0+\s*$/.test(raw)
      ? "is a whole number that gained a decimal point on export"
      : "has spaces (or non-breaking spaces) that are not part of it";
    return {
      message: `The ID ${quote(raw)} ${why}; the ID is ${quote(id)}. Use the fix so the same child matches across lists.`,
      fix: { value: id, display: id },
    };
  },
};
