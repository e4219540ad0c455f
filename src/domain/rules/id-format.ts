import { quote } from "../grid";
import { readChildId } from "../readers";
import type { CellRule } from "./rule";

// SPEC "What real returns look like": IDs typed as numbers come back as "1234.0"; non-breaking
// spaces creep into IDs. The ID is certain, so it is offered as a fix.
export const idFormat: CellRule = {
  code: "ID-FORMAT",
  severity: "warning",
  summary: "A child unique ID carries export debris (a trailing .0, spaces); the clean ID is offered.",
  stage: "cell",
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
