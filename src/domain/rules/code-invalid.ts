import { canonicalValues, nearestCode } from "../codes";
import { quote } from "../grid";
import { listInWords } from "../text";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: coded columns hold one of their codes. A typo ("NPBT") is not certain, so the nearest
// code is a hint in the message, never a fix.
export const codeInvalid: CellRule = {
  code: "CODE-INVALID",
  severity: "error",
  summary: "A coded cell holds a value that is not one of the column's codes.",
  stage: "cell",
  order: 100,
  examples: {
    fails: [
      {
        name: "typo NPBT",
        sheets: [rows("contacts", { ethnicity: "NPBT" })],
        at: at("contacts", 1, "ethnicity"),
        message: "‘NPBT’ is not one of the ethnicity codes. Did you mean ‘t) NOBT’? Choose a value from the drop-down.",
      },
      {
        name: "typo WMBC",
        sheets: [rows("contacts", { ethnicity: "WMBC" })],
        at: at("contacts", 1, "ethnicity"),
        message: "‘WMBC’ is not one of the ethnicity codes. Did you mean ‘f) MWBC’? Choose a value from the drop-down.",
      },
      {
        name: "PSRMEM: a special-needs code, not a primary need",
        sheets: [rows("childrenInNeed", { primaryNeed: "PSRMEM - Support with memory and cognition" })],
        at: at("childrenInNeed", 1, "primaryNeed"),
        message:
          "‘PSRMEM - Support with memory and cogn...’ is not one of the primary need codes. Choose a value from the drop-down.",
      },
    ],
    passes: [
      { name: "canonical", sheets: [rows("contacts", { ethnicity: "t) NOBT" })] },
      // Ofsted's ILACS code table writes "s) NOBT": the census code decides over the letter.
      { name: "Ofsted's s) NOBT", sheets: [rows("contacts", { ethnicity: "s) NOBT" })] },
    ],
  },
  appliesTo: (column) => column.kind === "code",
  check: (raw, column) => {
    if (!column.codeList) return undefined;
    const list = column.codeList;
    const values = canonicalValues(list);
    const allowed =
      values.length <= 6
        ? `Choose ${listInWords(values.map((value) => quote(value)))}.`
        : "Choose a value from the drop-down.";
    const nearest = typeof raw === "string" ? nearestCode(list, raw) : undefined;
    const hint = nearest ? ` Did you mean ${quote(nearest)}?` : "";
    return { message: `${quote(raw)} is not one of the ${codesOf(list.title)}.${hint} ${allowed}` };
  },
};

/**
 * A code list's codes named inside a sentence: "the ethnicity codes". Capitals that are an
 * abbreviation stay ("LA in touch", "Y/N"), and "Primary need code" does not say "code codes".
 */
function codesOf(title: string): string {
  const name = title.replace(/ code$/i, "");
  return `${/^[A-Z][A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1)} codes`;
}
