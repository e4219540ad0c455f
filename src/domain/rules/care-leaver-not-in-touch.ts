import type { ColumnKey } from "../catalogue";
import { answerOf, BLANK_FIX, hasValue, heading } from "./helpers";
import type { RowProblem, RowRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, at, ofstedRows } from "./examples";

/** What the local authority knows of a care leaver only while in touch. */
const WHILE_IN_TOUCH: readonly ColumnKey[] = ["accommodationType", "accommodationSuitability", "activityStatus"];

// Ofsted's List 9 (care leavers): Guidance!C130 (Type of Accommodation) and C131 (Suitability of
// Accommodation): "Leave blank if you are not in touch with the care leaver."; C132 (Activity
// Status): "Leave Blank if the LA is not in touch". Only "a) Yes" of "LA In Touch" (C129) is in
// touch: the template does not say which of the other answers (b) No, c) Died, d) Refu, e) NREQ,
// f) Rhom) are "not in touch", so this is a warning, not an error.
export const careLeaverNotInTouch: RowRule = {
  code: "CARE-LEAVER-NOT-IN-TOUCH",
  severity: "warning",
  summary:
    "A care leaver the local authority is not in touch with has an accommodation or activity, which should be blank.",
  stage: "row",
  columns: ["laInTouch", ...WHILE_IN_TOUCH],
  examples: {
    fails: [
      {
        name: "not in touch, accommodation given",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("careLeavers", { laInTouch: "b) No", accommodationSuitability: null, activityStatus: null }),
        ],
        at: at("careLeavers", 1, "accommodationType"),
        message:
          "The local authority is not in touch with this care leaver (LA In Touch: b) No), so the type of accommodation should be blank. Clear it, or correct LA In Touch if the authority is in touch.",
        fix: "(blank)",
      },
      {
        name: "refused contact, activity given",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("careLeavers", { laInTouch: "d) Refu", accommodationType: null, accommodationSuitability: null }),
        ],
        at: at("careLeavers", 1, "activityStatus"),
        // Not certainly "not in touch" (Guidance!C129): said, with no fix offered.
        message:
          "The local authority is not in touch with this care leaver (LA In Touch: d) Refu), so the activity status should be blank. Clear it, or correct LA In Touch if the authority is in touch.",
      },
      {
        name: "not in touch written 'No': no fix until LA In Touch is written as the template asks",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("careLeavers", { laInTouch: "No", accommodationSuitability: null, activityStatus: null })],
        at: at("careLeavers", 1, "accommodationType"),
        message:
          "The local authority is not in touch with this care leaver (LA In Touch: b) No), so the type of accommodation should be blank. Clear it, or correct LA In Touch if the authority is in touch. Put ‘LA In Touch’ right first: this cell follows from it, so no fix is offered until then.",
      },
    ],
    passes: [
      { name: "in touch, all given", form: OFSTED_EXAMPLE_FORM, sheets: [ofstedRows("careLeavers", {})] },
      {
        name: "not in touch, all blank",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("careLeavers", {
            laInTouch: "b) No",
            accommodationType: null,
            accommodationSuitability: null,
            activityStatus: null,
          }),
        ],
      },
      {
        name: "in touch not known: nothing to compare",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("careLeavers", { laInTouch: null })],
      },
    ],
  },
  check: (row, context) => {
    if (!context.present.has("laInTouch")) return undefined;
    const inTouch = row.value.laInTouch;
    const answer = answerOf(context.list, row, "laInTouch");
    // Blank or not recognised: whether the authority is in touch is not known.
    if (typeof inTouch !== "string" || answer === "yes") return undefined;
    const problems: RowProblem[] = [];
    for (const key of WHILE_IN_TOUCH) {
      if (!context.present.has(key) || !hasValue(row, key)) continue;
      problems.push({
        column: key,
        message: `The local authority is not in touch with this care leaver (${heading(context, "laInTouch").trim()}: ${inTouch}), so the ${heading(context, key).toLowerCase()} should be blank. Clear it, or correct ${heading(context, "laInTouch").trim()} if the authority is in touch.`,
        // Only "b) No" certainly means not in touch (Guidance!C129 does not say of c) to f)): a
        // clear is offered for it alone; the others are for the council to judge.
        ...(answer === "no" ? { fix: BLANK_FIX, fixFrom: ["laInTouch"] } : {}),
      });
    }
    return problems;
  },
};
