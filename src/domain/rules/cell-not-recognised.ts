import { quote } from "../grid";
import { rows } from "./examples";
import type { CellRule } from "./rule";

// The last word on a cell no other rule explained, so no rejected cell goes unreported.
export const cellNotRecognised: CellRule = {
  code: "CELL-NOT-RECOGNISED",
  severity: "error",
  summary: "A cell is not in the form its column needs and no other rule says more.",
  stage: "cell",
  order: 1000,
  // No example fires: every column kind has a rule of its own that explains whatever its cells
  // reject (AGE-INVALID, COUNT-INVALID, DATE-NOT-A-DATE ...). This rule is there so that a cell
  // of a kind added later, without such a rule, is still reported.
  examples: { fails: [], passes: [{ name: "a valid row", sheets: [rows("contacts", {})] }] },
  appliesTo: () => true,
  check: (raw) => ({ message: `${quote(raw)} is not in the form this column needs.` }),
};
