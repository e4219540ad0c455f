import { readColumnCode } from "../codes";
import { quote } from "../grid";
import { listInWords } from "../text";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC "Code lists": other spellings are offered as a fix only "where the meaning is certain".
// A code and a label (or a letter and a label) that name different values are not certain:
// "7 - Police" is 7 Other legal agency by its code and 6 Police by its word. Both readings are
// named and no fix is offered: the record decides, not the checker.
export const codeConflict: CellRule = {
  code: "CODE-CONFLICT",
  severity: "error",
  summary:
    "A coded or Y/N cell's code and label (or letter and label) name different values; both readings are given, no fix.",
  stage: "cell",
  order: 50,
  examples: {
    fails: [
      {
        name: "7 - Police: 7 is another legal agency",
        sheets: [rows("referrals", { referralSource: "7 - Police" })],
        at: at("referrals", 1, "referralSource"),
        message:
          "‘7 - Police’ can be read as ‘7 Other legal agency’ or ‘6 Police’: its parts disagree. Check the record and choose the right value.",
      },
      {
        name: "b) Male: the letter and label disagree",
        sheets: [rows("contacts", { gender: "b) Male" })],
        at: at("contacts", 1, "gender"),
        message:
          "‘b) Male’ can be read as ‘b) Female’ or ‘a) Male’: its parts disagree. Check the record and choose the right value.",
      },
      {
        name: "b) Yes: ILACS's b is No",
        sheets: [rows("childrenInNeed", { disability: "b) Yes" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘b) Yes’ can be read as ‘N’ or ‘Y’: its parts disagree. Check the record and choose the right value.",
      },
    ],
    passes: [
      { name: "6 - Police", sheets: [rows("referrals", { referralSource: "6 - Police" })] },
      { name: "q) 6: Police (ILACS letters)", sheets: [rows("referrals", { referralSource: "q) 6: Police" })] },
    ],
  },
  appliesTo: (column) => column.kind === "code" || column.kind === "yesNo",
  check: (raw, column) => {
    if (typeof raw !== "string") return undefined;
    const reading = readColumnCode(column, raw);
    if (reading.kind !== "conflict") return undefined;
    return {
      message: `${quote(raw)} can be read as ${listInWords(reading.readings.map((value) => quote(value)))}: its parts disagree. Check the record and choose the right value.`,
    };
  },
};
