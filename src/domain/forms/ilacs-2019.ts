// Ofsted's Annex A template for inspections of local authority children's services (ILACS):
// "Annex A - Child level data, Lists 1 - 11", Update: August 2019 (Guidance!A1). Every list, its
// sheet and title (row 1 of each List_n sheet) and its columns in order, each heading exactly as
// row 2 writes it, quirks included (trailing spaces, curly quotes); the straight spelling is an
// ownHeading. Scope text is the Guidance sheet's column A; notes shorten its column C.
import {
  countColumn,
  dateColumn as date,
  textColumn as text,
  yesNoColumn,
  type ColumnKey,
  type ColumnSpec,
  type Form,
  type ListId,
  type ListSpec,
} from "../catalogue";
import type { CodeList } from "../codes";
import {
  ABUSE_CATEGORY,
  ACCOMMODATION,
  ACTIVITY,
  ADOPTER_GENDER,
  CASE_STATUS,
  CATEGORY_OF_NEED,
  CLOSURE_REASON,
  ELIGIBILITY,
  ETHNICITY as ETHNICITY_CODES,
  GENDER as GENDER_CODES,
  ILACS_CODE_LISTS,
  LA_IN_TOUCH,
  LEAVING_REASON,
  LEGAL_STATUS,
  NEGLECT_CATEGORY,
  NO_LONGER_ADOPTION,
  PERMANENCE_PLAN,
  PLACEMENT_LOCATION,
  PLACEMENT_PROVIDER,
  PLACEMENT_TYPE,
  PRIMARY_NEED,
  REASON_CEASED,
  SOURCE,
  SUITABILITY,
  YES_NO,
  YES_NO_BARE,
  YES_NO_UNKNOWN,
} from "./ilacs-codes";
import { JTAI_NEGLECT_2017 } from "./jtai-neglect-2017";

/** The 2017 guidance's heading and aliases for the same fact, as aliases here (never typed twice). */
export function jtaiAliases(listId: ListId, key: ColumnKey): string[] {
  const list = JTAI_NEGLECT_2017.lists.find((candidate) => candidate.id === listId);
  const column = list?.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`The 2017 guidance has no column ${key} in ${listId}`);
  return [column.heading, ...(column.aliases ?? [])];
}

const column = (spec: ColumnSpec): ColumnSpec => spec;
const withNote = (spec: ColumnSpec, note: string): ColumnSpec => ({ ...spec, note });
const yesNo = (
  codeList: CodeList,
  key: ColumnKey,
  heading: string,
  aliases: readonly string[],
  note: string,
  required = false,
): ColumnSpec => ({ ...yesNoColumn(codeList, key, heading, aliases, required), note });
const coded = (
  codeList: CodeList,
  key: ColumnKey,
  heading: string,
  aliases: readonly string[],
  note: string,
  required = false,
): ColumnSpec => ({ key, heading, kind: "code", required, codeList, aliases, note });
/** A count Ofsted does not say must be filled: blank is not an error (countColumn's default is required). */
const optionalCount = (key: ColumnKey, heading: string, aliases: readonly string[], note: string): ColumnSpec => ({
  ...countColumn(key, heading, aliases),
  required: false,
  note,
});
/** A count the Guidance says is never blank (none is 0). */
const count = (key: ColumnKey, heading: string, aliases: readonly string[], note: string): ColumnSpec => ({
  ...countColumn(key, heading, aliases),
  note,
});
const dated = (key: ColumnKey, heading: string, aliases: readonly string[], note: string, required = false) =>
  withNote(date(key, heading, aliases, required), note);

// ---- Columns several lists share (Guidance!B3:C9 and the same rows of every list) ----

const CHILD_ID = column({
  key: "childId",
  heading: "Child Unique ID",
  kind: "id",
  required: true,
  aliases: jtaiAliases("contacts", "childId"),
  note: "Unique identity number for each child.",
});
const GENDER = column({
  key: "gender",
  heading: "Gender",
  kind: "code",
  required: true,
  codeList: GENDER_CODES,
  aliases: jtaiAliases("contacts", "gender"),
  note: "The child's gender (a) to d)); c) where it is not recorded or the child is unborn. Where unsure, as the child wishes.",
});
const ETHNICITY = column({
  key: "ethnicity",
  heading: "Ethnicity",
  kind: "code",
  required: true,
  codeList: ETHNICITY_CODES,
  aliases: jtaiAliases("contacts", "ethnicity"),
  note: "The child's ethnic origin, by the DfE's CBDS codes with Ofsted's letters (a) WBRI).",
});
const DATE_OF_BIRTH = column({
  key: "dateOfBirth",
  heading: "Date of Birth",
  kind: "date",
  required: false,
  aliases: jtaiAliases("contacts", "dateOfBirth"),
  note: "DD/MM/YYYY. For an unborn child, the expected date of birth if known; otherwise blank.",
});
// Lists 8 and 9 (Guidance!C89, C123) do not mention unborn children.
const DATE_OF_BIRTH_BORN = { ...DATE_OF_BIRTH, note: "DD/MM/YYYY." };
const AGE = column({
  key: "age",
  heading: "Age of Child (Years)",
  kind: "age",
  required: false,
  min: -1,
  aliases: jtaiAliases("contacts", "age"),
  note: "Age in years at the last birthday; -1 for an unborn child.",
});
// Guidance!C90, C124 (Lists 8 and 9): no unborn rule, so no -1.
const AGE_BORN: ColumnSpec = {
  key: "age",
  heading: AGE.heading,
  kind: "age",
  required: false,
  aliases: AGE.aliases,
  note: "Age in years at the last birthday.",
};
const DISABILITY = yesNo(
  YES_NO_UNKNOWN,
  "disability",
  "Does the Child have a Disability",
  jtaiAliases("childrenInNeed", "disability"),
  "Disabled as the Disability Discrimination Act defines it: a) Yes, b) No or c) Unknown.",
);
const ALLOCATED_TEAM = (note: string) =>
  withNote(text("allocatedTeam", "Allocated Team", jtaiAliases("referrals", "allocatedTeam")), note);
const ALLOCATED_WORKER = (note: string) =>
  withNote(text("allocatedWorker", "Allocated Worker", jtaiAliases("referrals", "allocatedWorker")), note);
const CHILD_COLUMNS = [CHILD_ID, GENDER, ETHNICITY, DATE_OF_BIRTH, AGE] as const;
// Guidance!C67:C68 and C84:C85 (Lists 6 and 7) word these alike.
const OPEN_OR_CEASED_TEAM = ALLOCATED_TEAM(
  "The team the case is allocated to now, or was last allocated to if ceased.",
);
const OPEN_OR_CEASED_WORKER = ALLOCATED_WORKER(
  "The social worker allocated now, or when the case ceased for a ceased case.",
);
/** "Contact / Referral Source" is what Codes_used!G1 calls both source columns. */
const SOURCE_CAPTION = "Contact / Referral Source";
const SOURCE_NOTE = "The source by the CIN census codes, a) 1A to u) 10.";

const LISTS: readonly ListSpec[] = [
  {
    id: "contacts",
    title: "Contacts",
    sheetName: "List_1",
    sheetTitle: "List 1: Contacts",
    tableName: "List1Contacts",
    number: 1,
    guidance: "Guidance!A3",
    scope:
      "All contacts received in the six months before the date of inspection. A child may appear on this list more than once. Where a contact refers to multiple children, include an entry for each child in the contact.",
    lookBack: { months: 6, dates: ["contactDate"] },
    onePerChild: false,
    columns: [
      ...CHILD_COLUMNS,
      dated(
        "contactDate",
        "Date of Contact",
        jtaiAliases("contacts", "contactDate"),
        "The date the local authority received the contact: DD/MM/YYYY.",
        true,
      ),
      coded(
        SOURCE,
        "contactSource",
        "Contact Source",
        [...jtaiAliases("contacts", "contactSource"), SOURCE_CAPTION],
        SOURCE_NOTE,
      ),
    ],
  },
  {
    id: "earlyHelp",
    title: "Early help",
    sheetName: "List_2",
    sheetTitle: "List 2: Early Help",
    tableName: "List2EarlyHelp",
    number: 2,
    guidance: "Guidance!A10",
    scope:
      "Early help and assessments: all early help assessments in the six months before the date of inspection, and current early help interventions being coordinated through the local authority. The aim is to identify children the local authority is engaging with preventative work; Ofsted is flexible about the exact cohort and will discuss it with the authority. A child may appear on this list more than once.",
    // Open interventions belong whenever they started (Guidance!C16: completion blank while open).
    lookBack: {
      months: 6,
      dates: ["earlyHelpStartDate", "earlyHelpCompletionDate"],
      openWhenBlank: "earlyHelpCompletionDate",
    },
    onePerChild: false,
    // Guidance!C16:C17: the completion follows the assessment's start.
    dateOrder: [["earlyHelpStartDate", "earlyHelpCompletionDate"]],
    columns: [
      ...CHILD_COLUMNS,
      // Not required: Ofsted takes "the closest match" to its request (Guidance!C15, A10).
      dated(
        "earlyHelpStartDate",
        "Assessment start date",
        ["Early help start date", "EHA start date", "Early help assessment start date"],
        "The date the child became subject to an early help, common or targeted assessment: DD/MM/YYYY.",
      ),
      dated(
        "earlyHelpCompletionDate",
        "Assessment completion date",
        jtaiAliases("earlyHelp", "earlyHelpCompletionDate"),
        "The date the assessment (or the early help intervention) ended: DD/MM/YYYY. Blank while the child still receives the service.",
      ),
      withNote(
        text(
          "earlyHelpOrganisation",
          "Organisation completing assessment",
          jtaiAliases("earlyHelp", "earlyHelpOrganisation"),
        ),
        "The organisation completing the assessment or the lead professional's; the principal one if several.",
      ),
    ],
  },
  {
    id: "referrals",
    title: "Referrals",
    sheetName: "List_3",
    // The empty template names this sheet "List 3" (a space); the copy with rows "List_3".
    ownSheetNames: ["List 3"],
    sheetTitle: "List 3: Referral",
    tableName: "List3Referrals",
    number: 3,
    guidance: "Guidance!A18",
    scope:
      "All referrals received in the six months before the inspection. Children may appear multiple times on this list if they have received multiple referrals.",
    lookBack: { months: 6, dates: ["referralDate"] },
    onePerChild: false,
    // Guidance!C26: the number in the 12 months before the latest referral, the same on each of a child's rows.
    sameForChild: ["referralsIn12Months"],
    columns: [
      ...CHILD_COLUMNS,
      dated(
        "referralDate",
        "Date of referral",
        jtaiAliases("referrals", "referralDate"),
        "The date of this referral to children's social care: DD/MM/YYYY.",
        true,
      ),
      coded(
        SOURCE,
        "referralSource",
        "Referral Source",
        [...jtaiAliases("referrals", "referralSource"), SOURCE_CAPTION],
        SOURCE_NOTE,
      ),
      yesNo(
        YES_NO,
        "referralNfa",
        "Referral NFA?",
        jtaiAliases("referrals", "referralNfa"),
        "Whether the most recent (or this) referral resulted in no further action: a) Yes or b) No.",
      ),
      // Guidance!C26: "the lowest value is therefore 0", but it does not say the cell must be filled.
      optionalCount(
        "referralsIn12Months",
        "Number of Referrals in Last 12 Months",
        jtaiAliases("referrals", "referralsIn12Months"),
        "Referrals that started in the 12 months before the child's latest referral (0 if none); the same on each of the child's rows.",
      ),
      ALLOCATED_TEAM("The team the referral was allocated to."),
      ALLOCATED_WORKER("The social worker the referral was allocated to, normally the lead practitioner."),
    ],
  },
  {
    id: "assessments",
    title: "Assessments",
    sheetName: "List_4",
    sheetTitle: "List 4: Assessments",
    tableName: "List4Assessments",
    number: 4,
    guidance: "Guidance!A29",
    scope:
      "All statutory assessments under section 17 or section 47 of the Children Act 1989 in the six months before the inspection, including assessments that are currently open. Where a child has been subject to multiple assessments, include one row for each assessment within the time period.",
    lookBack: {
      months: 6,
      dates: ["assessmentStartDate", "assessmentAuthorisedDate"],
      openWhenBlank: "assessmentAuthorisedDate",
    },
    onePerChild: false,
    dateOrder: [["assessmentStartDate", "assessmentAuthorisedDate"]],
    columns: [
      ...CHILD_COLUMNS,
      DISABILITY,
      dated(
        "assessmentStartDate",
        "Continuous Assessment Start Date",
        jtaiAliases("assessments", "assessmentStartDate"),
        "The date the continuous assessment started: DD/MM/YYYY.",
        true,
      ),
      yesNo(
        YES_NO_UNKNOWN,
        "seenDuringAssessment",
        "Child Seen During Continuous Assessment",
        jtaiAliases("assessments", "seenDuringAssessment"),
        "Whether the child was seen during this assessment: a) Yes, b) No or c) Unknown.",
      ),
      dated(
        "assessmentAuthorisedDate",
        "Continuous Assessment Date of Authorisation",
        jtaiAliases("assessments", "assessmentAuthorisedDate"),
        "The date the assessment was completed and authorised: DD/MM/YYYY. Blank if not complete.",
      ),
      // Not the 2017 guidance's "has neglect been identified": the assessment's outcome (Guidance!C38).
      {
        ...yesNo(
          YES_NO,
          "assessedAsRequiringSupport",
          "Was the child assessed as requiring LA children’s social care support",
          [
            "Was the child assessed as requiring LA children's social care support?",
            // Codes_used!Q1's name for the column.
            "Was the child assessed as being in need at assessment?",
            "Assessed as requiring support",
            "Assessed as requiring social care support",
          ],
          "Whether the assessment led to a social care service: a) Yes or b) No (usually RC8 when not). Blank while ongoing.",
        ),
        ownHeadings: ["Was the child assessed as requiring LA children's social care support"],
      },
      ALLOCATED_TEAM("The team the case was allocated to during this assessment."),
      ALLOCATED_WORKER("The social worker who completed this assessment."),
    ],
  },
  {
    id: "section47",
    title: "Section 47 enquiries and initial child protection conferences",
    sheetName: "List_5",
    sheetTitle: "List 5: Section 47 enquiries and Initial Child Protection Conferences",
    tableName: "List5Section47",
    number: 5,
    guidance: "Guidance!A41",
    scope:
      "All section 47 enquiries in the six months before the inspection, including open S47 enquiries yet to reach a decision where possible. Where a child has been the subject of multiple section 47 enquiries within the period, provide one row for each enquiry.",
    lookBack: { months: 6, dates: ["s47StartDate", "icpcDate"] },
    onePerChild: false,
    dateOrder: [["s47StartDate", "icpcDate"]],
    // Guidance!C51, C52: "the number in this column will be the same in each row for that child".
    sameForChild: ["s47In12Months", "icpcsIn12Months"],
    columns: [
      ...CHILD_COLUMNS,
      DISABILITY,
      dated(
        "s47StartDate",
        "Strategy discussion initiating Section 47 Enquiry Start Date",
        jtaiAliases("section47", "s47StartDate"),
        "The date of the strategy discussion that initiated the section 47 enquiry: DD/MM/YYYY.",
        true,
      ),
      yesNo(
        YES_NO,
        "icpcNotRequired",
        "Was an Initial Child Protection Conference deemed unnecessary?",
        jtaiAliases("section47", "icpcNotRequired"),
        "a) Yes if no conference was deemed necessary; b) No if one was (or the child is already on a plan). Blank until decided.",
      ),
      dated(
        "icpcDate",
        "Date of Initial Child Protection Conference",
        jtaiAliases("section47", "icpcDate"),
        "The date the conference took place: DD/MM/YYYY. Blank if not yet held or deemed unnecessary.",
      ),
      yesNo(
        YES_NO,
        "icpcResultedInPlan",
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        [
          ...jtaiAliases("section47", "icpcResultedInPlan"),
          // Codes_used!U1 adds a question mark.
          "Did the Initial Child Protection Conference Result in a Child Protection Plan?",
        ],
        "a) Yes or b) No. Blank if not yet decided or no conference was necessary.",
      ),
      optionalCount(
        "s47In12Months",
        "Number of Section 47 Enquiries in the last 12 months",
        jtaiAliases("section47", "s47In12Months"),
        "Section 47 enquiries in the 12 months before the child's latest one (0 if none); the same on each of the child's rows.",
      ),
      optionalCount(
        "icpcsIn12Months",
        "Number of ICPCs in the last 12 months",
        jtaiAliases("section47", "icpcsIn12Months"),
        "Initial conferences in the 12 months before the child's latest section 47 enquiry (0 if none); the same on each of the child's rows.",
      ),
      ALLOCATED_TEAM("The team the case was allocated to during the enquiry."),
      ALLOCATED_WORKER("The social worker who completed the enquiry."),
    ],
  },
  {
    id: "childrenInNeed",
    title: "Children in need",
    sheetName: "List_6",
    sheetTitle: "List 6: Children in Need",
    tableName: "List6ChildrenInNeed",
    number: 6,
    guidance: "Guidance!A55",
    scope:
      "All those in receipt of services as a child in need at the point of inspection or in the six months before the inspection: all children accessing, or being assessed to access, a children's social care service, including all children on a CIN plan, all children on a CP plan, all looked after children and all children subject to an open assessment. It does not include care leavers or children who are only the subject of a referral. Each child should have only a single entry covering their most recent episode of need.",
    lookBack: { months: 6, dates: ["cinClosureDate"], openWhenBlank: "cinClosureDate" },
    onePerChild: true,
    dateOrder: [
      ["cinStartDate", "cinClosureDate"],
      ["cinStartDate", "lastSeenDate"],
    ],
    roles: ["childLevelSource"],
    columns: [
      ...CHILD_COLUMNS,
      DISABILITY,
      dated(
        "cinStartDate",
        "CIN Start Date",
        jtaiAliases("childrenInNeed", "cinStartDate"),
        "The date the most recent episode of need started (for an open assessment, its referral's date): DD/MM/YYYY.",
        true,
      ),
      // Guidance!C62: "It should not be left blank. Only one reason can be recorded."
      coded(
        PRIMARY_NEED,
        "primaryNeed",
        "Primary Need Code",
        jtaiAliases("childrenInNeed", "primaryNeed"),
        "The latest primary need for the latest episode, N0 to N9. Never blank; one only.",
        true,
      ),
      dated(
        "lastSeenDate",
        "Date Child Was Last Seen",
        jtaiAliases("childrenInNeed", "lastSeenDate"),
        "The date a social worker last saw the child: DD/MM/YYYY.",
      ),
      dated(
        "cinClosureDate",
        "CIN Closure Date",
        jtaiAliases("childrenInNeed", "cinClosureDate"),
        "The date the most recent episode ceased: DD/MM/YYYY. Blank if it is open.",
      ),
      coded(
        CLOSURE_REASON,
        "closureReason",
        "Reason for Closure",
        jtaiAliases("childrenInNeed", "closureReason"),
        "Why the most recent episode ceased (RC1 to RC8), for cases ceased in the six months. Blank if open.",
      ),
      // Not the 2017 guidance's Status (its 10-case lists): the child's current status (Guidance!C66).
      coded(
        CASE_STATUS,
        "caseStatus",
        "Case status",
        ["Case Status", "Current status", "Status of case"],
        "One code, the first that applies unless closed: looked after, then CP plan, then CIN plan, then open assessment.",
      ),
      OPEN_OR_CEASED_TEAM,
      OPEN_OR_CEASED_WORKER,
    ],
  },
  {
    id: "childProtection",
    title: "Child protection",
    sheetName: "List_7",
    sheetTitle: "List 7: Child protection",
    tableName: "List7ChildProtection",
    number: 7,
    guidance: "Guidance!A69",
    scope:
      "All those who are the subject of a child protection plan at the point of inspection, and those who ceased to be the subject of a child protection plan in the six months before the inspection. Each child should have only a single entry showing their most recent child protection plan.",
    lookBack: { months: 6, dates: ["cpEndDate"], openWhenBlank: "cpEndDate" },
    onePerChild: true,
    // Guidance!C80, C81: reviews and the end follow the plan's start.
    dateOrder: [
      ["cpStartDate", "cpEndDate"],
      ["cpStartDate", "latestReviewConferenceDate"],
    ],
    roles: ["childLevelSource"],
    columns: [
      ...CHILD_COLUMNS,
      DISABILITY,
      dated(
        "cpStartDate",
        "Child Protection Plan Start Date",
        jtaiAliases("childProtection", "cpStartDate"),
        "The start date of the child protection plan: DD/MM/YYYY.",
        true,
      ),
      // Not required: the Guidance (C76:C77) does not say these may not be blank.
      coded(
        ABUSE_CATEGORY,
        "initialCategory",
        "Initial Category of Abuse",
        jtaiAliases("childProtection", "initialCategory"),
        "The category when the plan started. e) Multiple is for more than one category on this plan.",
      ),
      coded(
        ABUSE_CATEGORY,
        "latestCategory",
        "Latest Category of Abuse",
        jtaiAliases("childProtection", "latestCategory"),
        "The category most recently assigned to the plan. e) Multiple is for more than one category on this plan.",
      ),
      dated(
        "lastVisitDate",
        "Date of the Last Statutory Visit",
        jtaiAliases("childProtection", "lastVisitDate"),
        "The date of the lead social worker's last statutory visit: DD/MM/YYYY.",
      ),
      {
        ...yesNo(
          YES_NO_UNKNOWN,
          "seenAlone",
          "Was the Child Seen Alone?",
          jtaiAliases("childProtection", "seenAlone"),
          "Whether the child was seen alone at the lead social worker's last visit: a) Yes, b) No or c) Unknown.",
        ),
        // Exports that write the visit's outcome in words, as the 2017 form reads them.
        valueAliases: {
          "a) Yes": ["Seen alone", "Child seen alone"],
          "b) No": ["Not seen alone", "Child not seen alone"],
        },
      },
      dated(
        "latestReviewConferenceDate",
        "Date of latest review conference",
        ["Latest review conference", "Date of last review conference", "Review conference date", "RCPC date"],
        "The date of the latest review conference (within three months of the initial one, then at most every six months).",
      ),
      dated(
        "cpEndDate",
        "Child Protection Plan End Date",
        jtaiAliases("childProtection", "cpEndDate"),
        "The date the most recent plan ceased: DD/MM/YYYY. Blank if it is open.",
      ),
      // Narrower than the 2017 guidance's orderInLastSixMonths (which counts care and supervision
      // orders too): emergency protection orders and police protection only (Guidance!C82).
      yesNo(
        YES_NO,
        "epoOrPoliceProtectionInSixMonths",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
        ["EPO or police protection in last six months", "EPO or police protection (Y/N)"],
        "An emergency protection order (s44) or police protection (s46) in the six months before inspection: a) Yes or b) No.",
      ),
      // Guidance!C83: "This column should not be blank as the minimum number is 0."
      count(
        "previousPlans",
        "Number of Previous Child Protection Plans",
        jtaiAliases("childProtection", "previousPlans"),
        "Previous plans made by this local authority (0 if this is the first). Never blank.",
      ),
      OPEN_OR_CEASED_TEAM,
      OPEN_OR_CEASED_WORKER,
    ],
  },
  {
    id: "childrenLookedAfter",
    title: "Children in care",
    sheetName: "List_8",
    sheetTitle: "List 8: Children in care",
    tableName: "List8ChildrenLookedAfter",
    number: 8,
    guidance: "Guidance!A86",
    scope:
      "All children in care at the point of inspection, and all those children who ceased to be looked after in the six months before the inspection. Each child should have only a single entry showing their most recent period of care.",
    lookBack: { months: 6, dates: ["claEndDate"], openWhenBlank: "claEndDate" },
    onePerChild: true,
    // Guidance!C93, C105, C107: the period's start comes before its end and its latest placement.
    dateOrder: [
      ["claStartDate", "claEndDate"],
      ["claStartDate", "placementStartDate"],
    ],
    // Guidance!C105, C106: a reason for ceasing only for a child who ceased.
    reasonWithDate: [["claEndDate", "claEndReason"]],
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH_BORN,
      AGE_BORN,
      yesNo(
        YES_NO,
        "uascInLast12Months",
        "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
        [
          "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))",
          "UASC (Y/N)",
          "UASC",
          "UASC in last 12 months",
        ],
        "Whether the child was an unaccompanied asylum-seeking child in the 12 months before inspection: a) Yes or b) No.",
      ),
      DISABILITY,
      dated(
        "claStartDate",
        "Date Started to be Looked After",
        [
          "Date started to be looked after",
          "CLA start date",
          "LAC start date",
          "Date entered care",
          "Period of care start date",
        ],
        "The date the child became looked after for the current period: DD/MM/YYYY.",
        true,
      ),
      coded(
        CATEGORY_OF_NEED,
        "categoryOfNeed",
        "Child's Category of Need",
        ["Category of need", "CIN category of need", "Child’s Category of Need"],
        "The category of need for the current episode, N1 to N8.",
      ),
      yesNo(
        YES_NO,
        "repeatPeriodIn12Months",
        "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
        [
          // Codes_used!AM1 says "episode".
          "Is this a second or subsequent episode of being a Looked After Child within the last 12 months (Y/N)",
          "Second or subsequent period in last 12 months",
          "Repeat period of care in last 12 months",
        ],
        "Whether the child had a previous period of care in the 12 months before inspection: a) Yes or b) No.",
      ),
      dated(
        "legalStatusStartDate",
        "Start date of current legal status",
        ["Legal status start date", "Date of current legal status"],
        "The date the child's current legal status began: DD/MM/YYYY.",
      ),
      coded(
        LEGAL_STATUS,
        "legalStatus",
        "Child's Legal Status",
        ["Legal status", "Current legal status", "Child’s Legal Status"],
        "The current legal status by the latest SSDA903 codes.",
      ),
      dated(
        "latestStatutoryReviewDate",
        "Date of Latest Statutory Review",
        ["Latest statutory review", "Date of last statutory review", "Last review date", "Latest review date"],
        "The date of the last statutory review: DD/MM/YYYY. Blank if none yet.",
      ),
      dated(
        "lastSocialWorkVisitDate",
        "Date of Last Social Work Visit",
        ["Last social work visit", "Date of last social worker visit", "Last SW visit"],
        "The date of the child's last social work visit: DD/MM/YYYY.",
      ),
      coded(
        PERMANENCE_PLAN,
        "permanencePlan",
        "What is the permanence plan for this child?",
        ["Permanence plan", "What is the permanence plan for this child"],
        "The current primary permanence plan (the primary one under dual planning). Blank if none is agreed yet.",
      ),
      dated(
        "lastIroContactDate",
        "Date of Last IRO Visit / Contact to the Child",
        ["Last IRO visit", "Date of last IRO visit", "Date of last IRO contact", "Last IRO contact"],
        "The date of the independent reviewing officer's last visit or contact (may be the last review's date).",
      ),
      dated(
        "lastHealthAssessmentDate",
        "Date of Last Health Assessment",
        ["Last health assessment", "Health assessment date"],
        "The date of the last health assessment, for every looked after child: DD/MM/YYYY. Blank if none.",
      ),
      dated(
        "lastDentalCheckDate",
        "Date of Last Dental Check",
        ["Last dental check", "Dental check date"],
        "The date of the last dental check, for every looked after child: DD/MM/YYYY.",
      ),
      // Guidance!C104: "The lowest possible value will be one for the child's current placement",
      // but not said to be never blank.
      {
        ...optionalCount(
          "placementsIn12Months",
          "Number of Placements in the Last 12 months",
          ["Placements in last 12 months", "Number of placements"],
          "Placements in the 12 months before inspection; at least 1, the current placement.",
        ),
        min: 1,
      },
      {
        ...dated(
          "claEndDate",
          "Date Ceased to be Looked After ",
          ["CLA end date", "LAC end date", "Date ceased looked after", "Period of care end date"],
          "For children who ceased in the six months, the date the last period of care ended: DD/MM/YYYY. Blank if still looked after.",
        ),
        // Row 2 (List_8!T2) ends in a space.
        ownHeadings: ["Date Ceased to be Looked After"],
      },
      coded(
        REASON_CEASED,
        "claEndReason",
        "Reason Ceased to be Looked After",
        ["Reason ceased", "Reason episode ceased", "Reason for ceasing to be looked after"],
        "For children who ceased in the six months, why (SSDA903 codes). Blank if still looked after.",
      ),
      dated(
        "placementStartDate",
        "Start Date of Most Recent Placement",
        ["Placement start date", "Date of current placement", "Current placement start date"],
        "The date the child started in their most recent placement.",
      ),
      coded(
        PLACEMENT_TYPE,
        "placementType",
        "Placement Type",
        ["Placement type code", "Type of placement"],
        "The type of the most recent placement, by the DfE's SSDA903 codes.",
      ),
      coded(
        PLACEMENT_PROVIDER,
        "placementProvider",
        "Placement Provider",
        ["Provider", "Placement provider code"],
        "The provider of the most recent placement, PR0 to PR5.",
      ),
      withNote(
        text("placementPostcode", "Placement postcode", ["Postcode", "Placement post code"]),
        "The establishment's postcode; for fostering, the foster carer's, not the agency's.",
      ),
      withNote(
        text("placementUrn", "URN of Placement", ["Placement URN", "URN", "Ofsted URN"]),
        "The unique reference number (URN) of the most recent or current placement.",
      ),
      coded(
        PLACEMENT_LOCATION,
        "placementLocation",
        "Placement Location",
        ["Placement location (in/out)", "In or out of area"],
        "a) In: within the local authority's border; b) Out: outside it.",
      ),
      // Free text: an English authority's name, or a code from Codes_used!BI for elsewhere.
      withNote(
        text("placementLa", "LA of Placement", [
          "Placement LA",
          "Local authority of placement",
          "Placement local authority",
        ]),
        "The local authority where the child is placed, by name; outside England NIR, WAL, SCO, NUK or CON.",
      ),
      {
        // Guidance!C114: "If the child has never been missing during this time, please enter 0."
        ...count(
          "missingEpisodesIn12Months",
          "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
          ["Missing episodes in last 12 months", "Number of missing episodes"],
          "Times missing from placement in the current period of care, up to 12 months before inspection; 0 if never.",
        ),
        ownHeadings: ["Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"],
      },
      {
        // Guidance!C115: "If the child has not been absent in the last 12 months then please enter 0."
        ...count(
          "absenceEpisodesIn12Months",
          "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
          ["Absent episodes in last 12 months", "Number of absences", "Number of absent episodes"],
          "Times away from placement without authorisation in the current period of care, up to 12 months before inspection; 0 if never.",
        ),
        ownHeadings: ["Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"],
      },
      yesNo(
        YES_NO_UNKNOWN,
        "returnInterviewOffered",
        "Was the child offered a Return Interview after their last missing episode (Y/N)?",
        ["Return interview offered", "Offered return interview"],
        "Whether the child was offered a return interview after their last missing episode: a) Yes, b) No or c) Unknown.",
      ),
      yesNo(
        YES_NO_UNKNOWN,
        "returnInterviewAccepted",
        "Did the child accept a Return Interview after their last missing episode (Y/N)?",
        ["Return interview accepted", "Accepted return interview"],
        "Whether the child accepted it: a) Yes, b) No or c) Unknown. Blank if none was offered or the child was never missing.",
      ),
      ALLOCATED_TEAM("The team the case is allocated to now, or was last allocated to if ceased."),
      OPEN_OR_CEASED_WORKER,
    ],
  },
  {
    id: "careLeavers",
    title: "Care leavers",
    sheetName: "List_9",
    sheetTitle: "List 9: Care leavers",
    tableName: "List9CareLeavers",
    number: 9,
    guidance: "Guidance!A120",
    scope:
      "All those who are receiving leaving care services at the point of inspection (entitled children): relevant children, former relevant children and qualifying care leavers.",
    // At the point of inspection only: no look-back window.
    onePerChild: false,
    // Leaving care services run to 25 (Children (Leaving Care) Act 2000; Guidance!A120: entitled care leavers).
    oldest: 25,
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH_BORN,
      AGE_BORN,
      DISABILITY,
      ALLOCATED_TEAM("The team the case is allocated to."),
      ALLOCATED_WORKER("The social worker the case is allocated to."),
      coded(
        ELIGIBILITY,
        "eligibilityCategory",
        "Eligibility Category",
        ["Eligibility", "Care leaver eligibility", "Eligibility group"],
        "The eligibility group at the point of inspection (Children Act 1989 s19B, 23A, 23B, 23C and 24).",
      ),
      {
        ...coded(
          LA_IN_TOUCH,
          "laInTouch",
          "LA In Touch ",
          ["In touch", "LA in touch with care leaver", "In touch with care leaver"],
          "Whether the local authority is in touch now, by the most recent record (not necessarily the birthday window).",
        ),
        // Row 2 (List_9!J2) ends in a space.
        ownHeadings: ["LA In Touch"],
      },
      coded(
        ACCOMMODATION,
        "accommodationType",
        "Type of Accommodation",
        ["Accommodation type", "Accommodation"],
        "The SSDA903 type that best reflects the young person's current accommodation. Blank if not in touch.",
      ),
      coded(
        SUITABILITY,
        "accommodationSuitability",
        "Suitability of Accommodation",
        ["Accommodation suitability", "Suitability", "Suitable accommodation"],
        "a) Suitable or b) Unsuitable, by the SSDA903 definitions. Blank if not in touch.",
      ),
      coded(
        ACTIVITY,
        "activityStatus",
        "Activity Status",
        ["Activity", "Main activity", "Care leaver activity"],
        "The SSDA903 code that best reflects the care leaver's activity. Blank if not in touch.",
      ),
    ],
  },
  {
    id: "adoption",
    title: "Adoption",
    sheetName: "List_10",
    sheetTitle: "List 10: Adoption",
    tableName: "List10Adoption",
    number: 10,
    guidance: "Guidance!A133",
    scope:
      "All those children who, in the 12 months before the inspection, have been adopted, have had the decision that they should be placed for adoption but have not yet been adopted, or have had an adoption decision reversed during the 12 months.",
    // A child with a decision and no adoption order yet belongs however old the decision.
    lookBack: {
      months: 12,
      dates: ["adoptionDecisionDate", "adoptionOrderDate", "noLongerAdoptionDecisionDate"],
      openWhenBlank: "adoptionOrderDate",
    },
    onePerChild: false,
    // Guidance!C140:C145: entered care, decision, placement order, matched, placed, adopted, in that order.
    dateOrder: [
      ["claStartDate", "adoptionDecisionDate"],
      ["adoptionDecisionDate", "placementOrderDate"],
      ["adoptionDecisionDate", "matchingDate"],
      ["placementOrderDate", "matchingDate"],
      ["matchingDate", "placedForAdoptionDate"],
      ["placedForAdoptionDate", "adoptionOrderDate"],
      ["adoptionDecisionDate", "noLongerAdoptionDecisionDate"],
    ],
    // Guidance!C146, C147: a reason the child is no longer to be adopted goes with that decision's date.
    reasonWithDate: [["noLongerAdoptionDecisionDate", "noLongerAdoptionReason"]],
    columns: [
      CHILD_ID,
      withNote(
        text("familyId", "Family identifier", ["Family ID", "Adoptive family ID", "Adoptive family identifier"]),
        "The local identifier of the adoptive family the child is matched or placed with. May be blank (not matched, or interagency).",
      ),
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      AGE,
      DISABILITY,
      // The same fact as List 8's "Date Started to be Looked After": the start of the current period of care.
      dated(
        "claStartDate",
        "Date the Child Entered Care",
        ["Date entered care", "Date started to be looked after", "CLA start date"],
        "The date the child entered the current period of continuous care: DD/MM/YYYY.",
      ),
      dated(
        "adoptionDecisionDate",
        "Date of Decision that Child Should be Placed for Adoption",
        ["Date of decision to place for adoption", "ADM decision date", "Should be placed for adoption decision date"],
        "The date the agency decision maker endorsed the plan that the child should be placed for adoption.",
      ),
      dated(
        "placementOrderDate",
        "Date of Placement Order",
        ["Placement order date", "Date placement order granted"],
        "The date a placement order (E1) or freeing order (D1) was granted: DD/MM/YYYY.",
      ),
      dated(
        "matchingDate",
        "Date of Matching Child and Prospective Adopters",
        ["Date matched", "Matching date", "Date of matching"],
        "The date the child was matched to particular prospective adopters (or dually approved carers for FFA).",
      ),
      dated(
        "placedForAdoptionDate",
        "Date Placed for Adoption",
        ["Date placed", "Placed for adoption date"],
        "The date the child went to live with the prospective adopters, or a foster or FFA placement became an adoption placement.",
      ),
      {
        ...dated(
          "adoptionOrderDate",
          "Date of Adoption Order ",
          ["Adoption order date", "Date adopted"],
          "The date the adoption order was granted (the period of care ceased E11 or E12): DD/MM/YYYY.",
        ),
        // Row 2 (List_10!M2) ends in a space.
        ownHeadings: ["Date of Adoption Order"],
      },
      dated(
        "noLongerAdoptionDecisionDate",
        "Date of Decision that Child Should No Longer be Placed for Adoption",
        ["Date of decision no longer to place for adoption", "Adoption decision reversed date"],
        "The date the local authority decided the child should no longer be placed for adoption: DD/MM/YYYY.",
      ),
      coded(
        NO_LONGER_ADOPTION,
        "noLongerAdoptionReason",
        "Reason Why Child No Longer Placed for Adoption",
        ["Reason no longer placed for adoption", "Reason adoption decision reversed"],
        "Why the child is no longer considered for adoption, RD1 to RD4.",
      ),
      dated(
        "ffaPlacementDate",
        "Date the child was placed for fostering in FFA or concurrent planning placement",
        ["FFA placement date", "Date placed in FFA", "Date placed for FFA or concurrent planning"],
        "The date the child went to live with dually approved foster carers (FFA or concurrent planning).",
      ),
    ],
  },
  {
    id: "adopters",
    title: "Adopters",
    sheetName: "List_11",
    sheetTitle: "List 11: Adopters",
    tableName: "List11Adopters",
    number: 11,
    guidance: "Guidance!A149",
    scope:
      "All those individuals who in the 12 months before the inspection have had contact with the local authority adoption agency, at any stage from application (or the start of Stage 1) to the final adoption order, including prospective adopters matched to children from another local authority. One row per adopter (two for a couple), or one per family if data is only held for families. Not those who have only made enquiries; adopters whose process is put on hold for reasons beyond the agency's control are removed from the cohort.",
    // An adopter still in the process belongs however long ago it started.
    lookBack: {
      months: 12,
      dates: [
        "enquiryDate",
        "stage1StartDate",
        "stage1EndDate",
        "stage2StartDate",
        "stage2EndDate",
        "applicationDate",
        "approvalDate",
        "matchingDate",
        "placedForAdoptionDate",
        "adoptionOrderDate",
        "leftProcessDate",
      ],
      openWhenBlank: "adoptionOrderDate",
    },
    // No child ID here: one row per adopter.
    onePerChild: false,
    // Guidance!C155:C165: enquiry, stage 1, stage 2 (or application, approval), matched, placed, adopted.
    dateOrder: [
      ["enquiryDate", "stage1StartDate"],
      ["stage1StartDate", "stage1EndDate"],
      ["stage1EndDate", "stage2StartDate"],
      ["stage2StartDate", "stage2EndDate"],
      ["stage2EndDate", "matchingDate"],
      ["enquiryDate", "applicationDate"],
      ["applicationDate", "approvalDate"],
      ["approvalDate", "matchingDate"],
      ["matchingDate", "placedForAdoptionDate"],
      ["placedForAdoptionDate", "adoptionOrderDate"],
    ],
    // Guidance!A149, C166, C167: the date of leaving the process goes with the reason for leaving.
    reasonWithDate: [["leftProcessDate", "leftProcessReason"]],
    columns: [
      {
        key: "adopterId",
        heading: "Individual adopter identifier",
        kind: "id",
        required: true,
        aliases: ["Adopter ID", "Adopter identifier", "Individual adopter ID"],
        note: "The local identifier of each (prospective) adopter; each member of a family has their own.",
      },
      withNote(
        text("familyId", "Family identifier", ["Family ID", "Adoptive family ID", "Adoptive family identifier"]),
        "The local identifier of the (prospective) adoptive family.",
      ),
      {
        ...GENDER,
        codeList: ADOPTER_GENDER,
        note: "The applicant's gender: a) Male, b) Female, c) Neither or d) Not stated/recorded.",
      },
      { ...ETHNICITY, note: "The applicant's ethnic origin, by the DfE's CBDS codes." },
      yesNo(
        YES_NO,
        "disability",
        "Disability",
        ["Does the adopter have a disability", "Disabled"],
        "Whether the applicant is disabled as the Disability Discrimination Act defines it: a) Yes or b) No.",
      ),
      yesNo(
        YES_NO_BARE,
        "fosteringForAdoption",
        "Is the (prospective) adopter fostering for adoption?",
        ["Fostering for adoption", "FFA", "FFA (Y/N)", "FFA or concurrent planning"],
        "Yes or No: fostering for adoption or concurrent planning. Stays Yes if the placement becomes an adoption.",
      ),
      dated(
        "enquiryDate",
        "Date enquiry received",
        ["Enquiry date", "Date of enquiry"],
        "The date of the prospective adopter's first enquiry, if available: DD/MM/YYYY.",
      ),
      dated(
        "stage1StartDate",
        "Date Stage 1 started",
        ["Stage 1 start date"],
        "Two-stage process: the date the agency acknowledged the registration of interest.",
      ),
      dated(
        "stage1EndDate",
        "Date Stage 1 ended",
        ["Stage 1 end date"],
        "Two-stage process: the date the agency told the adopter they may progress to Stage 2.",
      ),
      dated(
        "stage2StartDate",
        "Date Stage 2 started",
        ["Stage 2 start date"],
        "Two-stage process: the date the agency heard the adopter wishes to proceed to assessment.",
      ),
      dated(
        "stage2EndDate",
        "Date Stage 2 ended",
        ["Stage 2 end date"],
        "Two-stage process: the date the agency told the adopter the decision maker's decision.",
      ),
      dated(
        "applicationDate",
        "Date application submitted",
        ["Application date", "Date of application"],
        "Original approval process: the date the application was submitted.",
      ),
      dated(
        "approvalDate",
        "Date application approved",
        ["Approval date", "Date approved"],
        "Original approval process: the date the agency decision maker approved the adopter.",
      ),
      dated(
        "matchingDate",
        "Date adopter matched with child(ren)",
        ["Date matched", "Matching date", "Date matched with children"],
        "The date the adopters were matched with the child or children: DD/MM/YYYY.",
      ),
      dated(
        "placedForAdoptionDate",
        "Date child/children placed with adopter(s)",
        ["Date placed", "Date children placed", "Placement date"],
        "The date the child was placed for adoption with the adopters, or a foster or FFA placement became an adoption placement.",
      ),
      optionalCount(
        "childrenPlaced",
        "No. of children placed",
        ["Number of children placed", "Children placed"],
        "All children placed with the adoptive family, the same on each adopter's row.",
      ),
      dated(
        "adoptionOrderDate",
        "Date of Adoption Order",
        ["Adoption order date", "Date adopted"],
        "The date the adoption order was granted: DD/MM/YYYY.",
      ),
      dated(
        "leftProcessDate",
        "Date of leaving adoption process",
        ["Date left process", "Date left adoption process", "Leaving date"],
        "The date the adopter left the process, during recruitment or after approval: DD/MM/YYYY.",
      ),
      coded(
        LEAVING_REASON,
        "leftProcessReason",
        "Reason for leaving adoption process",
        ["Reason left process", "Reason for leaving"],
        "1 Adopter withdrew, 2 Process put on hold, or 3 Application refused.",
      ),
    ],
  },
];

/**
 * The joint inspection's own requests beside the ILACS lists (2017 guidance paras 15 and 17: the
 * three 10-case lists and the 20 selected children's facts), which a council keeping Ofsted's
 * template adds as sheets of their own: checked where they are there, never in Ofsted's layout.
 */
const JOINT_INSPECTION_EXTRAS: readonly ListSpec[] = JTAI_NEGLECT_2017.lists
  .filter((list) => list.roles?.some((role) => role === "tenCase" || role === "selectedFacts"))
  .map((list) => ({ ...list, optional: true }));

export const ILACS_2019: Form = {
  id: "ilacs-2019",
  name: "Ofsted's Annex A template, Lists 1 to 11 (August 2019)",
  inSentence: "Ofsted's August 2019 template",
  family: "ilacs",
  lists: [...LISTS, ...JOINT_INSPECTION_EXTRAS],
  checklists: [],
  codeLists: ILACS_CODE_LISTS,
  // Row 1 is the merged title ("List 1: Contacts"), row 2 the headings.
  layout: { headingRow: 1 },
  numbered: {
    1: "contacts",
    2: "earlyHelp",
    3: "referrals",
    4: "assessments",
    5: "section47",
    6: "childrenInNeed",
    7: "childProtection",
    8: "childrenLookedAfter",
    9: "careLeavers",
    10: "adoption",
    11: "adopters",
  },
  // Guidance!C6 (and C13, C21...): "If no date of birth or expected date of birth is ... available,
  // leave blank": a blank date of birth is Ofsted's answer, not a mistake.
  rulesOff: ["BIRTH-DATE-MISSING"],
  // List 7's categories of abuse (Codes_used!AC3) and List 6's primary need N1 (Codes_used!W3).
  neglect: {
    kind: "codes",
    sources: [
      { list: "childProtection", column: "initialCategory", values: [NEGLECT_CATEGORY] },
      { list: "childProtection", column: "latestCategory", values: [NEGLECT_CATEGORY] },
      { list: "childrenInNeed", column: "primaryNeed", values: ["N1 - Abuse or neglect"] },
    ],
  },
  inspection: false,
};
