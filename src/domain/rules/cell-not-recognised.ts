import { quote } from "../grid";
import type { CellRule } from "./rule";

// The last word on a cell no other rule explained, so no rejected cell goes unreported.
export const cellNotRecognised: CellRule = {
  code: "CELL-NOT-RECOGNISED",
  severity: "error",
  summary: "A cell is not in the form its column needs and no other rule says more.",
  stage: "cell",
  appliesTo: () => true,
  check: (raw) => ({ message: `${quote(raw)} is not in the form this column needs.` }),
};
