// `annex-a spellings`: the council's own spellings of coded values, one row per distinct value a
// column's codes do not recognise, written as a table for the team to fill in once and keep
// (src/domain/spellings.ts). `--spellings TABLE.csv` on check, import and select reads it back.
import { validateWorkbook } from "../../domain/engine";
import { FORMS } from "../../domain/form-choice";
import { spellingRows, spellingsGrid } from "../../domain/spellings";
import { plural } from "../../domain/text";
import { csvText } from "../../xlsx/csv";
import { sheetInputs, workbookReferenceDate } from "../../xlsx/read-lists";
import { assertCanWrite, saveBytes } from "../../xlsx/save-workbook";
import { readWorkbookGrids } from "../../xlsx/stream-grids";
import { parseOptions } from "../options";
import { anyRowsChecked } from "../report";
import {
  EXIT,
  findingCellOf,
  formOf,
  isoOption,
  namedForm,
  samePath,
  UsageError,
  withSpellingsOption,
  type Io,
} from "../shared";

export async function spellingsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("spellings", args, {
    form: { type: "string" },
    "reference-date": { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    spellings: { type: "string" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.out)
    throw new UsageError(
      "spellings needs a workbook and --out, e.g. annex-a spellings annex-a.xlsx --out spellings.csv",
    );
  if (samePath(values.out, file))
    throw new UsageError("--out must name a new file: the workbook read is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");
  namedForm(values.form);
  await assertCanWrite(values.out, { force: values.force });

  const source = await readWorkbookGrids(file);
  const form = await withSpellingsOption(formOf(values.form, source).form, values.spellings);
  const referenceSerial = override ?? workbookReferenceDate(source) ?? io.today();
  const result = validateWorkbook(form, sheetInputs(source), { referenceSerial, forms: FORMS });
  if (!anyRowsChecked(result)) {
    io.err(`${file} has no list with rows to read, so there are no spellings to list.`);
    return EXIT.nothingChecked;
  }
  const rows = spellingRows(form, result.findings, findingCellOf(source));
  await saveBytes(new TextEncoder().encode(csvText(spellingsGrid(rows))), values.out, { force: values.force });
  const certain = rows.filter((row) => row.means !== undefined).length;
  io.out(
    rows.length === 0
      ? `Wrote ${values.out} with its headings only: every coded cell holds one of its codes.`
      : `Wrote ${values.out}: ${plural(rows.length, "value")} the codes do not recognise as written; ${certain} with a certain meaning, ${rows.length - certain} for the team to decide. Fill in Means, then pass the table to check, import or select with --spellings ${values.out}.`,
  );
  return EXIT.ok;
}
