// The task pane in Excel: a first run that creates the templates; then checking the lists in
// place, working through the findings, importing exports, the lead inspector's selection, and the
// deadlines from the Inspection sheet. No business rules here: they come from src/domain, and
// Excel is reached only through the actions handed in (the pane outside Excel is OutsideExcel).
import { Body1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { nextTuesday } from "../domain/calendar";
import { todaySerial } from "../domain/dates";
import type { AddinActions, LiveListener } from "../excel/addin-actions";
import type { ExcelTools as Tools } from "../excel/excel-tools";
import { CellFindings } from "./components/CellFindings";
import { CheckSection } from "./components/CheckSection";
import { DeadlinesSection } from "./components/DeadlinesSection";
import { ExcelTools } from "./components/ExcelTools";
import { FormChoice } from "./components/FormChoice";
import { ImportSection } from "./components/ImportSection";
import { PrepareToSend } from "./components/PrepareToSend";
import { SelectionSection } from "./components/SelectionSection";
import { StatusSection } from "./components/StatusSection";
import { TemplatesSection } from "./components/TemplatesSection";
import { isBusy, reasonsAt } from "./state";
import { usePaneActions } from "./usePaneActions";

interface Props {
  now: () => Date;
  /** Builds the Excel actions, given what the pane wants to hear of the user's edits. */
  makeActions: (listener: LiveListener) => AddinActions;
  /** Undo for fixes and the self-test for real Excel. */
  tools?: Tools;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "520px",
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
});

export function App({ now, makeActions, tools }: Props) {
  const styles = useStyles();
  const { state, actions, handlers } = usePaneActions(makeActions);
  const today = todaySerial(now());
  const [pickedSerial, setPickedSerial] = useState<number | undefined>(() => nextTuesday(today));
  const [chosenForm, setChosenForm] = useState<string | undefined>(undefined);
  const busy = isBusy(state);
  const inspection = state.inspection;
  const hasTemplates = inspection?.hasTemplates === true;
  // Lists to check: the joint inspection's templates, or any form's list sheets (Ofsted's List_1...).
  const hasLists = hasTemplates || inspection?.hasLists === true;
  const problem = inspection?.notificationProblem;
  const dateProblem =
    problem?.kind === "blank"
      ? "The notification date on the Inspection sheet is blank: enter it there (dd/mm/yyyy) to see the deadlines."
      : problem?.kind === "invalid"
        ? `The notification date on the Inspection sheet (‘${problem.text}’) is not a date: enter it there as dd/mm/yyyy to see the deadlines.`
        : undefined;

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Annex A</Subtitle1>
      <CellFindings cell={state.selectedCell} findings={reasonsAt(state)} busy={busy} onFix={handlers.fix} />
      <Body1>
        Creates the Annex A lists of a joint targeted area inspection on children living with neglect, correctly headed,
        and checks every row where it is. Child-level data never leaves this workbook.
      </Body1>
      <StatusSection busy={state.busy} onCancel={handlers.cancel} />
      <FormChoice
        busy={busy}
        forms={actions.forms}
        chosen={chosenForm}
        onChoose={(id) => {
          actions.chooseForm(id);
          setChosenForm(id);
        }}
      />
      {!hasTemplates && (
        <TemplatesSection
          busy={busy}
          ready={inspection !== undefined}
          pickedSerial={pickedSerial}
          todaySerial={today}
          message={state.messages.templates}
          onPick={setPickedSerial}
          onCreate={(options) => void handlers.create(options)}
        />
      )}
      {hasLists && (
        <CheckSection
          busy={busy}
          findings={state.findings}
          summary={state.summary}
          formChoice={state.formChoice}
          checks={state.checks}
          notes={state.checkNotes}
          marksShown={state.marksShown}
          message={state.messages.check ?? state.messages.templates}
          onCheck={(scope) => void handlers.check(scope)}
          onClear={() => void handlers.clear()}
          onAddMissing={() =>
            void handlers.create({ notificationSerial: inspection?.notificationSerial ?? pickedSerial ?? today })
          }
          onGoTo={handlers.goToFinding}
          onFix={handlers.fixInList}
        />
      )}
      {hasLists && (
        <PrepareToSend
          busy={busy}
          summary={state.summary}
          message={state.messages.send}
          onPrepare={(summary, options) => void handlers.prepareToSend(summary, options)}
        />
      )}
      {tools && <ExcelTools tools={tools} busy={busy} onRestored={handlers.recheckRestored} />}
      <ImportSection
        busy={busy}
        lists={actions.formInUse().lists}
        message={state.messages.import}
        listSheets={actions.importableSheets}
        preview={actions.previewImport}
        onImport={handlers.importExport}
      />
      {hasLists && (
        <SelectionSection
          busy={busy}
          counts={state.selection}
          checkedInFocus={state.summary?.checkedAnything ? state.summary.childrenInFocus : undefined}
          message={state.messages.selection}
          onBuild={() => void handlers.buildSelection()}
          onTracking={() => void handlers.createTracking()}
          onGoToChild={handlers.goToSelectionChild}
        />
      )}
      <DeadlinesSection
        now={now}
        notificationSerial={hasTemplates ? inspection?.notificationSerial : pickedSerial}
        source={hasTemplates ? "inspection" : "picked"}
        {...(hasTemplates && dateProblem ? { problem: dateProblem } : {})}
      />
    </main>
  );
}
