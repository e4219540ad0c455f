// annex-a finalise IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force] [--anyway] [--keep-selection]
// The copy a local authority sends: the lists as they are, without the tool's working sheets,
// marks and notes (src/xlsx/finalise.ts). Checked first, as `check` checks: errors refuse it
// unless --anyway is given.
import { validateWorkbook, type WorkbookResult } from "../../domain/engine";
import { formulasWarning, leftOutLines } from "../../domain/finalise";
import { FORMS } from "../../domain/form-choice";
import { listOf } from "../../domain/catalogue";
import { listInWords, plural } from "../../domain/text";
import { finalisePackage } from "../../xlsx/finalise";
import { loadJsZip } from "../../xlsx/ooxml";
import { sheetInputs, workbookReferenceDate } from "../../xlsx/read-lists";
import { assertCanWrite, saveBytes } from "../../xlsx/save-workbook";
import { readWorkbookGrids } from "../../xlsx/stream-grids";
import { assertXlsxFile, damaged, isCsvPath, WorkbookFileError } from "../../xlsx/workbook-file";
import { unpackInto } from "../../xlsx/workbook-copy";
import { ZipFile } from "../../xlsx/zip";
import { anyRowsChecked } from "../report";
import { EXIT, formOf, isoOption, namedForm, samePath, UsageError, type Io } from "../shared";
import { parseOptions } from "../options";

/** The package's parts, unpacked under the reader's cap (zip.ts), as JSZip holds them. */
async function readPackage(path: string) {
  await assertXlsxFile(path);
  const zip = new (await loadJsZip())();
  let source: ZipFile;
  try {
    source = new ZipFile(path);
  } catch (error) {
    throw damaged(path, error);
  }
  await unpackInto(zip, source, (error) => damaged(path, error));
  return zip;
}

/** Where the errors are, by sheet (or the list's title, for a finding on no sheet), in the report's order. */
function listsWithErrors(result: WorkbookResult): string[] {
  const places = new Set<string>();
  for (const item of result.findings)
    if (item.severity === "error") places.add(`‘${item.sheet ?? listOf(result.form, item.list).title}’`);
  return [...places];
}

const joined = (items: readonly string[]) => listInWords(items, "and");

export async function finaliseCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("finalise", args, {
    form: { type: "string" },
    "reference-date": { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    anyway: { type: "boolean" },
    "keep-selection": { type: "boolean" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.out)
    throw new UsageError(
      "finalise needs a workbook and --out, e.g. annex-a finalise annex-a.xlsx --out annex-a-to-send.xlsx",
    );
  if (isCsvPath(file))
    throw new UsageError("finalise needs an .xlsx workbook: a CSV export holds none of the tool's marks to leave out.");
  if (samePath(values.out, file))
    throw new UsageError("--out must name a new file: the workbook being finalised is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");
  namedForm(values.form);
  await assertCanWrite(values.out, { force: values.force });

  // The same check as `check`: the same reader, form and reference date.
  const source = await readWorkbookGrids(file);
  const choice = formOf(values.form, source);
  const referenceSerial = override ?? workbookReferenceDate(source) ?? io.today();
  const result = validateWorkbook(choice.form, sheetInputs(source), { referenceSerial, forms: FORMS });
  if (result.lists.length === 0)
    throw new WorkbookFileError(`Not finalised: ${file} holds no list of ${choice.form.name}.`);
  const errors = result.findings.filter((item) => item.severity === "error").length;
  if (!values.anyway) {
    if (errors > 0)
      return refuse(
        io,
        `Not finalised: ${plural(errors, "error")} in ${joined(listsWithErrors(result))} (annex-a check ${file} names each); correct them, or add --anyway to finalise as it is.`,
      );
    if (!anyRowsChecked(result))
      return refuse(io, `Not finalised: every list in ${file} is empty; add --anyway to finalise it as it is.`);
  }

  const { bytes, leftOut } = await finalisePackage(await readPackage(file), choice.form, {
    keepSelection: values["keep-selection"],
  });
  await saveBytes(bytes, values.out, { force: values.force });

  io.out(`Wrote ${values.out}: the lists of ${choice.form.name}, every value as it was in ${file}.`);
  if (errors > 0)
    io.out(`Finalised with --anyway: ${plural(errors, "error")} remain in ${joined(listsWithErrors(result))}.`);
  io.out("Left out:");
  for (const line of leftOutLines(leftOut)) io.out(line);
  const warning = formulasWarning(leftOut);
  if (warning) io.out(warning);
  return EXIT.ok;
}

/** A workbook not ready to send: one line saying why, and exit 2, as for a check that could not run. */
function refuse(io: Io, reason: string): number {
  io.err(reason);
  return EXIT.nothingChecked;
}
