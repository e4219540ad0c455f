// `annex-a select`: the lead inspector's Selection sheet built or refreshed in a copy, and the
// facts sheet made to follow the children chosen for tracking.
import { validateWorkbook } from "../../domain/engine";
import { FORMS } from "../../domain/form-choice";
import {
  choicesFromSheet,
  factsAwaitedText,
  mergeChildren,
  refreshSelection,
  SELECTION_SHEET,
  selectionCounts,
  toCheckSummary,
} from "../../domain/selection";
import { plural } from "../../domain/text";
import { sheetInputs, workbookReferenceDate } from "../../xlsx/read-lists";
import { assertCanWrite, saveWorkbook } from "../../xlsx/save-workbook";
import { readWorkbookGrids } from "../../xlsx/stream-grids";
import { factsChangeText, factsSheetName } from "../../domain/selection-plan";
import { updateFactsSheet, writeSelectionSheet } from "../../xlsx/write-selection";
import {
  copyOf,
  EXIT,
  formOf,
  gridOf,
  isoOption,
  namedForm,
  samePath,
  UsageError,
  withSpellingsOption,
  type Io,
} from "../shared";

import { parseOptions } from "../options";

export async function selectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("select", args, {
    form: { type: "string" },
    "reference-date": { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    spellings: { type: "string" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.out)
    throw new UsageError("select needs a workbook and --out, e.g. annex-a select annex-a.xlsx --out selection.xlsx");
  if (samePath(values.out, file))
    throw new UsageError("--out must name a new file: the workbook being read is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");
  namedForm(values.form);
  await assertCanWrite(values.out, { force: values.force });

  const source = await readWorkbookGrids(file);
  const form = await withSpellingsOption(formOf(values.form, source).form, values.spellings);
  const { workbook, kept } = await copyOf(file, source);
  const referenceSerial = override ?? workbookReferenceDate(source) ?? io.today();
  const result = validateWorkbook(form, sheetInputs(source), { referenceSerial, forms: FORMS });
  const children = mergeChildren(
    form,
    result.lists.map((list) => ({ list: list.list, rows: list.rows })),
    referenceSerial,
  );
  const rows = refreshSelection(children, choicesFromSheet(gridOf(source, SELECTION_SHEET) ?? []));
  const counts = selectionCounts(rows);
  writeSelectionSheet(workbook, form, rows, counts);
  const facts = updateFactsSheet(workbook, form, rows);
  await saveWorkbook(workbook, values.out, { force: values.force, kept });

  io.out(
    `Wrote ${values.out}: ${plural(rows.length, "child", "children")} on the Selection sheet, ${plural(rows.filter((row) => row.child.inFocus).length, "child", "children")} in focus.`,
  );
  io.out(`Selected for tracking: ${counts.tracking.count} (${counts.tracking.state}; the guidance asks for 20).`);
  io.out(
    `Joint evaluation: ${counts.jointEvaluation.count} of the selected (${counts.jointEvaluation.state}; the guidance asks for 5 to 7).`,
  );
  const gone = rows.filter((row) => !row.inLists).map((row) => row.child.childId);
  if (gone.length > 0) io.out(`No longer in the lists, kept and flagged: ${gone.join(", ")}.`);
  for (const line of factsChangeText(factsSheetName(form) ?? "", facts)) io.out(line);
  const awaited = factsAwaitedText(counts.factsAwaited);
  if (awaited) io.out(awaited);
  // The same warnings as each child's To check cell: one line per child.
  io.out(toCheckSummary(counts.warnings.length));
  for (const warning of counts.warnings) io.out(`  ${warning.childId}: ${warning.text}`);
  return EXIT.ok;
}
