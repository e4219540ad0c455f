import { CODE_LISTS, canonicalValues, nearestCode } from "../codes";
import { quote } from "../grid";
import { listInWords } from "../text";
import type { CellRule } from "./rule";

// SPEC: coded columns hold one of their codes. A typo ("NPBT") is not certain, so the nearest
// code is a hint in the message, never a fix.
export const codeInvalid: CellRule = {
  code: "CODE-INVALID",
  severity: "error",
  summary: "A coded cell holds a value that is not one of the column's codes.",
  stage: "cell",
  appliesTo: (column) => column.kind === "code",
  check: (raw, column) => {
    if (!column.codeList) return undefined;
    const list = CODE_LISTS[column.codeList];
    const values = canonicalValues(column.codeList);
    const allowed =
      values.length <= 6 ? `Choose ${listInWords(values.map((value) => quote(value)))}.` : "Choose a value from the drop-down.";
    const nearest = typeof raw === "string" ? nearestCode(column.codeList, raw) : undefined;
    const hint = nearest ? ` Did you mean ${quote(nearest)}?` : "";
    return { message: `${quote(raw)} is not one of the ${list.title.toLowerCase()} codes.${hint} ${allowed}` };
  },
};
