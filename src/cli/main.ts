// The command line: the same engine as the add-in, for .xlsx files.
//   annex-a template OUT.xlsx [--notification-date YYYY-MM-DD] [--local-authority NAME]
//   annex-a check IN.xlsx [--reference-date YYYY-MM-DD] [--json] [--out MARKED.xlsx]
//   annex-a select IN.xlsx --out OUT.xlsx [--reference-date YYYY-MM-DD]
//   annex-a rules
import ExcelJS from "exceljs";
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { inspectionCalendar, notificationDateWarning } from "../domain/calendar";
import { formatUkDate, serialFromIso, todaySerial } from "../domain/dates";
import { validateWorkbook } from "../domain/engine";
import { ALL_RULES } from "../domain/rules";
import { choicesFromSheet, mergeChildren, refreshSelection, selectionCounts } from "../domain/selection";
import { plural } from "../domain/text";
import { templatePlan } from "../domain/template-plan";
import { markWorkbook } from "../xlsx/mark-findings";
import { sheetInputs, workbookReferenceDate } from "../xlsx/read-lists";
import { renderTemplate } from "../xlsx/render-template";
import { addSelectedToFactsSheet, previousSelectionGrid, writeSelectionSheet } from "../xlsx/write-selection";
import { readWorkbookFile, WorkbookFileError } from "../xlsx/workbook-file";
import { jsonReport, textReport } from "./report";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today as a serial day number; tests pin it. */
  today(): number;
}

/** 2 covers both an unreadable file and a command that could not be understood: no check ran. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, usage: 2 } as const;

const USAGE = `Usage:
  annex-a template OUT.xlsx [--notification-date YYYY-MM-DD] [--local-authority NAME]
      Write a workbook with every Annex A list correctly headed, drop-downs, date formats and
      an Inspection sheet with the notification date, reference date and every deadline.
  annex-a check IN.xlsx [--reference-date YYYY-MM-DD] [--json] [--out MARKED.xlsx]
      Check every list in a workbook. Exit status: 0 no errors, 1 errors found, 2 file unreadable.
      --out writes a copy with invalid cells marked and noted, and a Findings sheet.
  annex-a select IN.xlsx --out OUT.xlsx [--reference-date YYYY-MM-DD]
      Build or refresh the Selection sheet (one row per child across every list, in-focus
      children first) in a copy, keeping every choice and note already made, and list the
      children selected for tracking on the 20 children's facts sheet.
  annex-a rules
      List every rule: code, severity and what it checks.`;

class UsageError extends Error {}

function isoOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const serial = serialFromIso(value);
  if (serial === undefined) throw new UsageError(`--${option} must be a real date written YYYY-MM-DD, for example 2026-11-24; got ‘${value}’.`);
  return serial;
}

async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "notification-date": { type: "string" }, "local-authority": { type: "string" } },
  });
  const out = positionals[0];
  if (!out || positionals.length > 1) throw new UsageError("template needs one output file, e.g. annex-a template annex-a.xlsx");
  const notificationSerial = isoOption(values["notification-date"], "notification-date") ?? io.today();
  const warning = notificationDateWarning(notificationSerial);
  if (warning) io.err(`Note: ${warning}`);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Annex A add-in";
  renderTemplate(workbook, templatePlan({ notificationSerial, localAuthority: values["local-authority"] }));
  await workbook.xlsx.writeFile(out);
  io.out(`Wrote ${out}: every Annex A list, notified ${formatUkDate(notificationSerial)}.`);
  for (const deadline of inspectionCalendar(notificationSerial)) io.out(`  ${deadline.dueText.padEnd(32)} ${deadline.what}`);
  return EXIT.ok;
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  return real(a) === real(b);
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "reference-date": { type: "string" }, json: { type: "boolean" }, out: { type: "string" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("check needs one workbook, e.g. annex-a check annex-a.xlsx");
  if (values.out && samePath(values.out, file)) throw new UsageError("--out must name a new file: the workbook being checked is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");

  const workbook = await readWorkbookFile(file);
  const referenceSerial = override ?? workbookReferenceDate(workbook) ?? io.today();
  const result = validateWorkbook(sheetInputs(workbook), { referenceSerial });

  if (values.json) io.out(JSON.stringify(jsonReport(result, referenceSerial), null, 2));
  else io.out(textReport(file, result, referenceSerial));
  if (values.out) {
    markWorkbook(workbook, result, referenceSerial);
    await workbook.xlsx.writeFile(values.out);
    if (!values.json) io.out(`Wrote a marked copy to ${values.out}.`);
  }
  return result.findings.some((item) => item.severity === "error") ? EXIT.findings : EXIT.ok;
}

async function selectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "reference-date": { type: "string" }, out: { type: "string" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.out) throw new UsageError("select needs a workbook and --out, e.g. annex-a select annex-a.xlsx --out selection.xlsx");
  if (samePath(values.out, file)) throw new UsageError("--out must name a new file: the workbook being read is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");

  const workbook = await readWorkbookFile(file);
  const referenceSerial = override ?? workbookReferenceDate(workbook) ?? io.today();
  const result = validateWorkbook(sheetInputs(workbook), { referenceSerial });
  const children = mergeChildren(result.lists.map((list) => ({ list: list.list, rows: list.rows })), referenceSerial);
  const rows = refreshSelection(children, choicesFromSheet(previousSelectionGrid(workbook)));
  const counts = selectionCounts(rows);
  writeSelectionSheet(workbook, rows, counts);
  const added = addSelectedToFactsSheet(workbook, rows);
  await workbook.xlsx.writeFile(values.out);

  io.out(`Wrote ${values.out}: ${plural(rows.length, "child", "children")} on the Selection sheet, ${plural(rows.filter((row) => row.child.inFocus).length, "child", "children")} in focus.`);
  io.out(`Selected for tracking: ${counts.tracking.count} (${counts.tracking.state}; the guidance asks for 20).`);
  io.out(`Joint evaluation: ${counts.jointEvaluation.count} of the selected (${counts.jointEvaluation.state}; the guidance asks for 5 to 7).`);
  if (counts.jointEvaluation.notSelected.length > 0) io.out(`Marked for joint evaluation but not selected for tracking: ${counts.jointEvaluation.notSelected.join(", ")}.`);
  const gone = rows.filter((row) => !row.inLists).map((row) => row.child.childId);
  if (gone.length > 0) io.out(`No longer in the lists, kept and flagged: ${gone.join(", ")}.`);
  if (added.length > 0) io.out(`Added to the 20 children's facts sheet: ${added.join(", ")}.`);
  for (const warning of counts.warnings) io.out(`Check: ${warning}`);
  return EXIT.ok;
}

function rulesCommand(io: Io): number {
  for (const rule of ALL_RULES) io.out(`${rule.code.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.summary}`);
  return EXIT.ok;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "template":
        return await templateCommand(args, io);
      case "check":
        return await checkCommand(args, io);
      case "select":
        return await selectCommand(args, io);
      case "rules":
        return rulesCommand(io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`Unknown command ‘${command}’.`);
    }
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      io.err(error.message);
      return EXIT.unreadable;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: () => todaySerial(),
};
