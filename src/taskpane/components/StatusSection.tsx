import { Button, Caption1, makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import { showsProgress, type Busy } from "../state";

interface Props {
  busy: Busy;
  onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const LABELS: Record<Busy["kind"], string> = {
  idle: "",
  creating: "Creating the templates…",
  clearing: "Clearing the marks…",
  fixing: "Applying fixes…",
  selecting: "Building the selection sheet…",
  tracking: "Creating the tracking sheets…",
  checking: "Checking…",
  importing: "Importing…",
  preparing: "Preparing the copy to send…",
};

/** What is running, how far it has got, and a cancel while one still works. */
export function StatusSection({ busy, onCancel }: Props) {
  const styles = useStyles();
  if (busy.kind === "idle") return null;
  const label =
    busy.kind === "checking"
      ? busy.scope === "all"
        ? "Checking every list…"
        : "Checking this list…"
      : LABELS[busy.kind];
  const progress = showsProgress(busy) ? busy.progress : undefined;
  // An import can be cancelled while it reads; once its progress counts rows written, it cannot.
  const cancellable = showsProgress(busy) && (busy.kind !== "importing" || progress === undefined);
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner size="tiny" label={label} />
      {progress && progress.total > 0 && (
        <>
          <ProgressBar value={progress.done / progress.total} aria-label={`Progress: ${progress.what}`} />
          <Caption1>
            {progress.done.toLocaleString("en-GB")} of {progress.total.toLocaleString("en-GB")} {progress.what}
          </Caption1>
        </>
      )}
      {cancellable && (
        <div>
          <Button size="small" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      )}
    </div>
  );
}
