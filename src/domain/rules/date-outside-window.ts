import type { ColumnKey, Form } from "../catalogue";
import { addMonths, formatUkDate } from "../dates";
import { dateValue, hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { at, rows, serial } from "./examples";

/** Every column a look-back window reads, in any list of the form. */
const lookBackKeys = (form: Form): ColumnKey[] => [
  ...new Set(
    form.lists.flatMap((list) =>
      list.lookBack
        ? [...list.lookBack.dates, ...(list.lookBack.openWhenBlank ? [list.lookBack.openWhenBlank] : [])]
        : [],
    ),
  ),
];

/** The last window worked out: every row of a list has the same, so it is worked out once. */
let lastWindow = { referenceSerial: NaN, months: 0, start: 0 };

/** The first day of a look-back window of `months` months to the reference date. */
function windowStartOf(referenceSerial: number, months: number): number {
  if (referenceSerial !== lastWindow.referenceSerial || months !== lastWindow.months)
    lastWindow = { referenceSerial, months, start: addMonths(referenceSerial, -months) };
  return lastWindow.start;
}

// SPEC: event dates within the list's look-back window (three, six or 12 months, counted back
// from the reference date). A row is in scope when any of its list's window dates is inside the
// window, or its episode is still open. A warning: the row may be there on purpose.
export const dateOutsideWindow: RowRule = {
  code: "DATE-OUTSIDE-WINDOW",
  severity: "warning",
  summary: "A row's event dates are all before the list's look-back window (3, 6 or 12 months).",
  stage: "row",
  columns: lookBackKeys,
  examples: {
    fails: [
      {
        name: "contact four months ago",
        sheets: [rows("contacts", { contactDate: serial("2026-07-20") })],
        at: at("contacts", 1, "contactDate"),
        message:
          "20/07/2026 is before this list's three-month window, which starts on 24/08/2026. Check the date, or whether the row belongs in the list.",
      },
      {
        name: "plan ended five months ago",
        sheets: [rows("childProtection", { cpEndDate: serial("2026-06-01") })],
        at: at("childProtection", 1, "cpEndDate"),
        message:
          "01/06/2026 is before this list's three-month window, which starts on 24/08/2026. Check the date, or whether the row belongs in the list.",
      },
    ],
    passes: [
      { name: "contact on the window's first day", sheets: [rows("contacts", { contactDate: serial("2026-08-24") })] },
      { name: "open plan started long ago", sheets: [rows("childProtection", { cpStartDate: serial("2024-01-01") })] },
      {
        name: "assessment still open",
        sheets: [rows("assessments", { assessmentStartDate: serial("2026-01-01"), assessmentAuthorisedDate: null })],
      },
    ],
  },
  check: (row, context) => {
    const lookBack = context.list.lookBack;
    if (!lookBack) return undefined;
    if (
      lookBack.openWhenBlank &&
      context.present.has(lookBack.openWhenBlank) &&
      !hasValue(row, lookBack.openWhenBlank)
    ) {
      return undefined;
    }
    const windowStart = windowStartOf(context.referenceSerial, lookBack.months);
    // The latest of the row's dates (the first of equals), unless one is inside the window.
    let latest: { key: ColumnKey; serial: number } | undefined;
    for (const key of lookBack.dates) {
      const serial = dateValue(row, key);
      if (serial === undefined) continue;
      if (serial >= windowStart) return undefined;
      if (!latest || serial > latest.serial) latest = { key, serial };
    }
    if (!latest) return undefined;
    const months = { 3: "three", 6: "six", 12: "12" }[lookBack.months];
    return {
      column: latest.key,
      message: `${formatUkDate(latest.serial)} is before this list's ${months}-month window, which starts on ${formatUkDate(windowStart)}. Check the date, or whether the row belongs in the list.`,
    };
  },
};
