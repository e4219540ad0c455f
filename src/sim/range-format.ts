// Range.format as the add-in sets it: column widths, fill and font written to each cell of the range
// (a few rows a step, sync-steps.ts), refused on a protected sheet. Wrapping, alignment and
// autofit would change nothing the simulator shows: it accepts them and changes nothing.
import { proxy, type ProxyContext, type Target } from "./proxy";
import { refuseIfProtected, type RangeTarget, type SimCell } from "./sheet";
import { eachStep } from "./sync-steps";

/** Range.format of the range `resolve` finds at sync. */
export function rangeFormat(context: ProxyContext, resolve: Target<RangeTarget>) {
  const fillProps = (apply: (target: RangeTarget, colour: string) => void) =>
    proxy(context, resolve, {
      color: { set: (target, colour: string) => apply(target, colour.replace("#", "").toUpperCase()) },
    });
  const eachCell = (target: RangeTarget, write: (cell: SimCell) => void) => {
    refuseIfProtected(target.sheet);
    return eachStep(target.block, (rows) => {
      for (let r = 0; r < rows.rowCount; r++)
        for (let c = 0; c < rows.columnCount; c++) write(target.sheet.cellForWrite(rows.row + r, rows.column + c));
    });
  };
  return proxy(
    context,
    resolve,
    {
      columnWidth: {
        set: (target, width: number) => {
          refuseIfProtected(target.sheet);
          for (let c = 0; c < target.block.columnCount; c++)
            target.sheet.columnWidths.set(target.block.column + c, width);
        },
      },
      wrapText: { set: (_target, _wrap: boolean) => undefined },
      verticalAlignment: { set: (_target, _alignment: string) => undefined },
    },
    {
      fill: fillProps((target, colour) => eachCell(target, (cell) => (cell.fill = colour))),
      font: proxy(context, resolve, {
        bold: { set: (target, bold: boolean) => eachCell(target, (cell) => (cell.bold = bold)) },
        color: {
          set: (target, colour: string) =>
            eachCell(target, (cell) => (cell.fontColour = colour.replace("#", "").toUpperCase())),
        },
      }),
      autofitRows: () => context.enqueue({ autofitRows: true }, () => undefined),
    },
  );
}
