// Following Excel's selected cell: selecting a marked cell shows its findings in the pane
// (Worksheet.onSelectionChanged, ExcelApi 1.7). Not to be confused with the lead inspector's
// Selection (selection.ts).
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onselectionchanged-member
import { parseAddress } from "../../domain/grid";
import type { AddinContext, AddinEventHandlerResult, AddinWorksheetSelectionChangedEventArgs } from "../excel-api";
import type { ExcelRun } from "../excel-run";

export type OnCellSelected = (cell: { sheet: string; row: number; column: number }) => void;

/** Follows the selected cell on the sheets last given, and on no others. */
export class SelectedCellWatch {
  /** The handlers, and the context that added them: the only one that can remove them. */
  private current: { context: AddinContext; registrations: AddinEventHandlerResult[] } | undefined;

  constructor(
    private readonly run: ExcelRun,
    private readonly onCellSelected: OnCellSelected,
  ) {}

  /**
   * A deliberate fallback: where Excel lacks the event, the check stands and the pane simply does
   * not follow the selected cell (the findings list and the findings sheet still give every reason).
   */
  followSafe(sheets: readonly string[]): Promise<void> {
    return this.follow(sheets).catch(() => undefined);
  }

  private async follow(sheets: readonly string[]): Promise<void> {
    const old = this.current;
    this.current = undefined;
    if (old) {
      await this.run(old.context, async (context) => {
        for (const registration of old.registrations) registration.remove();
        await context.sync();
      });
    }
    await this.run(async (context) => {
      const registrations = sheets.map((sheet) =>
        context.workbook.worksheets
          .getItem(sheet)
          .onSelectionChanged.add(async (event: AddinWorksheetSelectionChangedEventArgs) => {
            const block = parseAddress(event.address);
            if (block) this.onCellSelected({ sheet, row: block.row, column: block.column });
          }),
      );
      await context.sync();
      this.current = { context, registrations };
    });
  }
}
