// Annex B of the guidance: the inspectors' tool for tracking one child's experience, as a sheet
// per child chosen for joint evaluation. Its questions and evaluation schedule numbers (ESN) are
// the guidance's own.
import type { CellValue } from "./grid";

export const ANNEX_B_LOCAL_QUESTION =
  "Does the joint evaluation by the local partnership accurately evaluate the experiences of the child? (where an evaluation has taken place)";

export const ANNEX_B_QUESTIONS: readonly { readonly question: string; readonly esn: string }[] = [
  { question: "Was referral for action timely for the child?", esn: "01, 03, 04, 23, 25, 27, 33, 34" },
  {
    question: "Is risk identified, understood and prioritised? Does the child appear to be safe?",
    esn: "08, 09, 24, 25, 27, 31",
  },
  {
    question:
      "Has decision-making matched the priority risks and needs? Has this resulted in the child getting the help they need?",
    esn: "06, 09, 24, 25, 27, 28, 34",
  },
  { question: "Where an assessment has been completed, are risks, needs and strengths clear?", esn: "05, 24, 29, 31" },
  {
    question:
      "Is there a plan? Is it sufficient to address risk and need? Is it making a difference and improving the child's well-being?",
    esn: "06, 29, 35",
  },
  {
    question: "Has the child been involved/engaged at all stages? Have family/carers been involved at all stages?",
    esn: "10, 27, 28, 29, 32, 34",
  },
  {
    question: "Have individual needs and circumstances been taken into account? Please provide examples",
    esn: "09, 23, 24, 25, 26, 27, 28, 29, 31, 32, 34, 35",
  },
  {
    question:
      "Do the agencies work together effectively to protect the child and make sure that they get the services they need to improve outcomes?",
    esn: "07, 26, 29",
  },
];

/** A sheet name for a child's tracking sheet: Excel's 31 characters, none of : \ / ? * [ ]. */
export function trackingSheetName(childId: string): string {
  return `Annex B ${childId.replace(/[:\\/?*[\]']/g, "-")}`.slice(0, 31);
}

/** The tracking sheet's cells, row by row from A1: labels in A, answers in B (questions: A, ESN: B, summary: C). */
export function trackingSheetRows(childId: string, age: number | undefined): CellValue[][] {
  return [
    ["Annex B: tool for tracking children's experiences", null, null],
    [null, null, null],
    ["Inspector", null, null],
    ["Inspectorate", null, null],
    ["Case number", childId, null],
    ["Age of child/young person", age ?? null, null],
    [
      "Does the child have any individual needs relating to their circumstances? (for example, their ethnicity or a disability)",
      null,
      null,
    ],
    [null, null, null],
    ["Evaluation by the local area", null, null],
    [ANNEX_B_LOCAL_QUESTION, null, null],
    [null, null, null],
    ["Inspector's evaluation", "ESN", "Evaluative summary of child/young person's experience"],
    ...ANNEX_B_QUESTIONS.map(({ question, esn }) => [question, esn, null]),
  ];
}
