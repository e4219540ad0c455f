import type { ColumnKey } from "../catalogue";
import type { CodeValue } from "../codes";
import { quote } from "../grid";
import { differingFacts } from "./child-dob-differs";
import type { ListData, TypedRow, WorkbookProblem, WorkbookRule } from "./rule";
import { at, OFSTED_EXAMPLE_FORM, ofstedRows } from "./examples";

/** The facts about a child that every row of the child gives the same, and what each is in words. */
const FACTS: readonly (readonly [key: ColumnKey, inWords: string])[] = [
  ["gender", "gender"],
  ["ethnicity", "ethnicity"],
];

/**
 * Census codes that say the fact is not known (gender 0, not stated; ethnicity REFU, refused, and
 * NOBT, not yet obtained): a row that does not know it does not contradict one that does.
 */
const NOT_KNOWN = new Set(["0", "REFU", "NOBT"]);
const saysNothing = (value: CodeValue): boolean =>
  NOT_KNOWN.has(value.code ?? "") || (value.aliases ?? []).some((alias) => NOT_KNOWN.has(alias));

/** The fact as recognised (the code list's canonical value), unless it is one that says nothing. */
const knownFact =
  (key: ColumnKey) =>
  (row: TypedRow, data: ListData): string | undefined => {
    const value = row.value[key];
    if (typeof value !== "string") return undefined;
    const codeList = data.list.columns.find((column) => column.key === key)?.codeList;
    const coded = codeList?.values.find((candidate) => candidate.canonical === value);
    return coded && saysNothing(coded) ? undefined : value;
  };

// Ofsted's template: "Unique Identity number for each child" (Guidance!C3, and C10, C18, C29,
// C41, C55, C69, C86, C120, C133 for Lists 2 to 10), so every row of one ID is one child, and the
// child's gender (Guidance!C4) and ethnicity (Guidance!C5) are the same on each (research §2.0,
// G-id, DERIVED). CHILD-DOB-DIFFERS does the date of birth. Adopters (List 11) have no child ID.
// The 2017 guidance does not ask it of its lists, and turns the rule off (Form.rulesOff).
export const childFactsDiffer: WorkbookRule = {
  code: "CHILD-FACTS-DIFFER",
  severity: "warning",
  summary: "One child ID has a different gender or ethnicity in different rows or lists.",
  stage: "workbook",
  columns: ["childId", ...FACTS.map(([key]) => key)],
  examples: {
    fails: [
      {
        name: "two genders for one child",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { childId: "C7" }),
          ofstedRows("contacts", { childId: "C7", gender: "b) Female" }),
        ],
        at: at("contacts", 1, "gender"),
        message:
          "Child C7 has gender ‘b) Female’ here but ‘a) Male’ in the children in need list (row 2). Check which is right: the same child should have one gender everywhere.",
      },
      {
        name: "two ethnicities for one child, in one list",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("referrals", { childId: "C7" }, { childId: "C7", ethnicity: "o) BAFR" })],
        at: at("referrals", 2, "ethnicity"),
        message:
          "Child C7 has ethnicity ‘o) BAFR’ here but ‘a) WBRI’ in the referrals list (row 2). Check which is right: the same child should have one ethnicity everywhere.",
      },
    ],
    passes: [
      {
        name: "the same facts everywhere",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { childId: "C7" }),
          ofstedRows("contacts", { childId: "C7" }, { childId: "C8", gender: "b) Female" }),
        ],
      },
      {
        name: "not yet obtained is no contradiction",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("contacts", { ethnicity: "s) NOBT", gender: "c) Not stated/recorded" }),
          ofstedRows("childrenInNeed", {}),
        ],
      },
      {
        name: "adopters have no child ID",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("adopters", {}, { gender: "b) Female" })],
      },
    ],
  },
  check: (lists) =>
    FACTS.flatMap(([key, inWords]) =>
      differingFacts(lists, knownFact(key)).map(
        ({ data, row, id, value, firstList, first, firstValue }): WorkbookProblem => ({
          list: data.list.id,
          rowIndex: row.rowIndex,
          column: key,
          message: `Child ${id} has ${inWords} ${quote(value)} here but ${quote(firstValue)} in the ${firstList.list.title.toLowerCase()} list (row ${first.rowIndex + 1}). Check which is right: the same child should have one ${inWords} everywhere.`,
        }),
      ),
    ),
};
