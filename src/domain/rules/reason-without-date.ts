import type { ColumnKey, Form } from "../catalogue";
import { hasValue, heading } from "./helpers";
import type { RowProblem, RowRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, at, ofstedRows, serial } from "./examples";

/** Every date and reason a form's lists pair (ListSpec.reasonWithDate). */
const pairedKeys = (form: Form): ColumnKey[] => [
  ...new Set(form.lists.flatMap((list) => (list.reasonWithDate ?? []).flat())),
];

/** A heading, quoted whole (grid's quote shortens long text). */
const named = (text: string): string => `‘${text}’`;

// Ofsted's template pairs a date with its reason, each given exactly when the other is:
// List 8, Guidance!C105 ("Leave blank if child is still being looked after") and C106 ("For
// children that have ceased to be looked after ... please provide the reason"); List 10,
// Guidance!C146 and C147 (the decision that the child should no longer be placed for adoption, and
// why); List 11, Guidance!A149 ("enter the date of leaving the process and reason for leaving the
// adoption process"), C166 and C167. Which lists pair which columns is the form's (reasonWithDate).
export const reasonWithoutDate: RowRule = {
  code: "REASON-WITHOUT-DATE",
  severity: "error",
  summary:
    "A reason (care ended, adoption decision reversed, left the process) is given without its date, or a date without its reason.",
  stage: "row",
  columns: pairedKeys,
  examples: {
    fails: [
      {
        name: "ceased to be looked after, no reason",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", { claEndDate: serial("2026-10-01") })],
        at: at("childrenLookedAfter", 1, "claEndReason"),
        message:
          "The ‘Date Ceased to be Looked After’ is given but the ‘Reason Ceased to be Looked After’ is blank. Choose the reason from the drop-down, or clear the date if it does not apply.",
      },
      {
        name: "reason for leaving the adoption process, no date",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("adopters", { leftProcessReason: "1 - Adopter withdrew from process" })],
        at: at("adopters", 1, "leftProcessDate"),
        message:
          "The ‘Reason for leaving adoption process’ is given but no ‘Date of leaving adoption process’. Enter the date, or clear the reason if it does not apply.",
      },
      {
        name: "no longer to be placed for adoption, no reason",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("adoption", { noLongerAdoptionDecisionDate: serial("2026-04-01") })],
        at: at("adoption", 1, "noLongerAdoptionReason"),
        message:
          "The ‘Date of Decision that Child Should No Longer be Placed for Adoption’ is given but the ‘Reason Why Child No Longer Placed for Adoption’ is blank. Choose the reason from the drop-down, or clear the date if it does not apply.",
      },
    ],
    passes: [
      {
        name: "neither: still looked after",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", {})],
      },
      {
        name: "both: left the adoption process, and why",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("adopters", {
            leftProcessDate: serial("2026-04-01"),
            leftProcessReason: "1 - Adopter withdrew from process",
          }),
        ],
      },
    ],
  },
  check: (row, context) => {
    const problems: RowProblem[] = [];
    for (const [dateKey, reasonKey] of context.list.reasonWithDate ?? []) {
      if (!context.present.has(dateKey) || !context.present.has(reasonKey)) continue;
      const date = heading(context, dateKey).trim();
      const reason = heading(context, reasonKey).trim();
      const hasDate = hasValue(row, dateKey);
      const hasReason = hasValue(row, reasonKey);
      if (hasDate && !hasReason) {
        problems.push({
          column: reasonKey,
          message: `The ${named(date)} is given but the ${named(reason)} is blank. Choose the reason from the drop-down, or clear the date if it does not apply.`,
        });
      } else if (hasReason && !hasDate) {
        problems.push({
          column: dateKey,
          message: `The ${named(reason)} is given but no ${named(date)}. Enter the date, or clear the reason if it does not apply.`,
        });
      }
    }
    return problems;
  },
};
