import { recogniseColumnCode } from "../codes";
import { quote } from "../grid";
import { formWritingCode, strayWhitespace } from "./helpers";
import type { CellRule } from "./rule";
import { at, rows, serial } from "./examples";

// SPEC "Code lists": other spellings are recognised and offered as a one-click fix to the canonical form.
export const codeAlias: CellRule = {
  code: "CODE-ALIAS",
  severity: "warning",
  summary:
    "A coded cell uses another spelling of a code (bare code, description, other case); the canonical form is offered.",
  stage: "cell",
  order: 90,
  examples: {
    fails: [
      {
        name: "Male",
        sheets: [rows("contacts", { gender: "Male" })],
        at: at("contacts", 1, "gender"),
        message: "‘Male’ means ‘a) Male’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "a) Male",
      },
      {
        name: "b) female",
        sheets: [rows("contacts", { gender: "b) female" })],
        at: at("contacts", 1, "gender"),
        message:
          "‘b) female’ means ‘b) Female’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "b) Female",
      },
      {
        name: "census 2",
        sheets: [rows("contacts", { gender: 2 })],
        at: at("contacts", 1, "gender"),
        message: "‘2’ means ‘b) Female’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "b) Female",
      },
      {
        name: "bare WBRI",
        sheets: [rows("contacts", { ethnicity: "WBRI" })],
        at: at("contacts", 1, "ethnicity"),
        message: "‘WBRI’ means ‘a) WBRI’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "a) WBRI",
      },
      {
        name: "description",
        sheets: [rows("contacts", { ethnicity: "Pakistani" })],
        at: at("contacts", 1, "ethnicity"),
        message:
          "‘Pakistani’ means ‘k) APKN’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "k) APKN",
      },
      {
        name: "a source by its label alone",
        sheets: [rows("contacts", { contactSource: "Schools" })],
        at: at("contacts", 1, "contactSource"),
        message:
          "‘Schools’ means ‘2A Schools’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "2A Schools",
      },
      {
        name: "a) 1A: Individual",
        sheets: [rows("contacts", { contactSource: "a) 1A: Individual" })],
        at: at("contacts", 1, "contactSource"),
        message:
          "‘a) 1A: Individual’ is how Ofsted's August 2019 template writes it; the 2017 neglect guidance writes ‘1A Individual: family member, relativ...’. Use the fix to write it as this return's form does.",
        fix: "1A Individual: family member, relative or carer",
      },
      {
        name: "N1 - Abuse or neglect",
        sheets: [rows("childrenInNeed", { primaryNeed: "N1 - Abuse or neglect" })],
        at: at("childrenInNeed", 1, "primaryNeed"),
        message:
          "‘N1 - Abuse or neglect’ is how Ofsted's August 2019 template writes it; the 2017 neglect guidance writes ‘N1 Abuse or neglect’. Use the fix to write it as this return's form does.",
        fix: "N1 Abuse or neglect",
      },
      {
        name: "NEG",
        sheets: [rows("childProtection", { latestCategory: "NEG" })],
        at: at("childProtection", 1, "latestCategory"),
        message:
          "‘NEG’ means ‘a) Neglect’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "a) Neglect",
      },
      {
        name: "RC8",
        sheets: [rows("childrenInNeed", { cinClosureDate: serial("2026-10-01"), closureReason: "RC8" })],
        at: at("childrenInNeed", 1, "closureReason"),
        message:
          "‘RC8’ means ‘RC8 Case closed after assessment, no ...’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "RC8 Case closed after assessment, no further action",
      },
      {
        name: "CPP",
        sheets: [rows("yotProbation", { status: "CPP" })],
        at: at("yotProbation", 1, "status"),
        message:
          "‘CPP’ means ‘Child protection plan’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "Child protection plan",
      },
      {
        name: "1 - Male",
        sheets: [rows("contacts", { gender: "1 - Male" })],
        at: at("contacts", 1, "gender"),
        message:
          "‘1 - Male’ means ‘a) Male’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "a) Male",
      },
      {
        name: "WBRI - White British",
        sheets: [rows("contacts", { ethnicity: "WBRI - White British" })],
        at: at("contacts", 1, "ethnicity"),
        message:
          "‘WBRI - White British’ means ‘a) WBRI’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "a) WBRI",
      },
      {
        name: "White - British [WBRI]",
        sheets: [rows("contacts", { ethnicity: "White - British [WBRI]" })],
        at: at("contacts", 1, "ethnicity"),
        message:
          "‘White - British [WBRI]’ means ‘a) WBRI’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "a) WBRI",
      },
      {
        name: "BLF - BAFR - African",
        sheets: [rows("contacts", { ethnicity: "BLF - BAFR - African" })],
        at: at("contacts", 1, "ethnicity"),
        message:
          "‘BLF - BAFR - African’ means ‘o) BAFR’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "o) BAFR",
      },
      {
        name: "s) NOBT (ILACS letter)",
        sheets: [rows("contacts", { ethnicity: "s) NOBT" })],
        at: at("contacts", 1, "ethnicity"),
        message:
          "‘s) NOBT’ is how Ofsted's August 2019 template writes it; the 2017 neglect guidance writes ‘t) NOBT’. Use the fix to write it as this return's form does.",
        fix: "t) NOBT",
      },
      {
        name: "q) 6: Police (ILACS letter)",
        sheets: [rows("contacts", { contactSource: "q) 6: Police" })],
        at: at("contacts", 1, "contactSource"),
        message:
          "‘q) 6: Police’ is how Ofsted's August 2019 template writes it; the 2017 neglect guidance writes ‘6 Police’. Use the fix to write it as this return's form does.",
        fix: "6 Police",
      },
      {
        name: "Police alone",
        sheets: [rows("contacts", { contactSource: "Police" })],
        at: at("contacts", 1, "contactSource"),
        message:
          "‘Police’ means ‘6 Police’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "6 Police",
      },
      {
        name: "Neglect, Emotional",
        sheets: [rows("childProtection", { latestCategory: "Neglect, Emotional" })],
        at: at("childProtection", 1, "latestCategory"),
        message:
          "‘Neglect, Emotional’ means ‘e) Multiple/not recommended’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "e) Multiple/not recommended",
      },
      {
        name: "stray spaces around a code",
        sheets: [rows("contacts", { gender: " a) Male  " })],
        at: at("contacts", 1, "gender"),
        fix: "a) Male",
        message:
          "‘ a) Male  ’ has spaces (or non-breaking spaces) that are not part of the value ‘a) Male’. Use the fix to write it without them.",
      },
      {
        name: "c) Unknown gender",
        sheets: [rows("contacts", { gender: "c) Unknown" })],
        at: at("contacts", 1, "gender"),
        message:
          "‘c) Unknown’ means ‘c) Not stated/recorded’; the return uses the coded form from the drop-down. Use the fix to write it.",
        fix: "c) Not stated/recorded",
      },
    ],
    passes: [{ name: "canonical codes", sheets: [rows("contacts", {})] }],
  },
  appliesTo: (column) => column.kind === "code",
  check: (raw, column, context) => {
    if (!column.codeList || (typeof raw !== "string" && typeof raw !== "number")) return undefined;
    const canonical = recogniseColumnCode(column, raw);
    const spaces = strayWhitespace(raw, canonical);
    if (spaces) return spaces;
    if (!canonical) return undefined;
    const fix = { value: canonical, display: canonical };
    // Another form's (or revision's) own code: both are named, so nobody takes it for a typo.
    const other = formWritingCode(context.otherForms, context.list.id, column.key, raw);
    if (other)
      return {
        message: `${quote(raw)} is how ${other.inSentence} writes it; ${context.form.inSentence} writes ${quote(canonical)}. Use the fix to write it as this return's form does.`,
        fix,
      };
    return {
      message: `${quote(raw)} means ${quote(canonical)}; the return uses the coded form from the drop-down. Use the fix to write it.`,
      fix,
    };
  },
};
