// The task pane's state and its handlers: every action on the workbook goes through one path,
// which says what is running, offers a cancel where one works, and puts the result or the error
// beside the control that caused it.
import { useEffect, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../domain/findings";
import type { CheckSummary } from "../domain/check-summary";
import { preparedText } from "../domain/prepare-to-send";
import { factsChangeText } from "../domain/selection-plan";
import { plural } from "../domain/text";
import type { AddinActions, LiveListener } from "../excel/addin-actions";
import type { ImportRequest } from "../excel/import";
import {
  initialPaneState,
  paneReducer,
  type Busy,
  type Message,
  type PaneAction,
  type PaneState,
  type Section,
} from "./state";

export interface PaneHandlers {
  create(options: { notificationSerial: number; localAuthority?: string }): Promise<void>;
  check(scope: "all" | "active"): Promise<void>;
  cancel(): void;
  clear(): Promise<void>;
  select(finding: Finding): Promise<void>;
  fix(findings: readonly Finding[]): Promise<void>;
  buildSelection(): Promise<void>;
  /** Goes to a child's row on the Selection sheet, from a warning in the pane. */
  goToSelectionChild(childId: string): Promise<void>;
  createTracking(): Promise<void>;
  /** Imports an export; resolves to the result message, or undefined when it failed or was cancelled. */
  importExport(request: ImportRequest): Promise<Message | undefined>;
  /** Opens a clean copy of the workbook for Ofsted, after the check `summary` describes. */
  prepareToSend(summary: CheckSummary, options: { keepSelection: boolean }): Promise<void>;
}

type Started = Exclude<Busy, { kind: "idle" }>;

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
        onLiveSummary: (summary) => dispatch({ type: "summarised", summary }),
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
  /** The one path every action takes: busy, then a result or an error in its own section. */
  async function perform(
    section: Section,
    busy: Started,
    work: (signal: AbortSignal) => Promise<PaneAction | Message | undefined>,
  ): Promise<Message | undefined> {
    const controller = new AbortController();
    cancel.current = controller;
    dispatch({ type: "started", busy, section });
    try {
      const outcome = await work(controller.signal);
      if (outcome && "type" in outcome) {
        dispatch(outcome);
        return undefined;
      }
      dispatch({ type: "finished", section, ...(outcome ? { message: outcome } : {}) });
      return outcome;
    } catch (error) {
      dispatch({
        type: "failed",
        section,
        message: (error as Error).message,
        cancelled: (error as Error).name === "CancelledError",
      });
      return undefined;
    } finally {
      if (cancel.current === controller) cancel.current = undefined;
    }
  }

  const progress = (what: string) => (done: number, total: number) =>
    dispatch({ type: "progressed", progress: { done, total, what } });

  return {
    create: async (options) => {
      await perform("templates", { kind: "creating" }, async () => {
        const result = await actions.createTemplates(options);
        dispatch({ type: "inspected", facts: await actions.readInspection() });
        return {
          intent: "success",
          text:
            result.created.length === 0
              ? "Every Annex A sheet is already in this workbook; nothing was changed."
              : `Created ${plural(result.created.length, "sheet")}. Sheets already here were left as they were.`,
        };
      });
    },
    check: async (scope) => {
      await perform("check", { kind: "checking", scope }, async (signal) => {
        const report = await actions.check(scope, {
          signal,
          onProgress: progress("rows read"),
          onChecking: progress("rows checked"),
        });
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
    select: async (finding) => {
      try {
        await actions.selectFinding(finding);
      } catch (error) {
        dispatch({ type: "failed", section: "check", message: (error as Error).message });
      }
    },
    fix: async (findings) => {
      await perform("check", { kind: "fixing" }, async () => ({
        type: "fixed",
        report: await actions.applyFixes(findings),
      }));
    },
    buildSelection: async () => {
      await perform("selection", { kind: "selecting" }, async (signal) => {
        const report = await actions.buildSelection({
          signal,
          onProgress: progress("rows read"),
          onChecking: progress("rows checked"),
        });
        return {
          type: "selectionBuilt",
          counts: report.counts,
          children: report.rows.length,
          facts: factsChangeText(report.factsSheet ?? "", report.facts),
        };
      });
    },
    goToSelectionChild: async (childId) => {
      try {
        await actions.selectSelectionChild(childId);
      } catch (error) {
        dispatch({ type: "failed", section: "selection", message: (error as Error).message });
      }
    },
    createTracking: async () => {
      await perform("selection", { kind: "tracking" }, async () => {
        const result = await actions.createTrackingSheets();
        const kept = result.kept.length;
        return {
          intent: result.created.length === 0 && kept === 0 ? "info" : "success",
          text:
            result.created.length === 0 && kept === 0
              ? "No child is marked Y for both tracking and joint evaluation on the Selection sheet yet."
              : `Created ${plural(result.created.length, "tracking sheet")}${kept ? `; ${plural(kept, "sheet")} already written in ${kept === 1 ? "was" : "were"} left as ${kept === 1 ? "it was" : "they were"}` : ""}.`,
        };
      });
    },
    importExport: (request) =>
      perform("import", { kind: "importing" }, async (signal) => {
        const result = await actions.applyImport(request, { signal, onProgress: progress("rows written") });
        const rows = plural(result.rows, "row");
        const where =
          result.into === "new sheet"
            ? `Imported ${rows} into the new sheet ‘${result.sheet}’`
            : result.into === "empty list"
              ? `Imported ${rows} into the ‘${result.sheet}’ list, under its headings`
              : `Added ${rows} after the rows already in ‘${result.sheet}’`;
        return {
          intent: "success",
          text: `${where}; ‘${request.sheet}’ is unchanged. Check the list to see what needs fixing.`,
        };
      }),
    prepareToSend: async (summary, options) => {
      await perform("send", { kind: "preparing" }, async () => {
        const copy = await actions.prepareToSend(summary.form, options);
        return preparedText(copy.leftOut, summary.errors);
      });
    },
  };
}
