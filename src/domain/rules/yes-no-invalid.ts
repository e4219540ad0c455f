import { quote } from "../grid";
import type { CellRule } from "./rule";

// SPEC: Y/N columns hold Y or N. A value that means neither cannot be guessed.
export const yesNoInvalid: CellRule = {
  code: "YN-INVALID",
  severity: "error",
  summary: "A Y/N cell holds something that is neither yes nor no.",
  stage: "cell",
  appliesTo: (column) => column.kind === "yesNo",
  check: (raw) => ({
    message:
      // ILACS lets some of these columns say "c) Unknown"; this Annex A asks for Y or N.
      typeof raw === "string" && /unknown|not known/i.test(raw)
        ? `${quote(raw)} is not Y or N: this Annex A asks for Y or N here, with no "unknown". Find out which, and enter Y or N.`
        : `${quote(raw)} is not Y or N. Enter Y or N.`,
  }),
};
