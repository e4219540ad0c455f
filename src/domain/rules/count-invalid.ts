import { quote } from "../grid";
import type { CellRule } from "./rule";

// SPEC: counts (previous plans, referrals, enquiries, ICPCs in 12 months) are whole numbers >= 0.
export const countInvalid: CellRule = {
  code: "COUNT-INVALID",
  severity: "error",
  summary: "A count is not a whole number of 0 or more.",
  stage: "cell",
  appliesTo: (column) => column.kind === "count",
  check: (raw) => ({ message: `${quote(raw)} is not a count. Enter a whole number, 0 or more.` }),
};
