// The platform's tools for the pane, gathered once: undo (src/excel/undo.ts) around the pane's
// actions, and the self-test for real Excel (src/excel/self-test.ts). Office and the demo each
// build one over their ExcelRun; the pane receives `tools` as a prop and never touches Excel.
import type { AddinActions } from "./addin-actions";
import type { ExcelRun } from "./excel-run";
import { runSelfTest, type HostInfo, type SelfTestReport } from "./self-test";
import { FixUndo, undoSteps, withUndo } from "./undo";

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

/**
 * `grouped`: Excel.run with mergeUndoGroup, where ExcelApi 1.20 is available (undo.ts); `supports`:
 * whether this Excel has an ExcelApi requirement set (none assumed past the manifest's 1.8).
 */
export function excelTools(plain: ExcelRun, grouped: ExcelRun | undefined, host: () => HostInfo, today: () => number, supports?: (version: string) => boolean): PlatformWiring {
  const steps = undoSteps(plain, grouped);
  const undo = new FixUndo(steps.run);
  return {
    run: steps.run,
    wrap: (actions) => withUndo(actions, steps, undo),
    tools: { undo, runSelfTest: () => runSelfTest(plain, { host: host(), today: today(), ...(supports ? { supports } : {}) }) },
  };
}
