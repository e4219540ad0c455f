import { readColumnCode } from "../codes";
import { quote } from "../grid";
import { listInWords } from "../text";
import type { CellRule } from "./rule";

// SPEC "Code lists": other spellings are offered as a fix only "where the meaning is certain".
// A code and a label (or a letter and a label) that name different values are not certain:
// "7 - Police" is 7 Other legal agency by its code and 6 Police by its word. Both readings are
// named and no fix is offered: the record decides, not the checker.
export const codeConflict: CellRule = {
  code: "CODE-CONFLICT",
  severity: "error",
  summary: "A coded or Y/N cell's code and label (or letter and label) name different values; both readings are given, no fix.",
  stage: "cell",
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
