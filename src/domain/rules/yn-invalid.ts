import { quote } from "../grid";
import { yesNoInWords } from "./helpers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: Y/N columns hold Y or N. A value that means neither cannot be guessed.
export const ynInvalid: CellRule = {
  code: "YN-INVALID",
  severity: "error",
  summary: "A Y/N cell holds something that is neither yes nor no.",
  stage: "cell",
  order: 70,
  examples: {
    fails: [
      {
        name: "maybe",
        sheets: [rows("childrenInNeed", { disability: "maybe" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘maybe’ is not Y or N. Enter Y or N.",
      },
      {
        name: "Seen alone outside the seen-alone column",
        sheets: [rows("childrenInNeed", { disability: "Seen alone" })],
        at: at("childrenInNeed", 1, "disability"),
        message: "‘Seen alone’ is not Y or N. Enter Y or N.",
      },
      {
        name: "ILACS's c) Unknown where only Y or N is asked for",
        sheets: [rows("childrenInNeed", { disability: "c) Unknown" })],
        at: at("childrenInNeed", 1, "disability"),
        message:
          '‘c) Unknown’ is not Y or N: this Annex A asks for Y or N here, with no "unknown". Find out which, and enter Y or N.',
      },
    ],
    passes: [{ name: "N", sheets: [rows("childrenInNeed", { disability: "N" })] }],
  },
  appliesTo: (column) => column.kind === "yesNo",
  check: (raw, column) => {
    const words = yesNoInWords(column);
    return {
      message:
        // Ofsted's template lets some of these columns say "c) Unknown"; a column without it asks for yes or no.
        typeof raw === "string" && /unknown|not known/i.test(raw)
          ? `${quote(raw)} is not ${words}: this Annex A asks for ${words} here, with no "unknown". Find out which, and enter ${words}.`
          : `${quote(raw)} is not ${words}. Enter ${words}.`,
    };
  },
};
