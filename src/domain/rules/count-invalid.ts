import { quote } from "../grid";
import { readWholeNumber } from "../readers";
import type { CellRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, at, ofstedRows, rows } from "./examples";

// SPEC: counts (previous plans, referrals, enquiries, ICPCs in 12 months) are whole numbers >= 0.
// A count may start higher (ColumnSpec.min): Ofsted's Guidance!C104, of List 8's placements in the
// last 12 months, "The lowest possible value will be one for the child's current placement."
export const countInvalid: CellRule = {
  code: "COUNT-INVALID",
  severity: "error",
  summary: "A count is not a whole number of 0 or more (or of its lowest possible value, where higher).",
  stage: "cell",
  order: 160,
  examples: {
    fails: [
      {
        name: "-1",
        sheets: [rows("referrals", { referralsIn12Months: -1 })],
        at: at("referrals", 1, "referralsIn12Months"),
        message: "‘-1’ is not a count. Enter a whole number, 0 or more.",
      },
      {
        name: "1.5",
        sheets: [rows("referrals", { referralsIn12Months: 1.5 })],
        at: at("referrals", 1, "referralsIn12Months"),
        message: "‘1.5’ is not a count. Enter a whole number, 0 or more.",
      },
      {
        name: "Ofsted: no placements in the last 12 months",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", { placementsIn12Months: 0 })],
        at: at("childrenLookedAfter", 1, "placementsIn12Months"),
        message:
          "0 is below the lowest possible value, 1, of ‘Number of Placements in the Last 12 months’. Check the count, and enter a whole number, 1 or more.",
      },
      {
        name: "Ofsted: 1.5 placements",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", { placementsIn12Months: 1.5 })],
        at: at("childrenLookedAfter", 1, "placementsIn12Months"),
        message: "‘1.5’ is not a count. Enter a whole number, 1 or more.",
      },
    ],
    passes: [
      { name: "0", sheets: [rows("childProtection", { previousPlans: 0 })] },
      {
        name: "Ofsted: one placement, the current one",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", { placementsIn12Months: 1 })],
      },
    ],
  },
  appliesTo: (column) => column.kind === "count",
  check: (raw, column) => {
    const min = column.min ?? 0;
    if (min === 0) return { message: `${quote(raw)} is not a count. Enter a whole number, 0 or more.` };
    const value = readWholeNumber(raw);
    if (value !== undefined && value < min) {
      return {
        message: `${value} is below the lowest possible value, ${min}, of ‘${column.heading.trim()}’. Check the count, and enter a whole number, ${min} or more.`,
      };
    }
    return { message: `${quote(raw)} is not a count. Enter a whole number, ${min} or more.` };
  },
};
