// The registry: every rule, in the order the engine tries them. Cell rules: the first that has
// something to say about a rejected cell speaks for it, so specific rules come before general ones.
import { ageBlank } from "./age-blank";
import { ageInvalid } from "./age-invalid";
import { ageMismatch } from "./age-mismatch";
import { ageOver17 } from "./age-over-17";
import { ageNotWhole } from "./age-not-whole";
import { ageUnborn } from "./age-unborn";
import { birthDateAndExpected } from "./birth-date-and-expected";
import { birthDateMissing } from "./birth-date-missing";
import { blankRow } from "./blank-row";
import { cellExcelError } from "./cell-excel-error";
import { cellMerged } from "./cell-merged";
import { cellNotRecognised } from "./cell-not-recognised";
import { childDobDiffers } from "./child-dob-differs";
import { cinClosureReason } from "./cin-closure-reason";
import { codeAlias } from "./code-alias";
import { codeConflict } from "./code-conflict";
import { codeInvalid } from "./code-invalid";
import { countInvalid } from "./count-invalid";
import { dateAfterReference } from "./date-after-reference";
import { dateEndBeforeStart } from "./date-end-before-start";
import { dateImpossible } from "./date-impossible";
import { dateNotADate } from "./date-not-a-date";
import { dateOutsideWindow } from "./date-outside-window";
import { dateTwoDigitYear } from "./date-two-digit-year";
import { dateUsOrder } from "./date-us-order";
import { duplicateId } from "./duplicate-id";
import { eventBeforeBirth } from "./event-before-birth";
import { eventDuplicate } from "./event-duplicate";
import { expectedBirthPassed } from "./expected-birth-passed";
import { headerDuplicate } from "./header-duplicate";
import { headerMissing } from "./header-missing";
import { headerNotFound } from "./header-not-found";
import { headerUnknown } from "./header-unknown";
import { headerVariant } from "./header-variant";
import { icpcDateNotRequired } from "./icpc-date-not-required";
import { icpcResultWithoutConference } from "./icpc-result-without-conference";
import { idFormat } from "./id-format";
import { idInvalid } from "./id-invalid";
import { idNotInSourceLists } from "./id-not-in-source-lists";
import { listTooLong } from "./list-too-long";
import { neglectFlagCategory } from "./neglect-flag-category";
import { numberAsText } from "./number-as-text";
import { requiredBlank } from "./required-blank";
import type { CellRule, ListRule, Rule, RowRule, WorkbookRule } from "./rule";
import { statusLookedAfter } from "./status-looked-after";
import { tenCaseAge } from "./ten-case-age";
import { tenCaseNeglect } from "./ten-case-neglect";
import { yesNoAlias } from "./yes-no-alias";
import { yesNoInvalid } from "./yes-no-invalid";

export const HEADER_RULES = { headerNotFound, headerMissing, headerUnknown, headerDuplicate, headerVariant } as const;

export const CELL_RULES: readonly CellRule[] = [
  cellExcelError,
  requiredBlank,
  idFormat,
  idInvalid,
  codeConflict,
  yesNoAlias,
  yesNoInvalid,
  statusLookedAfter,
  codeAlias,
  codeInvalid,
  dateTwoDigitYear,
  dateUsOrder,
  dateImpossible,
  dateNotADate,
  numberAsText,
  countInvalid,
  ageNotWhole,
  ageInvalid,
  cellNotRecognised,
];

export const ROW_RULES: readonly RowRule[] = [
  dateAfterReference,
  dateEndBeforeStart,
  dateOutsideWindow,
  birthDateMissing,
  birthDateAndExpected,
  expectedBirthPassed,
  ageMismatch,
  ageOver17,
  eventBeforeBirth,
  ageBlank,
  ageUnborn,
  cinClosureReason,
  icpcDateNotRequired,
  icpcResultWithoutConference,
  neglectFlagCategory,
];

export const LIST_RULES: readonly ListRule[] = [duplicateId, eventDuplicate, listTooLong, blankRow, cellMerged];

export const WORKBOOK_RULES: readonly WorkbookRule[] = [idNotInSourceLists, tenCaseAge, tenCaseNeglect, childDobDiffers];

export const ALL_RULES: readonly Rule[] = [
  ...Object.values(HEADER_RULES),
  ...CELL_RULES,
  ...ROW_RULES,
  ...LIST_RULES,
  ...WORKBOOK_RULES,
] as readonly Rule[];
