import { recogniseColumnCode } from "../codes";
import { quote } from "../grid";
import { onlySpacesDiffer } from "./helpers";
import type { CellRule } from "./rule";

// SPEC: Y/N columns hold Y or N. "Yes", "no", "y", "TRUE" are recognised and offered as a fix.
export const yesNoAlias: CellRule = {
  code: "YN-ALIAS",
  severity: "warning",
  summary: "A Y/N cell says Yes, no, TRUE, 1 or similar; the return needs Y or N, offered as a fix.",
  stage: "cell",
  appliesTo: (column) => column.kind === "yesNo",
  check: (raw, column) => {
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return undefined;
    const canonical = recogniseColumnCode(column, raw);
    if (canonical && onlySpacesDiffer(raw, canonical)) {
      return {
        message: `${quote(raw)} has spaces (or non-breaking spaces) that are not part of the value ${quote(canonical)}. Use the fix to write it without them.`,
        fix: { value: canonical, display: canonical },
      };
    }
    return canonical
      ? {
          message: `${quote(raw)} means ${canonical}, but the return must say Y or N. Use the fix to write ${canonical}.`,
          fix: { value: canonical, display: canonical },
        }
      : undefined;
  },
};
