// The command line: the same engine as the add-in, for .xlsx files and CSV exports. Each command
// is a module of commands/; this reads the command word and turns errors into exit statuses.
//   annex-a template OUT.xlsx [--form ID] [--notification-date YYYY-MM-DD] [--local-authority NAME] [--force]
//   annex-a check IN.xlsx|IN.csv [--form ID] [--reference-date YYYY-MM-DD] [--json] [--out MARKED.xlsx [--force]]
//   annex-a select IN.xlsx|IN.csv --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force]
//   annex-a import IN.xlsx|IN.csv (--out OUT.xlsx [--force] | --preview) [--form ID] [--sheet NAME] [--list ID] [--map "Export=Annex A"]
//   annex-a finalise IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force] [--anyway] [--keep-selection]
//   annex-a spellings IN.xlsx|IN.csv --out TABLE.csv [--form ID] [--reference-date YYYY-MM-DD] [--spellings TABLE.csv] [--force]
//   annex-a rules
import { todaySerial } from "../domain/dates";
import { DEFAULT_FORM_ID, FORMS } from "../domain/form-choice";
import { WorkbookFileError } from "../xlsx/workbook-file";
import { checkCommand } from "./commands/check";
import { finaliseCommand } from "./commands/finalise";
import { importCommand } from "./commands/import";
import { rulesCommand } from "./commands/rules";
import { selectCommand } from "./commands/select";
import { spellingsCommand } from "./commands/spellings";
import { templateCommand } from "./commands/template";
import { OptionError } from "./options";
import { EXIT, UsageError, writerTo, type Io } from "./shared";

export { checkExit } from "./commands/check";
export { EXIT, type Io } from "./shared";

/** Each command's line of usage and what it does, as `annex-a COMMAND --help` prints it. */
const COMMAND_USAGE: Readonly<Record<string, string>> = {
  template: `  annex-a template OUT.xlsx [--form ID] [--notification-date YYYY-MM-DD] [--local-authority NAME] [--force]
      Write a workbook with every Annex A list correctly headed, drop-downs, date formats and
      (for the joint inspection's form) an Inspection sheet with the notification date,
      reference date and every deadline.`,
  check: `  annex-a check IN.xlsx|IN.csv [--form ID] [--reference-date YYYY-MM-DD] [--json] [--out MARKED.xlsx [--force]]
      Check every list in a workbook or CSV export. Exit status: 0 rows checked and no errors,
      1 errors found, 2 file unreadable, or no list with rows to check (each sheet not checked
      is listed with why). --out writes a copy with invalid cells marked and noted, and a
      Findings sheet.`,
  select: `  annex-a select IN.xlsx|IN.csv --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force]
      Build or refresh the Selection sheet (one row per child across every list, in-focus
      children first) in a copy, keeping every choice and note already made, and list the
      children selected for tracking on the 20 children's facts sheet.`,
  import: `  annex-a import IN.xlsx|IN.csv (--out OUT.xlsx [--force] | --preview) [--form ID] [--sheet NAME] [--list ID] [--map "Export heading=Annex A heading"]
      Lay a case-management export out as an Annex A list: recognise the list, map its columns
      (variants automatically; --map for the rest, as often as needed), and write a correctly
      headed sheet in a copy. Columns not mapped are reported. The export is left as it was.`,
  finalise: `  annex-a finalise IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force] [--anyway] [--keep-selection]
      Write the copy to send: the lists with every value as it is, without the tool's findings
      sheet, marks sheets, marks, focus highlight and notes, nor (unless --keep-selection) the
      Selection and Annex B sheets; says what was left out. Refused (exit status 2) while the
      check finds errors, unless --anyway is given. Its input is an .xlsx workbook only.`,
  spellings: `  annex-a spellings IN.xlsx|IN.csv --out TABLE.csv [--form ID] [--reference-date YYYY-MM-DD] [--spellings TABLE.csv] [--force]
      Write a table of the values coded columns hold that are not their codes, one row per list,
      column and value: List, Heading, Value, Cells (how many), Means (filled where certain; the
      team fills in the rest) and Suggestions (up to three codes, nearest first). Kept from month
      to month; a row with no Heading maps an export's heading (Value) to an Annex A heading (Means).`,
  rules: `  annex-a rules
      List every rule: code, severity and what it checks.`,
};

const CSV_NOTE = "  IN.xlsx|IN.csv: an Excel workbook (.xlsx), or a CSV export (.csv, UTF-8) read as one sheet.";
const NOTES = `  --form names the Annex A form: ${FORMS.map((form) => form.id).join(", ")}.
      A workbook is read as the form its headings show unless --form says otherwise; a
      template is ${DEFAULT_FORM_ID} unless --form says otherwise.
  --spellings TABLE.csv (check, import, select, spellings) reads each value the table gives a
      Means as that code: a warning with that fix, never an error; import also takes its
      headings. A Means that is not one of the column's codes is refused (exit status 2).
  A file is never replaced unless --force is given; a failed write leaves no file behind.`;

const USAGE = `Usage:\n${Object.values(COMMAND_USAGE).join("\n")}\n\n${CSV_NOTE}\n${NOTES}`;

/** One command's usage, with the note on CSV where the command reads one. */
const commandUsage = (command: string) =>
  `Usage:\n${COMMAND_USAGE[command]}\n\n${COMMAND_USAGE[command].includes("IN.csv") ? `${CSV_NOTE}\n` : ""}${NOTES}`;

/** Whether the arguments ask for help: --help or -h before any "--" that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (command !== undefined && Object.hasOwn(COMMAND_USAGE, command) && asksForHelp(args)) {
    io.out(commandUsage(command));
    return EXIT.ok;
  }
  try {
    switch (command) {
      case "template":
        return await templateCommand(args, io);
      case "check":
        return await checkCommand(args, io);
      case "select":
        return await selectCommand(args, io);
      case "import":
        return await importCommand(args, io);
      case "finalise":
        return await finaliseCommand(args, io);
      case "spellings":
        return await spellingsCommand(args, io);
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
    if (error instanceof OptionError) {
      io.err(error.message);
      return EXIT.usage;
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
  write: writerTo(process.stdout),
  err: (text) => process.stderr.write(`${text}\n`),
  today: () => todaySerial(),
};
