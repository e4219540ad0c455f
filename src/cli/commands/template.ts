// `annex-a template`: a new workbook with every list of a form headed, and its deadlines.
import { inspectionCalendar, notificationDateWarning } from "../../domain/calendar";
import { formatUkDate } from "../../domain/dates";
import { DEFAULT_FORM_ID, formById } from "../../domain/form-choice";
import { templatePlan } from "../../domain/template-plan";
import { renderTemplate } from "../../xlsx/render-template";
import { assertCanWrite, saveWorkbook } from "../../xlsx/save-workbook";
import { loadExcelJs } from "../../xlsx/workbook-file";
import { EXIT, isoOption, namedForm, UsageError, type Io } from "../shared";
import { parseOptions } from "../options";

export async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("template", args, {
    form: { type: "string" },
    "notification-date": { type: "string" },
    "local-authority": { type: "string" },
    force: { type: "boolean" },
  });
  const out = positionals[0];
  if (!out || positionals.length > 1)
    throw new UsageError("template needs one output file, e.g. annex-a template annex-a.xlsx");
  const form = namedForm(values.form) ?? formById(DEFAULT_FORM_ID)!;
  const notificationSerial = isoOption(values["notification-date"], "notification-date") ?? io.today();
  const warning = form.inspection ? notificationDateWarning(notificationSerial) : undefined;
  await assertCanWrite(out, { force: values.force });
  if (warning) io.err(`Note: ${warning}`);

  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "Annex A add-in";
  renderTemplate(workbook, templatePlan(form, { notificationSerial, localAuthority: values["local-authority"] }));
  await saveWorkbook(workbook, out, { force: values.force });
  if (!form.inspection) {
    io.out(`Wrote ${out}: every list of ${form.name}.`);
    return EXIT.ok;
  }
  io.out(`Wrote ${out}: every Annex A list, notified ${formatUkDate(notificationSerial)}.`);
  for (const deadline of inspectionCalendar(notificationSerial))
    io.out(`  ${deadline.dueText.padEnd(32)} ${deadline.what}`);
  return EXIT.ok;
}
