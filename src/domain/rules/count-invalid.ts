import { quote } from "../grid";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: counts (previous plans, referrals, enquiries, ICPCs in 12 months) are whole numbers >= 0.
export const countInvalid: CellRule = {
  code: "COUNT-INVALID",
  severity: "error",
  summary: "A count is not a whole number of 0 or more.",
  stage: "cell",
  order: 160,
  examples: {
    fails: [
      {
        name: "-1",
        sheets: [rows("referrals", { referralsIn12Months: -1 })],
        at: at("referrals", 1, "referralsIn12Months"),
      },
      {
        name: "1.5",
        sheets: [rows("referrals", { referralsIn12Months: 1.5 })],
        at: at("referrals", 1, "referralsIn12Months"),
      },
    ],
    passes: [{ name: "0", sheets: [rows("childProtection", { previousPlans: 0 })] }],
  },
  appliesTo: (column) => column.kind === "count",
  check: (raw) => ({ message: `${quote(raw)} is not a count. Enter a whole number, 0 or more.` }),
};
