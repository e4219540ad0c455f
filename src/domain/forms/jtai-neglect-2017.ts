// The first form: Annex A of Ofsted's 2017 joint targeted area inspection guidance on children
// living with neglect (SPEC.md). Every list and checklist, its sheet, its deadline and its columns,
// in order, each with its exact heading. Headings follow the guidance to the letter, including its
// own inconsistencies ("If unborn: expected..." and "If unborn, expected...").
import {
  countColumn as count,
  dateColumn as date,
  textColumn as text,
  yesNoColumn,
  type ChecklistSpec,
  type ColumnSpec,
  type Form,
  type ListSpec,
} from "../catalogue";
import {
  ABUSE_CATEGORY,
  CLOSURE_REASON,
  ETHNICITY as ETHNICITY_CODES,
  GENDER as GENDER_CODES,
  JTAI_CODE_LISTS,
  MEETING_TYPE,
  PRIMARY_NEED,
  SOURCE,
  STATUS_CIN_CP,
  STATUS_CIN_CP_CLA,
  YES_NO,
} from "./jtai-codes";

const column = (spec: ColumnSpec): ColumnSpec => spec;
const yesNo = (key: string, heading: string, aliases: readonly string[] = [], required = true): ColumnSpec =>
  yesNoColumn(YES_NO, key, heading, aliases, required);

// Columns that several lists share, so each heading is written once.
const CHILD_ID = column({
  key: "childId",
  heading: "Child unique ID",
  kind: "id",
  required: true,
  aliases: [
    "Child ID",
    "Unique ID",
    "ID",
    "Child unique identifier",
    "Person ID",
    "Client ID",
    "Child ID number",
    "CUID",
  ],
});
const GENDER = column({
  key: "gender",
  heading: "Gender",
  kind: "code",
  required: true,
  codeList: GENDER_CODES,
  aliases: ["Sex"],
});
const ETHNICITY = column({
  key: "ethnicity",
  heading: "Ethnicity",
  kind: "code",
  required: true,
  codeList: ETHNICITY_CODES,
  aliases: ["Ethnic origin", "Ethnic group", "Ethnicity code"],
});
const DATE_OF_BIRTH = column({
  key: "dateOfBirth",
  heading: "Date of birth",
  kind: "date",
  required: false,
  aliases: ["DOB", "Birth date", "Date of birth (dd/mm/yyyy)"],
  note: "dd/mm/yyyy. Leave blank for an unborn child and give the expected date of birth instead.",
});
const EXPECTED_DOB_COLON = column({
  key: "expectedDateOfBirth",
  heading: "If unborn: expected date of birth",
  kind: "date",
  required: false,
  aliases: ["Expected date of birth", "EDD", "Unborn expected date of birth"],
  note: "Only for an unborn child: dd/mm/yyyy.",
});
// Paragraph 21's lists write the same heading with a comma.
const EXPECTED_DOB_COMMA = { ...EXPECTED_DOB_COLON, heading: "If unborn, expected date of birth" };
const AGE = column({
  key: "age",
  heading: "Age of child (years)",
  kind: "age",
  required: false,
  aliases: ["Age", "Age (years)", "Age of child", "Age in years", "Current age"],
  note: "Whole years on the reference date (Inspection sheet). Blank for an unborn child.",
});
// The Assessments list capitalises "Years".
const AGE_CAPITAL_YEARS = { ...AGE, heading: "Age of child (Years)" };
const DISABILITY = column({
  key: "disability",
  heading: "Does the child have a disability? (Y/N)",
  kind: "yesNo",
  required: true,
  codeList: YES_NO,
  aliases: ["Disability", "Disability (Y/N)", "Disabled", "Disabled (Y/N)", "Has disability"],
});
const ALLOCATED_TEAM = column({
  key: "allocatedTeam",
  heading: "Allocated team",
  kind: "text",
  required: false,
  aliases: ["Team", "Team name", "Allocated team name"],
});
const ALLOCATED_WORKER = column({
  key: "allocatedWorker",
  heading: "Allocated worker",
  kind: "text",
  required: false,
  aliases: ["Worker", "Social worker", "Allocated social worker", "Allocated worker name", "Key worker"],
});
const NEGLECT = column({
  key: "neglect",
  heading: "Whether the child is living or has lived with neglect (Y/N)",
  kind: "yesNo",
  required: true,
  codeList: YES_NO,
  aliases: [
    "Neglect",
    "Neglect (Y/N)",
    "Neglect flag",
    "Living with neglect",
    "Living or has lived with neglect (Y/N)",
  ],
  note: "Y if the child is living or has lived with neglect (guidance para 14).",
  missingNote:
    "ILACS lists do not have it: it is the joint inspection's additional request (guidance para 14, footnotes 10 and 11), which the local area decides how to provide.",
});

const tenCaseStatus = (codeList: typeof STATUS_CIN_CP): ColumnSpec => ({
  key: "status",
  heading: "Status",
  kind: "code",
  required: true,
  codeList,
  aliases: ["CIN or CP", "Child in need or child protection plan", "CIN/CP/CLA", "CIN/CP", "Legal status"],
  note:
    codeList === STATUS_CIN_CP_CLA
      ? "Child in need, Child protection plan or Child looked after."
      : "Child in need or Child protection plan.",
});

const TEN_CASE_SCOPE =
  "At most 10 cases where neglect is a current and significant factor and the child is between seven and 15 years old";

const LISTS: readonly ListSpec[] = [
  {
    id: "childrenInNeed",
    title: "Children in need",
    sheetName: "Children in need",
    tableName: "ChildrenInNeed",
    due: "day0End",
    guidance: "14",
    scope:
      "All those in receipt of services as a child in need at the point of inspection and those who ceased to receive services as a child in need in the three months before inspection.",
    lookBack: { months: 3, dates: ["cinClosureDate"], openWhenBlank: "cinClosureDate" },
    onePerChild: true,
    dateOrder: [["cinStartDate", "cinClosureDate"]],
    roles: ["childLevelSource"],
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COLON,
      AGE,
      DISABILITY,
      date("cinStartDate", "Child in need start date", ["CIN start date", "Start date"], true),
      {
        key: "primaryNeed",
        heading: "Primary need code",
        kind: "code",
        required: true,
        codeList: PRIMARY_NEED,
        aliases: ["Primary need", "Need code", "Category of need"],
      },
      date("lastSeenDate", "Date child was last seen", ["Last seen", "Date last seen", "Last seen date"]),
      date("cinClosureDate", "Child in need closure date", ["CIN closure date", "Closure date", "End date"]),
      {
        key: "closureReason",
        heading: "Reason for closure",
        kind: "code",
        required: false,
        codeList: CLOSURE_REASON,
        aliases: ["Closure reason", "CIN closure reason"],
      },
      ALLOCATED_TEAM,
      ALLOCATED_WORKER,
      NEGLECT,
    ],
  },
  {
    id: "childProtection",
    title: "Children on a child protection plan",
    sheetName: "Child protection plans",
    tableName: "ChildProtectionPlans",
    due: "day0End",
    guidance: "14",
    scope:
      "All those who are the subject of a child protection plan at the point of inspection and those who ceased to be the subject of a child protection plan in the three months before inspection.",
    lookBack: { months: 3, dates: ["cpEndDate"], openWhenBlank: "cpEndDate" },
    onePerChild: true,
    dateOrder: [["cpStartDate", "cpEndDate"]],
    roles: ["childLevelSource"],
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COLON,
      AGE,
      DISABILITY,
      date(
        "cpStartDate",
        "Child protection plan start date",
        ["CP plan start date", "CPP start date", "Plan start date"],
        true,
      ),
      {
        key: "initialCategory",
        heading: "Initial category of abuse",
        kind: "code",
        required: true,
        codeList: ABUSE_CATEGORY,
        aliases: ["Initial category", "Initial category of abuse/neglect"],
      },
      {
        key: "latestCategory",
        heading: "Latest category of abuse",
        kind: "code",
        required: true,
        codeList: ABUSE_CATEGORY,
        aliases: ["Latest category", "Current category of abuse", "Latest category of abuse/neglect"],
      },
      date("lastVisitDate", "Date of the last statutory visit", [
        "Last statutory visit",
        "Date of last statutory visit",
        "Last visit date",
      ]),
      yesNo(
        "seenInTimescales",
        "Child seen in accordance with the timescales specified within their plan, by the lead social worker? (Y/N)",
        ["Seen in timescales", "Child seen in timescales (Y/N)"],
        false,
      ),
      {
        ...yesNo(
          "seenAlone",
          "Was the child seen alone?",
          ["Seen alone", "Seen alone (Y/N)", "Child seen alone"],
          false,
        ),
        // Exports that write the visit's outcome in words: certain in this column, nowhere else.
        valueAliases: { Y: ["Seen alone", "Child seen alone"], N: ["Not seen alone", "Child not seen alone"] },
      },
      date("cpEndDate", "Child protection plan end date", ["CP plan end date", "CPP end date", "Plan end date"]),
      yesNo(
        "orderInLastSixMonths",
        "Subject to emergency protection/care/supervision order or protected under police powers in last six months (Y/N)",
        [
          "EPO/care/supervision order or police protection in last six months (Y/N)",
          "Order or police protection in last 6 months",
        ],
        false,
      ),
      count("previousPlans", "Number of previous child protection plans", [
        "Previous CP plans",
        "Number of previous CP plans",
        "Previous plans",
      ]),
      ALLOCATED_TEAM,
      ALLOCATED_WORKER,
      NEGLECT,
    ],
  },
  {
    id: "multiAgency",
    title: "10 cases: multi-agency involvement",
    sheetName: "10 cases multi-agency",
    tableName: "TenCasesMultiAgency",
    due: "day1At1500",
    guidance: "15",
    scope: `${TEN_CASE_SCOPE}, and there is multi-agency involvement (at least two agencies). Child in need or child protection cases.`,
    onePerChild: true,
    roles: ["tenCase"],
    maxRows: 10,
    sheetKeywords: ["multi agency", "multiagency", "multi"],
    columns: [CHILD_ID, tenCaseStatus(STATUS_CIN_CP)],
  },
  {
    id: "positiveEngagement",
    title: "10 cases: positive engagement",
    sheetName: "10 cases positive engagement",
    tableName: "TenCasesPositiveEngagement",
    due: "day1At1500",
    guidance: "15",
    scope: `${TEN_CASE_SCOPE}, and the agencies believe there has been positive engagement between them and the family to improve outcomes for the child. Child in need, child protection or child looked after cases.`,
    onePerChild: true,
    roles: ["tenCase"],
    maxRows: 10,
    sheetKeywords: ["positive", "engagement"],
    columns: [CHILD_ID, tenCaseStatus(STATUS_CIN_CP_CLA)],
  },
  {
    id: "yotProbation",
    title: "10 cases: youth offending or probation involvement",
    sheetName: "10 cases YOT or probation",
    tableName: "TenCasesYotProbation",
    due: "day1At1500",
    guidance: "15",
    scope:
      "At most 10 cases where youth offending teams and/or the National Probation Service or a community rehabilitation company are involved as well as children's services, there are current or significant concerns about neglect, and the child is between seven and 15 years old. Child in need or child protection cases.",
    onePerChild: true,
    roles: ["tenCase"],
    maxRows: 10,
    sheetKeywords: ["yot", "youth", "offending", "probation", "crc"],
    columns: [CHILD_ID, tenCaseStatus(STATUS_CIN_CP)],
  },
  {
    id: "selectedChildren",
    title: "The 20 selected children: four facts",
    sheetName: "20 selected children",
    tableName: "SelectedChildrenFacts",
    due: "day2At1600",
    guidance: "17",
    scope: "For each of the 20 children the lead inspector selects, four Y/N facts.",
    onePerChild: true,
    roles: ["selectedFacts"],
    maxRows: 20,
    columns: [
      CHILD_ID,
      yesNo(
        "knownToYot",
        "Is the child or young person known to the youth offending team? (Y/N)",
        ["Known to YOT", "Known to YOT (Y/N)"],
        false,
      ), // blank: awaited (para 17)
      yesNo(
        "probationWithAdult",
        "Is the National Probation Service working with a parent or any adult living in the same household as the child that may pose a risk to the child or young person? (Y/N)",
        ["NPS working with adult", "NPS involved (Y/N)", "National Probation Service (Y/N)"],
        // Asked for on day two (guidance para 17): blank until then is awaited, not an error.
        false,
      ),
      yesNo(
        "crcWithAdult",
        "Is the community rehabilitation company working with a parent or any adult living in the same household as the child that may pose a risk to the child or young person? (Y/N)",
        ["CRC working with adult", "CRC involved (Y/N)", "Community rehabilitation company (Y/N)"],
        // Asked for on day two (guidance para 17): blank until then is awaited, not an error.
        false,
      ),
      yesNo(
        "policeInvestigation",
        "Is there a current police investigation or any criminal proceedings? (Y/N)",
        ["Police investigation", "Police investigation or criminal proceedings (Y/N)"],
        // Asked for on day two (guidance para 17): blank until then is awaited, not an error.
        false,
      ),
    ],
  },
  {
    id: "contacts",
    title: "Contacts",
    sheetName: "Contacts",
    tableName: "Contacts",
    due: "day2End",
    guidance: "21",
    scope: "All those who have been the subject of a contact in the three months before inspection.",
    lookBack: { months: 3, dates: ["contactDate"] },
    onePerChild: false,
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COMMA,
      AGE,
      date("contactDate", "Date of contact", ["Contact date", "Date of Contact"], true),
      {
        key: "contactSource",
        heading: "Contact source",
        kind: "code",
        required: true,
        codeList: SOURCE,
        aliases: ["Source of contact", "Source"],
      },
    ],
  },
  {
    id: "earlyHelp",
    title: "Early help",
    sheetName: "Early help",
    tableName: "EarlyHelp",
    due: "day2End",
    guidance: "21",
    scope:
      "All those who have been the subject of an early help assessment, a common assessment or a targeted intervention in the six months before inspection.",
    lookBack: { months: 6, dates: ["earlyHelpCompletionDate"], openWhenBlank: "earlyHelpCompletionDate" },
    onePerChild: false,
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COMMA,
      AGE,
      date("earlyHelpCompletionDate", "Assessment completion date", [
        "Completion date",
        "EHA completion date",
        "Date assessment completed",
      ]),
      {
        key: "earlyHelpOrganisation",
        heading: "Organisation completing assessment",
        kind: "text",
        required: false,
        aliases: ["Organisation", "Completed by", "Lead organisation", "Agency completing assessment"],
      },
    ],
  },
  {
    id: "referrals",
    title: "Referrals",
    sheetName: "Referrals",
    tableName: "Referrals",
    due: "day2End",
    guidance: "21",
    scope: "All those who have been the subject of a referral in the three months before inspection.",
    lookBack: { months: 3, dates: ["referralDate"] },
    onePerChild: false,
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COMMA,
      AGE,
      date(
        "referralDate",
        "Date of the most recent referral",
        ["Date of referral", "Referral date", "Most recent referral date"],
        true,
      ),
      {
        key: "referralSource",
        heading: "Referral source",
        kind: "code",
        required: true,
        codeList: SOURCE,
        aliases: ["Source of referral", "Source"],
      },
      yesNo(
        "referralNfa",
        "Referral – no further action? (Y/N)",
        ["NFA", "NFA (Y/N)", "No further action", "Referral NFA (Y/N)", "Referral NFA"],
        false,
      ),
      count("referralsIn12Months", "Number of referrals in last 12 months", [
        "Referrals in last 12 months",
        "Number of referrals in 12 months",
      ]),
      ALLOCATED_TEAM,
      ALLOCATED_WORKER,
    ],
  },
  {
    id: "assessments",
    title: "Assessments",
    sheetName: "Assessments",
    tableName: "Assessments",
    due: "day2End",
    guidance: "21",
    scope:
      "All those who have been the subject of a statutory assessment under section 17 or section 47 of the Children Act 1989 in the six months before inspection, including assessments started but not yet completed.",
    lookBack: {
      months: 6,
      dates: ["assessmentStartDate", "assessmentAuthorisedDate"],
      openWhenBlank: "assessmentAuthorisedDate",
    },
    onePerChild: false,
    dateOrder: [["assessmentStartDate", "assessmentAuthorisedDate"]],
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COMMA,
      AGE_CAPITAL_YEARS,
      DISABILITY,
      // ILACS List 4 calls the section 17 or 47 assessment the "continuous assessment".
      date(
        "assessmentStartDate",
        "assessment start date",
        ["Start date", "Assessment start", "Continuous assessment start date"],
        true,
      ),
      yesNo(
        "seenDuringAssessment",
        "Child seen during assessment (Y/N)",
        ["Seen during assessment", "Child seen", "Child seen during continuous assessment"],
        false,
      ),
      date("assessmentAuthorisedDate", "assessment date of authorisation", [
        "Date of authorisation",
        "Authorisation date",
        "Assessment authorised date",
        "Assessment completion date",
        "Continuous assessment date of authorisation",
      ]),
      ALLOCATED_TEAM,
      ALLOCATED_WORKER,
      yesNo(
        "assessmentNeglect",
        "If assessment completed has neglect been identified? (Y/N)",
        ["Neglect identified", "Neglect identified (Y/N)", "Neglect identified at assessment"],
        false,
      ),
    ],
  },
  {
    id: "section47",
    title: "Section 47 enquiries",
    sheetName: "Section 47",
    tableName: "Section47",
    due: "day2End",
    guidance: "21",
    scope:
      "All those who have been the subject of a section 47 enquiry in the six months before inspection, including enquiries that are ongoing where an initial child protection conference decision has not yet been made.",
    lookBack: { months: 6, dates: ["s47StartDate", "icpcDate"] },
    onePerChild: false,
    dateOrder: [["s47StartDate", "icpcDate"]],
    columns: [
      CHILD_ID,
      GENDER,
      ETHNICITY,
      DATE_OF_BIRTH,
      EXPECTED_DOB_COMMA,
      AGE,
      DISABILITY,
      date(
        "s47StartDate",
        "Section 47 enquiry start date",
        [
          "S47 start date",
          "Section 47 start date",
          "Strategy discussion date",
          "Strategy discussion initiating section 47 enquiry start date",
        ],
        true,
      ),
      count("s47In12Months", "Number of section 47 enquiries in the last 12 months", [
        "S47s in last 12 months",
        "Number of S47 enquiries in last 12 months",
      ]),
      // ILACS List 5: "deemed unnecessary" (Yes when the enquiry began and no conference was needed).
      yesNo(
        "icpcNotRequired",
        "Initial child protection conference not required (Y/N)",
        [
          "ICPC not required",
          "ICPC not required (Y/N)",
          "Was an initial child protection conference deemed unnecessary?",
          "ICPC deemed unnecessary",
        ],
        false,
      ),
      date("icpcDate", "Date of initial child protection conference", ["ICPC date", "Date of ICPC"]),
      yesNo(
        "icpcResultedInPlan",
        "Did the initial child protection conference result in a child protection plan? (Y/N)",
        ["ICPC resulted in plan", "ICPC outcome CP plan (Y/N)", "Resulted in CP plan"],
        false,
      ),
      count("icpcsIn12Months", "Number of ICPCs in the last 12 months", [
        "ICPCs in last 12 months",
        "Number of ICPCs in 12 months",
      ]),
      ALLOCATED_TEAM,
      ALLOCATED_WORKER,
    ],
  },
];

// ---- Checklists (paragraphs 22 to 27): tables the local authority fills, not child lists ----

const PROVIDED = yesNo("provided", "Provided (Y/N)", [], false);
const NOTES = text("notes", "Notes");

// Guidance para 22, the nine key documents for each child selected for joint evaluation.
const KEY_DOCUMENTS = [
  "Initial referral/contact/notification (where applicable)",
  "Most recent assessment, including a common or early help assessment",
  "Strategy or other multi-agency discussion or equivalent",
  "Section 47 investigation documentation/ICPC minutes",
  "Most recent plan for the child and/or review of the plan",
  "Latest return home interview and any subsequent risk assessments (where appropriate)",
  "The most recent pre-sentence report relating to the child or any relevant adult (where applicable)",
  "Details of any specialist services involved with the family",
  "A joint chronology of significant events in the six months prior to the inspection",
] as const;

// Guidance para 26, other information by agency.
const OTHER_INFORMATION: readonly (readonly [string, string, string])[] = [
  ["1.1", "Local authority", "Organisational structures showing lines of reporting and accountability"],
  [
    "1.2",
    "Local authority",
    "Management information reports for those children within the scope of the inspection, at both a local and agency level",
  ],
  [
    "1.3",
    "Local authority",
    "Assessment and threshold criteria for helping families and protecting the identified children",
  ],
  [
    "1.4",
    "Local authority",
    "Practice audits, including multi-agency audits, over the six months prior to the inspection relating to the focus of the inspection, and associated improvement/action plans",
  ],
  [
    "1.5",
    "Local authority",
    "Details of any services in the area commissioned from the community or voluntary sector for children living with neglect, and the early help offer for children living with neglect",
  ],
  ["1.6", "Local authority", "Terms of reference for the multi-agency safeguarding hub (MASH) or local equivalent"],
  [
    "1.7",
    "Local authority",
    "Needs analysis, strategies and action plans relating to neglect, including the prevalence of neglect, any success criteria and any analysis of impact",
  ],
  [
    "2.1",
    "Local safeguarding children board",
    "Organisational structures showing lines of reporting and accountability",
  ],
  [
    "2.2",
    "Local safeguarding children board",
    "Minutes of LSCB meetings from the 12 months before the inspection (including executive board meetings where applicable)",
  ],
  [
    "2.3",
    "Local safeguarding children board",
    "Structure of the LSCB and sub-groups and the names and contact details for LSCB members",
  ],
  [
    "2.4",
    "Local safeguarding children board",
    "Sub-group minutes as relevant to the scope of the inspection (as requested by the lead inspector)",
  ],
  ["3.1", "Police", "Organisational structures showing lines of reporting and accountability"],
  ["3.2", "Police", "Risk assessments for vulnerable children and those at risk of neglect"],
  ["3.3", "Police", "Information about learning and development on vulnerability, neglect and child protection"],
  ["3.4", "Police", "Child protection referral document"],
  ["3.5", "Police", "Strategy, policies and guidance relating to vulnerability, neglect and child protection"],
  ["3.6", "Police", "Vulnerability, neglect and child protection action plan(s) and self-assessments"],
  ["3.7", "Police", "Any audits and action plan(s) relating to vulnerable children and those at risk of neglect"],
  [
    "3.8",
    "Police",
    "Performance management information and available data about outcomes for vulnerable children and those at risk of neglect",
  ],
  [
    "4.1",
    "National Probation Service and community rehabilitation company",
    "Organisational structures showing lines of reporting and accountability",
  ],
  [
    "4.2",
    "National Probation Service and community rehabilitation company",
    "Policy/procedures about child protection and safeguarding",
  ],
  [
    "4.3",
    "National Probation Service and community rehabilitation company",
    "Policy/procedures for the management of risk of harm to others",
  ],
  [
    "4.4",
    "National Probation Service and community rehabilitation company",
    "Record of staff trained in child protection and safeguarding (with dates training completed)",
  ],
  [
    "4.5",
    "National Probation Service and community rehabilitation company",
    "Information about the presence of approved premises in the area",
  ],
  ["5.1", "Youth offending team", "Organisational structures showing lines of reporting and accountability"],
  ["5.2", "Youth offending team", "Policy/procedures with regard to child protection and safeguarding"],
  ["5.3", "Youth offending team", "Policy/procedures for the management of risk of harm to others"],
  [
    "5.4",
    "Youth offending team",
    "Record of staff trained in child protection and safeguarding (with dates training completed)",
  ],
  [
    "6.1",
    "Health partners",
    "Organisational structures showing lines of reporting and accountability, including local health commissioning and/or provider services",
  ],
  [
    "6.2",
    "Health partners",
    "CCG and health-provider services, with details of who provides commissioned services, including health visiting, school nursing, adult substance misuse and CASH services",
  ],
  [
    "6.3",
    "Health partners",
    "CCG and provider services annual reports on safeguarding and child protection, including for children looked after",
  ],
  [
    "6.4",
    "Health partners",
    "Provider policies relating to children living with neglect, including local primary care policies",
  ],
  [
    "6.5",
    "Health partners",
    "Any commissioner or provider audits and action plans relating to children living with neglect",
  ],
];

const CHECKLISTS: readonly ChecklistSpec[] = [
  {
    id: "keyDocuments",
    title: "Key case documents",
    sheetName: "Key documents",
    tableName: "KeyDocuments",
    due: "day5End",
    guidance: "22",
    scope:
      "For each child selected for joint evaluation, electronic copies of these documents where recent examples exist. Copy the nine rows for each child.",
    columns: [
      { ...CHILD_ID, required: false },
      text("document", "Document"),
      PROVIDED,
      date("providedDate", "Date provided"),
      NOTES,
    ],
    rows: KEY_DOCUMENTS.map((document) => ["", document]),
  },
  {
    id: "meetings",
    title: "Multi-agency meetings in the fieldwork week",
    sheetName: "Meetings",
    tableName: "FieldworkMeetings",
    due: "day5End",
    guidance: "24",
    scope: "Multi-agency meetings taking place during the fieldwork week for children selected for case tracking.",
    columns: [
      { ...CHILD_ID, required: false },
      { key: "meetingType", heading: "Meeting type", kind: "code", required: false, codeList: MEETING_TYPE },
      date("meetingDate", "Date of meeting"),
      text("meetingTime", "Time"),
      text("meetingVenue", "Venue"),
      NOTES,
    ],
    rows: [],
  },
  {
    id: "otherInformation",
    title: "Other information to support the inspection",
    sheetName: "Other information",
    tableName: "OtherInformation",
    due: "day5End",
    guidance: "26",
    scope: "The area's best and most recent examples relating to the scope of the inspection, not everything held.",
    columns: [
      text("item", "Item"),
      text("agency", "Agency"),
      text("description", "Information requested"),
      PROVIDED,
      NOTES,
    ],
    rows: OTHER_INFORMATION.map(([item, agency, description]) => [item, agency, description]),
  },
  {
    id: "consent",
    title: "Consent to meet children, young people, parents and carers",
    sheetName: "Consent",
    tableName: "Consent",
    due: "week2End",
    guidance: "27",
    scope:
      "For each child whose experience inspectors will track: whether the child and their parents or carers consent to meet inspectors, or the reasons why not.",
    columns: [
      { ...CHILD_ID, required: false },
      yesNo("childConsent", "Child consents to meet inspectors (Y/N)", [], false),
      yesNo("carerConsent", "Parent or carer consents to meet inspectors (Y/N)", [], false),
      text("reasonNot", "Reason if consent not given or a discussion is not possible"),
      NOTES,
    ],
    rows: [],
  },
];

const ILACS_OTHER_COLUMNS = [
  {
    heading: "Case status",
    what: "ILACS List 6's current status of the child (looked after, plan, open assessment...), which this Annex A does not ask for",
  },
  {
    heading: "Assessment start date",
    what: "ILACS List 2's start of early help, which this Annex A's early help list does not ask for (it asks for the completion date)",
  },
  {
    heading: "Was the child assessed as requiring LA children's social care support",
    what: "ILACS List 4's outcome of the assessment; it is not ‘If assessment completed has neglect been identified? (Y/N)’",
  },
  {
    heading: "Date of latest review conference",
    what: "ILACS List 7's latest review conference, which this Annex A does not ask for",
  },
  {
    heading: "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
    what: "ILACS List 7's narrower question (emergency protection orders and police protection only); this Annex A's ‘Subject to emergency protection/care/supervision order or protected under police powers in last six months (Y/N)’ also counts care and supervision orders, so it is not read as that column",
  },
];

export const JTAI_NEGLECT_2017: Form = {
  id: "jtai-neglect-2017",
  name: "Joint targeted area inspection: children living with neglect, Annex A (Ofsted, 2017)",
  inSentence: "the 2017 neglect guidance",
  family: "jtai-neglect",
  lists: LISTS,
  checklists: CHECKLISTS,
  codeLists: JTAI_CODE_LISTS,
  layout: { headingRow: 0 },
  // Guidance paras 14 and 21 (footnotes 10, 11 and 14): this Annex A's child-level lists are ILACS
  // Lists 1 to 7, so an ILACS number settles a list whose headings several lists share.
  numbered: {
    1: "contacts",
    2: "earlyHelp",
    3: "referrals",
    4: "assessments",
    5: "section47",
    6: "childrenInNeed",
    7: "childProtection",
  },
  numberedNotAsked: { 8: "children looked after", 9: "care leavers", 10: "adoption", 11: "adopters" },
  otherColumns: ILACS_OTHER_COLUMNS,
  neglect: { kind: "flag", column: "neglect" },
  // The 2017 guidance asks for one date of birth per child across its lists (CHILD-DOB-DIFFERS),
  // not one gender and ethnicity: Ofsted's template does (Guidance!C3:C5).
  rulesOff: ["CHILD-FACTS-DIFFER"],
  inspection: true,
};
