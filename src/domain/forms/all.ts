// Written by scripts/make-rule-index.ts from the files of this folder: do not edit. Every form,
// by the name of its file; a form is handed to whatever needs it, never reached for here.
import { ILACS_2019 } from "./ilacs-2019";
import { ILACS_LATER } from "./ilacs-later";
import { JTAI_NEGLECT_2017 } from "./jtai-neglect-2017";
import type { Form } from "../catalogue";

export const FORMS_BY_FILE: Readonly<Record<string, Form>> = {
  "ilacs-2019": ILACS_2019,
  "ilacs-later": ILACS_LATER,
  "jtai-neglect-2017": JTAI_NEGLECT_2017,
};
