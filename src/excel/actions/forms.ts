// Which form the add-in's actions follow: the one the user chose, else the last check's, else the
// one the sheets' names show, else the default.
import type { Form } from "../../domain/catalogue";

export class FormsInUse {
  /** The form the user chose in the pane, if any. */
  chosen: Form | undefined;
  /** The form of the last check: what a template, a Selection or an import follows unless one was chosen. */
  lastChecked: Form | undefined;
  /** Before any check, the form the sheets' names show (Ofsted's List_1...). */
  named: Form | undefined;

  constructor(readonly forms: readonly Form[]) {}

  /** Chooses a form by id, or (undefined) goes back to the one the workbook's headings show. */
  choose(id: string | undefined): void {
    this.chosen = id === undefined ? undefined : this.forms.find((form) => form.id === id);
  }

  /** The form a template, an import or the Selection follows. */
  forWriting(): Form {
    return this.chosen ?? this.lastChecked ?? this.named ?? this.forms[0];
  }
}
