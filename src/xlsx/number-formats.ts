// Which number formats show a date or time: a cell's stored value is a plain number, and only its
// style says it is a date (ECMA-376 Part 1, 18.8.30 numFmt; the built-in ids in 18.8.30's table).

/**
 * Built-in formats that show a date or time: 14-22 and 45-47 everywhere; 27-36 and 50-58 are the
 * East Asian locales' date formats (Excel writes only the id for them, never the code).
 */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format shows a date or time: by id, or by the codes d, m, y, h, s (and b, Buddhist years) outside quotes, brackets and escapes. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATE_IDS.has(id);
  const bare = code
    .replace(/"[^"]*"/g, "") // quoted literal text
    .replace(/\[[^\]]*\]/g, "") // [Red], [$-809], [>100], [h] (elapsed time is a duration, not a date)
    .replace(/\\./g, "") // an escaped character
    .replace(/[_*]./g, ""); // padding and fill characters
  return /[dmyhsb]/i.test(bare);
}
