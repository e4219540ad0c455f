import type { ListSpec } from "../catalogue";
import type { HeaderRule } from "./rule";

// Headers: a sheet given as a list must carry that list's headings somewhere in its first rows.
export const headerNotFound: HeaderRule<{ list: ListSpec }> = {
  code: "HEADER-NOT-FOUND",
  severity: "error",
  summary: "None of the list's headings were found in the sheet's first rows.",
  stage: "header",
  explain: ({ list }) => ({
    message: `None of the ${list.title.toLowerCase()} headings were found in the first 10 rows. Put the headings in row 1, exactly as the template has them, with the data from row 2.`,
  }),
};
