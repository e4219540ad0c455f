import { childrenWithSources } from "./helpers";
import type { WorkbookProblem, WorkbookRule } from "./rule";
import { neglectedChildren } from "../focus";
import { at, gridOf, OFSTED_EXAMPLE_FORM, ofstedRows, rows, validRow } from "./examples";

// SPEC: the 10-case lists' children should be neglect-flagged: neglect is a current and
// significant factor (guidance para 15).
export const tenCaseNeglect: WorkbookRule = {
  code: "TEN-CASE-NEGLECT",
  severity: "warning",
  summary: "A child in a 10-case list is flagged N for neglect in the children in need or child protection list.",
  stage: "workbook",
  // Where the form says neglect: its flag, or (Ofsted's template) the codes of other lists.
  columns: (form) => [
    "childId",
    ...(form.neglect?.kind === "flag"
      ? [form.neglect.column]
      : (form.neglect?.sources ?? []).map((source) => source.column)),
  ],
  examples: {
    fails: [
      {
        name: "flag N",
        sheets: [rows("childrenInNeed", { neglect: "N" }), rows("positiveEngagement", {})],
        at: at("positiveEngagement", 1, "childId"),
        message:
          "Child C1001 is flagged N for living with neglect in the children in need or child protection list, but these cases are children for whom neglect is a current and significant factor. Check the flag or the choice of child.",
      },
      {
        name: "beside Ofsted's template: neither the category of abuse nor the primary need says neglect",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childProtection", { initialCategory: "b) Physical abuse", latestCategory: "b) Physical abuse" }),
          ofstedRows("childrenInNeed", { primaryNeed: "N4 - Family in acute stress" }),
          { list: "multiAgency", grid: gridOf("multiAgency", [validRow("multiAgency")], OFSTED_EXAMPLE_FORM) },
        ],
        at: at("multiAgency", 1, "childId"),
        message:
          "Child C1001 is in a 10-case list, but neither their category of abuse nor their primary need says neglect, and these cases are children for whom neglect is a current and significant factor. Check those codes or the choice of child.",
      },
    ],
    passes: [
      { name: "flag Y", sheets: [rows("childrenInNeed", { neglect: "Y" }), rows("positiveEngagement", {})] },
      {
        name: "beside Ofsted's template: a latest category of neglect",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childProtection", { initialCategory: "b) Physical abuse" }),
          { list: "multiAgency", grid: gridOf("multiAgency", [validRow("multiAgency")], OFSTED_EXAMPLE_FORM) },
        ],
      },
    ],
  },
  check: (lists, _referenceSerial, form) => {
    const children = childrenWithSources(lists, ["tenCase"]) ?? [];
    // A form without the flag (Ofsted's template) says neglect in other lists' codes (Form.neglect).
    if (form.neglect?.kind === "codes") {
      const neglected = neglectedChildren(
        form,
        lists.map((data) => ({ list: data.list.id, rows: data.rows })),
      );
      return children
        .filter(({ id, sources }) => sources.length > 0 && !neglected.has(id))
        .map(({ list, row, id }) => ({
          list,
          rowIndex: row.rowIndex,
          column: "childId",
          message: `Child ${id} is in a 10-case list, but neither their category of abuse nor their primary need says neglect, and these cases are children for whom neglect is a current and significant factor. Check those codes or the choice of child.`,
        }));
    }
    return children.flatMap(({ list, row, id, sources }): WorkbookProblem[] => {
      const flags = sources.map((source) => source.value.neglect).filter((flag) => flag !== undefined);
      if (flags.length === 0 || flags.includes("Y")) return [];
      return [
        {
          list,
          rowIndex: row.rowIndex,
          column: "childId",
          message: `Child ${id} is flagged N for living with neglect in the children in need or child protection list, but these cases are children for whom neglect is a current and significant factor. Check the flag or the choice of child.`,
        },
      ];
    });
  },
};
