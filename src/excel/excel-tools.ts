// The platform's tools for the pane, gathered once: undo (src/excel/undo.ts) around the pane's
// actions, and the self-test for real Excel (src/excel/self-test.ts). Office and the demo each
// build one over their ExcelRun; the pane receives `tools` as a prop and never touches Excel.
import type { AddinActions } from "./addin-actions";
import { excelApiSupported, type ExcelRun } from "./excel-run";
import { runSelfTest, type HostInfo, type SelfTestReport } from "./self-test";
import { FixUndo, UNDO_GROUPING_API, undoSteps, withUndo } from "./undo";

export interface ExcelTools {
  readonly undo: FixUndo;
  runSelfTest(): Promise<SelfTestReport>;
}

export interface PlatformWiring {
  /** The run to build the pane's actions on (grouped into one undo step inside a command). */
  readonly run: ExcelRun;
  /** The pane's actions, with undo. */
  wrap(actions: AddinActions): AddinActions;
  readonly tools: ExcelTools;
}

/** `grouping`: makes Excel.run with mergeUndoGroup (undo.ts), used where this Excel has ExcelApi 1.20. */
export function excelTools(
  plain: ExcelRun,
  grouping: ((plain: ExcelRun) => ExcelRun) | undefined,
  host: () => HostInfo,
  today: () => number,
): PlatformWiring {
  const steps = undoSteps(plain, grouping && excelApiSupported(plain, UNDO_GROUPING_API) ? grouping(plain) : undefined);
  const undo = new FixUndo(steps.run);
  return {
    run: steps.run,
    wrap: (actions) => withUndo(actions, steps, undo),
    tools: {
      undo,
      runSelfTest: () =>
        runSelfTest(plain, { host: host(), today: today(), supports: (version) => excelApiSupported(plain, version) }),
    },
  };
}
