import { ilacsOtherColumn, type ListSpec } from "../catalogue";
import { headingKey } from "../text";
import type { HeaderRule } from "./rule";

// Headers: report unknown columns: they are not checked and Ofsted did not ask for them.
export const headerUnknown: HeaderRule<{ list: ListSpec; text: string }> = {
  code: "HEADER-UNKNOWN",
  severity: "warning",
  summary: "A column's heading is not one of the list's headings; the column is not checked.",
  stage: "header",
  explain: ({ list, text }) => {
    const ilacs = ilacsOtherColumn(headingKey, text);
    return {
      message: ilacs
        ? `‘${text}’ is ${ilacs}. Its cells are not checked; remove the column before the return is sent.`
        : `‘${text}’ is not a heading of the ${list.title.toLowerCase()} list, so its cells are not checked. Rename it to the Annex A heading it holds, or remove it before the return is sent.`,
    };
  },
};
