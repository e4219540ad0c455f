import { quote } from "../grid";
import type { CellRule } from "./rule";

// SPEC: Y/N columns hold Y or N. A value that means neither cannot be guessed.
export const yesNoInvalid: CellRule = {
  code: "YN-INVALID",
  severity: "error",
  summary: "A Y/N cell holds something that is neither yes nor no.",
  stage: "cell",
  appliesTo: (column) => column.kind === "yesNo",
  check: (raw) => ({ message: `${quote(raw)} is not Y or N. Enter Y or N.` }),
};
