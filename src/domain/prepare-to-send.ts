// What the pane's "Prepare to send" says: the question before a copy while errors remain (as
// `annex-a finalise` refuses without --anyway), and what the copy left out (finalise.ts decides
// what is the tool's; the file adapter does the work).
import { leftOutLines, type LeftOut } from "./finalise";
import type { Readiness } from "./readiness";
import { listInWords, plural } from "./text";

/** "7 errors remain in Children in need and Contacts. Prepare the copy anyway?"; undefined when no list has errors. */
export function errorsRemainQuestion(readiness: Readiness): string | undefined {
  const lists = readiness.lists.filter((list) => list.readiness === "errors");
  const errors = lists.reduce((sum, list) => sum + list.errors, 0);
  if (errors === 0) return undefined;
  return `${plural(errors, "error")} ${errors === 1 ? "remains" : "remain"} in ${listInWords(
    lists.map((list) => list.title),
    "and",
  )}. Prepare the copy anyway?`;
}

export interface PreparedText {
  readonly intent: "success" | "warning";
  readonly text: string;
}

/** What the pane says once the copy is open: where it is, what was left out, and what to watch. */
export function preparedText(leftOut: LeftOut, errorsRemaining: number): PreparedText {
  const lines = leftOutLines(leftOut).map((line) => line.trim());
  const cells = leftOut.formulasReadingLeftOut;
  const shown = cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");
  const notes = [
    errorsRemaining > 0 ? `It still has ${plural(errorsRemaining, "error")}.` : "",
    cells.length > 0
      ? `${plural(cells.length, "formula")} in the copy ${cells.length === 1 ? "reads" : "read"} a sheet left out and will show #REF! when recalculated (${shown}): keep the Selection sheets if ${cells.length === 1 ? "it reads" : "they read"} them, or change ${cells.length === 1 ? "it" : "them"} before sending.`
      : "",
  ].filter(Boolean);
  return {
    intent: notes.length > 0 ? "warning" : "success",
    text: [
      "Opened a clean copy as a new workbook: save it and send that copy to Ofsted. This workbook is unchanged.",
      `Left out: ${lines.join("; ")}.`,
      ...notes,
    ].join(" "),
  };
}
