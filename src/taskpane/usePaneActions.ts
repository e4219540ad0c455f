// The task pane's state and its handlers: every action on the workbook goes through one path
// (perform.ts), which says what is running, offers a cancel where one works, and puts the result or
// the error beside the control that caused it.
import { useEffect, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../domain/findings";
import type { CheckSummary } from "../domain/check-summary";
import { preparedText } from "../domain/prepare-to-send";
import { factsChangeText } from "../domain/selection-plan";
import type { AddinActions, LiveListener } from "../excel/addin-actions";
import type { ImportRequest } from "../excel/import";
import { makePerform, progressOf } from "./perform";
import { importedMessage, templatesMessage, trackingMessage } from "./result-messages";
import { initialPaneState, paneReducer, type Message, type PaneAction, type PaneState, type Section } from "./state";

export interface PaneHandlers {
  create(options: { notificationSerial: number; localAuthority?: string }): Promise<void>;
  check(scope: "all" | "active"): Promise<void>;
  cancel(): void;
  clear(): Promise<void>;
  /** Selects a finding's cell in Excel. */
  goToFinding(finding: Finding): Promise<void>;
  /** Applies fixes; the result message takes the focus. */
  fix(findings: readonly Finding[]): Promise<void>;
  /** Applies fixes from the findings list, which moves the focus itself (to the next finding). */
  fixInList(findings: readonly Finding[]): Promise<void>;
  buildSelection(): Promise<void>;
  /** Goes to a child's row on the Selection sheet, from a warning in the pane. */
  goToSelectionChild(childId: string): Promise<void>;
  createTracking(): Promise<void>;
  /** Imports an export; resolves to the result message, or undefined when it failed or was cancelled. */
  importExport(request: ImportRequest): Promise<Message | undefined>;
  /** Rows "Undo the last fixes" put back: checked again, so their findings are listed and marked. */
  recheckRestored(cells: readonly { readonly sheet: string; readonly row: number }[]): Promise<void>;
  /** Opens a clean copy of the workbook for Ofsted, after the check `summary` describes. */
  prepareToSend(summary: CheckSummary, options: { keepSelection: boolean }): Promise<void>;
}

export function usePaneActions(makeActions: (listener: LiveListener) => AddinActions): {
  state: PaneState;
  actions: AddinActions;
  handlers: PaneHandlers;
} {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const cancel = useRef<AbortController | undefined>(undefined);
  const actions = useMemo(
    () =>
      makeActions({
        onRecheck: (result) => dispatch({ type: "rechecked", result }),
        onLiveSummary: (summary, findings) => dispatch({ type: "summarised", summary, findings }),
        onChecked: (report) => dispatch({ type: "checked", report }),
        onInspection: (facts) => dispatch({ type: "inspected", facts }),
        onSelectionCounts: (counts) => dispatch({ type: "selectionCounted", counts }),
        onCellSelected: (cell) => dispatch({ type: "cellSelected", cell }),
        onError: (error) => dispatch({ type: "failed", section: "check", message: error.message }),
      }),
    [makeActions],
  );

  useEffect(() => {
    actions
      .readInspection()
      .then((facts) => dispatch({ type: "inspected", facts }))
      .catch((error: Error) => dispatch({ type: "failed", section: "templates", message: error.message }));
  }, [actions]);

  const handlers = useMemo(() => makeHandlers(actions, dispatch, cancel), [actions]);
  return { state, actions, handlers };
}

/** The handlers, made once per set of actions so components given them redraw only when needed. */
function makeHandlers(
  actions: AddinActions,
  dispatch: (action: PaneAction) => void,
  cancel: { current: AbortController | undefined },
): PaneHandlers {
  const perform = makePerform(dispatch, cancel);
  const progress = (what: string) => progressOf(dispatch, what);
  /** Going to a cell is not a job of its own: no busy state, only an error if it fails. */
  const goTo = async (section: Section, go: () => Promise<void>) => {
    try {
      await go();
    } catch (error) {
      dispatch({ type: "failed", section, message: (error as Error).message });
    }
  };

  const fix = async (findings: readonly Finding[], leavesFocus: boolean) => {
    await perform("check", { kind: "fixing" }, async () => ({
      type: "fixed",
      report: await actions.applyFixes(findings),
      leavesFocus,
    }));
  };

  return {
    create: async (options) => {
      await perform("templates", { kind: "creating" }, async () => {
        const result = await actions.createTemplates(options);
        dispatch({ type: "inspected", facts: await actions.readInspection() });
        return templatesMessage(result);
      });
    },
    check: async (scope) => {
      await perform("check", { kind: "checking", scope }, async (signal) => {
        const monitor = { signal, onProgress: progress("rows read"), onChecking: progress("rows checked") };
        const report = await actions.check(scope, monitor);
        dispatch({ type: "inspected", facts: await actions.readInspection() });
        return { type: "checked", report };
      });
    },
    cancel: () => cancel.current?.abort(),
    clear: async () => {
      await perform("check", { kind: "clearing" }, async () => {
        await actions.clearMarks();
        return { type: "cleared" };
      });
    },
    goToFinding: (finding) => goTo("check", () => actions.goToFinding(finding)),
    fix: (findings) => fix(findings, false),
    fixInList: (findings) => fix(findings, true),
    recheckRestored: async (cells) => {
      for (const result of await actions.recheckRows(cells)) dispatch({ type: "rechecked", result });
    },
    buildSelection: async () => {
      await perform("selection", { kind: "selecting" }, async (signal) => {
        const monitor = { signal, onProgress: progress("rows read"), onChecking: progress("rows checked") };
        const report = await actions.buildSelection(monitor);
        return {
          type: "selectionBuilt",
          counts: report.counts,
          children: report.rows.length,
          facts: factsChangeText(report.factsSheet ?? "", report.facts),
        };
      });
    },
    goToSelectionChild: (childId) => goTo("selection", () => actions.goToSelectionChild(childId)),
    createTracking: async () => {
      await perform("selection", { kind: "tracking" }, async () =>
        trackingMessage(await actions.createTrackingSheets()),
      );
    },
    importExport: (request) =>
      perform("import", { kind: "importing" }, async (signal) => {
        const result = await actions.applyImport(request, { signal, onProgress: progress("rows written") });
        return importedMessage(result, request);
      }),
    prepareToSend: async (summary, options) => {
      await perform("send", { kind: "preparing" }, async () => {
        const copy = await actions.prepareToSend(summary.form, options);
        return preparedText(copy.leftOut, summary.errors);
      });
    },
  };
}
