// Written by scripts/make-rule-index.ts from the files of this folder: do not edit. Every rule,
// by the name of its file (which is its code in lower case); index.ts puts them in order.
import { ageBlank } from "./age-blank";
import { ageInvalid } from "./age-invalid";
import { ageMismatch } from "./age-mismatch";
import { ageNotWhole } from "./age-not-whole";
import { ageOver17 } from "./age-over-17";
import { ageUnborn } from "./age-unborn";
import { ageUnbornMinusOne } from "./age-unborn-minus-one";
import { birthDateAndExpected } from "./birth-date-and-expected";
import { birthDateMissing } from "./birth-date-missing";
import { careLeaverNotInTouch } from "./care-leaver-not-in-touch";
import { caseStatus } from "./case-status";
import { cellExcelError } from "./cell-excel-error";
import { cellMerged } from "./cell-merged";
import { cellNotRecognised } from "./cell-not-recognised";
import { childDobDiffers } from "./child-dob-differs";
import { childFactsDiffer } from "./child-facts-differ";
import { cinClosureReason } from "./cin-closure-reason";
import { claNotInCin } from "./cla-not-in-cin";
import { codeAlias } from "./code-alias";
import { codeConflict } from "./code-conflict";
import { codeInvalid } from "./code-invalid";
import { countDiffersForChild } from "./count-differs-for-child";
import { countInvalid } from "./count-invalid";
import { cpNotInCin } from "./cp-not-in-cin";
import { dateAfterReference } from "./date-after-reference";
import { dateEndBeforeStart } from "./date-end-before-start";
import { dateImpossible } from "./date-impossible";
import { dateNotADate } from "./date-not-a-date";
import { dateOutsideWindow } from "./date-outside-window";
import { dateTwoDigitYear } from "./date-two-digit-year";
import { dateUsOrder } from "./date-us-order";
import { eventBeforeBirth } from "./event-before-birth";
import { eventDuplicate } from "./event-duplicate";
import { expectedBirthPassed } from "./expected-birth-passed";
import { factsNotSelected } from "./facts-not-selected";
import { headerDuplicate } from "./header-duplicate";
import { headerMissing } from "./header-missing";
import { headerNotFound } from "./header-not-found";
import { headerUnknown } from "./header-unknown";
import { headerVariant } from "./header-variant";
import { icpcDateNotRequired } from "./icpc-date-not-required";
import { icpcResultWithoutConference } from "./icpc-result-without-conference";
import { idDuplicate } from "./id-duplicate";
import { idFormat } from "./id-format";
import { idInvalid } from "./id-invalid";
import { idNotInCinCp } from "./id-not-in-cin-cp";
import { listTooLong } from "./list-too-long";
import { neglectFlagCategory } from "./neglect-flag-category";
import { numberAsText } from "./number-as-text";
import { reasonWithoutDate } from "./reason-without-date";
import { requiredBlank } from "./required-blank";
import { rowBlank } from "./row-blank";
import { rowShifted } from "./row-shifted";
import { statusLookedAfter } from "./status-looked-after";
import { tenCaseAge } from "./ten-case-age";
import { tenCaseNeglect } from "./ten-case-neglect";
import { ynAlias } from "./yn-alias";
import { ynInvalid } from "./yn-invalid";
import type { Rule } from "./rule";

export const RULES_BY_FILE: Readonly<Record<string, Rule>> = {
  "age-blank": ageBlank,
  "age-invalid": ageInvalid,
  "age-mismatch": ageMismatch,
  "age-not-whole": ageNotWhole,
  "age-over-17": ageOver17,
  "age-unborn": ageUnborn,
  "age-unborn-minus-one": ageUnbornMinusOne,
  "birth-date-and-expected": birthDateAndExpected,
  "birth-date-missing": birthDateMissing,
  "care-leaver-not-in-touch": careLeaverNotInTouch,
  "case-status": caseStatus,
  "cell-excel-error": cellExcelError,
  "cell-merged": cellMerged,
  "cell-not-recognised": cellNotRecognised,
  "child-dob-differs": childDobDiffers,
  "child-facts-differ": childFactsDiffer,
  "cin-closure-reason": cinClosureReason,
  "cla-not-in-cin": claNotInCin,
  "code-alias": codeAlias,
  "code-conflict": codeConflict,
  "code-invalid": codeInvalid,
  "count-differs-for-child": countDiffersForChild,
  "count-invalid": countInvalid,
  "cp-not-in-cin": cpNotInCin,
  "date-after-reference": dateAfterReference,
  "date-end-before-start": dateEndBeforeStart,
  "date-impossible": dateImpossible,
  "date-not-a-date": dateNotADate,
  "date-outside-window": dateOutsideWindow,
  "date-two-digit-year": dateTwoDigitYear,
  "date-us-order": dateUsOrder,
  "event-before-birth": eventBeforeBirth,
  "event-duplicate": eventDuplicate,
  "expected-birth-passed": expectedBirthPassed,
  "facts-not-selected": factsNotSelected,
  "header-duplicate": headerDuplicate,
  "header-missing": headerMissing,
  "header-not-found": headerNotFound,
  "header-unknown": headerUnknown,
  "header-variant": headerVariant,
  "icpc-date-not-required": icpcDateNotRequired,
  "icpc-result-without-conference": icpcResultWithoutConference,
  "id-duplicate": idDuplicate,
  "id-format": idFormat,
  "id-invalid": idInvalid,
  "id-not-in-cin-cp": idNotInCinCp,
  "list-too-long": listTooLong,
  "neglect-flag-category": neglectFlagCategory,
  "number-as-text": numberAsText,
  "reason-without-date": reasonWithoutDate,
  "required-blank": requiredBlank,
  "row-blank": rowBlank,
  "row-shifted": rowShifted,
  "status-looked-after": statusLookedAfter,
  "ten-case-age": tenCaseAge,
  "ten-case-neglect": tenCaseNeglect,
  "yn-alias": ynAlias,
  "yn-invalid": ynInvalid,
};
