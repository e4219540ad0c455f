// The one path every pane action takes: it says what is running, offers a cancel where one works,
// and puts the result or the error beside the control that caused it.
import type { Busy, Message, PaneAction, Section } from "./state";

export type Started = Exclude<Busy, { kind: "idle" }>;

/** Runs `work` in `section`; resolves to its message, or undefined when it failed or was cancelled. */
export type Perform = (
  section: Section,
  busy: Started,
  work: (signal: AbortSignal) => Promise<PaneAction | Message | undefined>,
) => Promise<Message | undefined>;

export function makePerform(
  dispatch: (action: PaneAction) => void,
  cancel: { current: AbortController | undefined },
): Perform {
  return async (section, busy, work) => {
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
  };
}

/** A monitor's progress callback, reported as `what` ("rows read"). */
export function progressOf(dispatch: (action: PaneAction) => void, what: string) {
  return (done: number, total: number) => dispatch({ type: "progressed", progress: { done, total, what } });
}
