// `annex-a check`: every list of a workbook checked, reported as text or JSON, with a marked copy
// if asked.
import { validateWorkbook, type WorkbookResult } from "../../domain/engine";
import { groupFindings } from "../../domain/finding-groups";
import { FORMS } from "../../domain/form-choice";
import { markWorkbook } from "../../xlsx/mark-findings";
import { summariseCheck } from "../../domain/check-summary";
import { sheetInputs, workbookReference } from "../../xlsx/read-lists";
import { assertCanWrite, saveWorkbook } from "../../xlsx/save-workbook";
import { readWorkbookGrids } from "../../xlsx/stream-grids";
import { prettyJsonPieces } from "../json-pieces";
import { anyRowsChecked, jsonReport, textReport } from "../report";
import {
  copyOf,
  EXIT,
  findingCellOf,
  formOf,
  isoOption,
  namedForm,
  samePath,
  UsageError,
  withSpellingsOption,
  writePieces,
  type Io,
} from "../shared";
import { parseOptions } from "../options";

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("check", args, {
    form: { type: "string" },
    "reference-date": { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
    force: { type: "boolean" },
    spellings: { type: "string" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError("check needs one workbook, e.g. annex-a check annex-a.xlsx");
  if (values.out && samePath(values.out, file))
    throw new UsageError("--out must name a new file: the workbook being checked is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");
  namedForm(values.form);
  if (values.out) await assertCanWrite(values.out, { force: values.force });

  // The grids come from the one reader, with or without --out, so the findings are the same; a
  // copy needs the whole workbook besides, loaded only then.
  const source = await readWorkbookGrids(file);
  const choice = formOf(values.form, source);
  const form = await withSpellingsOption(choice.form, values.spellings);
  const copy = values.out ? await copyOf(file, source) : undefined;
  const reference = workbookReference(source, io.today());
  const referenceSerial = override ?? (reference.kind === "workbook" ? reference.serial : io.today());
  const result = validateWorkbook(form, sheetInputs(source), { referenceSerial, forms: FORMS });
  const { readiness } = summariseCheck(result, reference, io.today());

  // Grouped once for both reports and the copy's findings sheet; a group with a fix is also one
  // value, read from the grids.
  const groups = groupFindings(result.findings, findingCellOf(source));
  // The copy is written before the report, so a failed write is one line and no report claims it.
  if (values.out && copy) {
    markWorkbook(copy.workbook, result, referenceSerial, groups);
    await saveWorkbook(copy.workbook, values.out, { force: values.force, kept: copy.kept });
  }
  // In pieces, made as they are written: a report of 235,000 findings written whole would double
  // check's peak memory.
  if (values.json)
    await writePieces(io, prettyJsonPieces(jsonReport(result, referenceSerial, choice, readiness, groups)));
  else io.out(textReport(file, result, referenceSerial, choice, readiness, groups));
  if (values.out && !values.json) io.out(`Wrote a marked copy to ${values.out}.`);
  return checkExit(result);
}

/**
 * Never a silent pass: no list found, or none with rows, is "nothing checked" (2), even where the
 * headings have errors, so a script tells an empty template from a return with errors in its rows.
 */
export function checkExit(result: WorkbookResult): number {
  if (!anyRowsChecked(result)) return EXIT.nothingChecked;
  return result.findings.some((item) => item.severity === "error") ? EXIT.findings : EXIT.ok;
}
