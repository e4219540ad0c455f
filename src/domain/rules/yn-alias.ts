import { recogniseColumnCode } from "../codes";
import { quote } from "../grid";
import { strayWhitespace, yesNoInWords } from "./helpers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: Y/N columns hold Y or N. "Yes", "no", "y", "TRUE" are recognised and offered as a fix.
export const ynAlias: CellRule = {
  code: "YN-ALIAS",
  severity: "warning",
  summary: "A Y/N cell says Yes, no, TRUE, 1 or similar; the return needs Y or N, offered as a fix.",
  stage: "cell",
  order: 60,
  examples: {
    fails: [
      {
        name: "yes",
        sheets: [rows("childrenInNeed", { disability: "yes" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘yes’ means Y, but the return must say Y or N. Use the fix to write Y.",
        fix: "Y",
      },
      {
        name: "a) yes",
        sheets: [rows("childrenInNeed", { neglect: "a) yes" })],
        at: at("childrenInNeed", 1, "neglect"),
        message: "‘a) yes’ means Y, but the return must say Y or N. Use the fix to write Y.",
        fix: "Y",
      },
      {
        name: "B) No",
        sheets: [rows("childrenInNeed", { disability: "B) No" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘B) No’ means N, but the return must say Y or N. Use the fix to write N.",
        fix: "N",
      },
      {
        name: "TRUE boolean",
        sheets: [rows("childrenInNeed", { disability: true })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘TRUE’ means Y, but the return must say Y or N. Use the fix to write Y.",
        fix: "Y",
      },
      {
        name: "0",
        sheets: [rows("childrenInNeed", { disability: 0 })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘0’ means N, but the return must say Y or N. Use the fix to write N.",
        fix: "N",
      },
      {
        name: "y",
        sheets: [rows("childrenInNeed", { disability: "y" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘y’ means Y, but the return must say Y or N. Use the fix to write Y.",
        fix: "Y",
      },
      {
        name: "1 - Yes",
        sheets: [rows("childrenInNeed", { disability: "1 - Yes" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘1 - Yes’ means Y, but the return must say Y or N. Use the fix to write Y.",
        fix: "Y",
      },
      {
        name: "0 - No",
        sheets: [rows("childrenInNeed", { disability: "0 - No" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘0 - No’ means N, but the return must say Y or N. Use the fix to write N.",
        fix: "N",
      },
      {
        name: "Seen alone, in the seen-alone column",
        sheets: [rows("childProtection", { seenAlone: "Seen alone" })],
        at: at("childProtection", 1, "seenAlone"),
        message: "‘Seen alone’ means Y, but the return must say Y or N. Use the fix to write Y.",
        fix: "Y",
      },
      {
        name: "a non-breaking space after Y",
        sheets: [rows("childrenInNeed", { disability: "Y\u00a0" })],
        at: at("childrenInNeed", 1, "disability"),
        fix: "Y",
        message:
          "‘Y ’ has spaces (or non-breaking spaces) that are not part of the value ‘Y’. Use the fix to write it without them.",
      },
      {
        name: "Not seen alone, in the seen-alone column",
        sheets: [rows("childProtection", { seenAlone: "Not seen alone" })],
        at: at("childProtection", 1, "seenAlone"),
        message: "‘Not seen alone’ means N, but the return must say Y or N. Use the fix to write N.",
        fix: "N",
      },
    ],
    passes: [{ name: "Y and N", sheets: [rows("childrenInNeed", { disability: "N", neglect: "Y" })] }],
  },
  appliesTo: (column) => column.kind === "yesNo",
  check: (raw, column) => {
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return undefined;
    const canonical = recogniseColumnCode(column, raw);
    const spaces = strayWhitespace(raw, canonical);
    if (spaces) return spaces;
    return canonical
      ? {
          message: `${quote(raw)} means ${canonical}, but the return must say ${yesNoInWords(column)}. Use the fix to write ${canonical}.`,
          fix: { value: canonical, display: canonical },
        }
      : undefined;
  },
};
