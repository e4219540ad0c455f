// The form the tests check against unless they say otherwise: the 2017 neglect guidance, the
// catalogue the tool had before it knew other forms.
import type { CodeList } from "../../src/domain/codes";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";

export { JTAI_NEGLECT_2017 };

/** One of the 2017 form's code lists by its id ("gender"); throws for an id the form does not have. */
export function jtaiCodeList(id: string): CodeList {
  const list = JTAI_NEGLECT_2017.codeLists.find((candidate) => candidate.id === id);
  if (!list) throw new Error(`The 2017 form has no code list "${id}".`);
  return list;
}
