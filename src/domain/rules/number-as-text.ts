import { quote } from "../grid";
import { readWholeNumber } from "../readers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: counts and ages are whole numbers. Text such as "3" or "3.0" means the number for certain,
// but Excel will not sum or sort it as one, so the number is offered as a fix.
export const numberAsText: CellRule = {
  code: "NUMBER-AS-TEXT",
  severity: "warning",
  summary: 'A count or age is stored as text ("3", "3.0"); the number is offered as a fix.',
  stage: "cell",
  order: 150,
  examples: {
    fails: [
      {
        name: "text 3.0",
        sheets: [rows("referrals", { referralsIn12Months: "3.0" })],
        at: at("referrals", 1, "referralsIn12Months"),
        message: "‘3.0’ is stored as text. Use the fix to store the number 3.",
        fix: "3",
      },
    ],
    passes: [{ name: "number 3", sheets: [rows("referrals", { referralsIn12Months: 3 })] }],
  },
  appliesTo: (column) => column.kind === "count" || column.kind === "age",
  check: (raw, column) => {
    if (typeof raw !== "string") return undefined;
    const value = readWholeNumber(raw);
    if (value === undefined || (column.kind === "age" && value > 25)) return undefined;
    return {
      message: `${quote(raw)} is stored as text. Use the fix to store the number ${value}.`,
      fix: { value, display: String(value) },
    };
  },
};
