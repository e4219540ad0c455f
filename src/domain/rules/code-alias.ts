import { recogniseColumnCode } from "../codes";
import { quote } from "../grid";
import { onlySpacesDiffer } from "./helpers";
import type { CellRule } from "./rule";

// SPEC "Code lists": other spellings are recognised and offered as a one-click fix to the canonical form.
export const codeAlias: CellRule = {
  code: "CODE-ALIAS",
  severity: "warning",
  summary: "A coded cell uses another spelling of a code (bare code, description, other case); the canonical form is offered.",
  stage: "cell",
  appliesTo: (column) => column.kind === "code",
  check: (raw, column) => {
    if (!column.codeList || (typeof raw !== "string" && typeof raw !== "number")) return undefined;
    const canonical = recogniseColumnCode(column, raw);
    if (canonical && onlySpacesDiffer(raw, canonical)) {
      return {
        message: `${quote(raw)} has spaces (or non-breaking spaces) that are not part of the value ${quote(canonical)}. Use the fix to write it without them.`,
        fix: { value: canonical, display: canonical },
      };
    }
    return canonical
      ? {
          message: `${quote(raw)} means ${quote(canonical)}; the return uses the coded form from the drop-down. Use the fix to write it.`,
          fix: { value: canonical, display: canonical },
        }
      : undefined;
  },
};
