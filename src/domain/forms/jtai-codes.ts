// The code lists of the 2017 guidance's Annex A (SPEC.md "Code lists"), written once.
import type { CodeList, CodeValue } from "../codes";

export const YES_NO: CodeList = {
  id: "yesNo",
  title: "Y/N",
  values: [
    { canonical: "Y", letter: "a", aliases: ["yes", "a) yes", "true", "1"] },
    { canonical: "N", letter: "b", aliases: ["no", "b) no", "false", "0"] },
  ],
};

export const GENDER: CodeList = {
  id: "gender",
  title: "Gender",
  values: [
    { canonical: "a) Male", aliases: ["male", "m", "1", "boy"] },
    { canonical: "b) Female", aliases: ["female", "f", "2", "girl"] },
    {
      canonical: "c) Not stated/recorded",
      aliases: ["not stated", "not recorded", "not known", "unknown", "u", "0", "unborn"],
    },
    { canonical: "d) Neither", aliases: ["indeterminate", "i", "9", "not specified"] },
  ],
};

/** The CBDS ethnicity codes: [letter, census code, description]. Ofsted's template writes the same codes. */
export const CENSUS_ETHNICITIES = [
  ["a", "WBRI", "White British"],
  ["b", "WIRI", "Irish"],
  ["c", "WIRT", "Traveller of Irish heritage"],
  ["d", "WOTH", "Any other White background"],
  ["e", "WROM", "Gypsy/Roma"],
  ["f", "MWBC", "White and Black Caribbean"],
  ["g", "MWBA", "White and Black African"],
  ["h", "MWAS", "White and Asian"],
  ["i", "MOTH", "Any other Mixed background"],
  ["j", "AIND", "Indian"],
  ["k", "APKN", "Pakistani"],
  ["l", "ABAN", "Bangladeshi"],
  ["m", "AOTH", "Any other Asian background"],
  ["n", "BCRB", "Caribbean"],
  ["o", "BAFR", "African"],
  ["p", "BOTH", "Any other Black background"],
  ["q", "CHNE", "Chinese"],
  ["r", "OOTH", "Any other ethnic group"],
  ["s", "REFU", "Refused"],
  ["t", "NOBT", "Information not yet obtained"],
] as const;

export const ETHNICITY: CodeList = {
  id: "ethnicity",
  title: "Ethnicity",
  values: CENSUS_ETHNICITIES.map(([letter, code, description]) => ({
    canonical: `${letter}) ${code}`,
    code,
    aliases: [
      description,
      `${code} ${description}`,
      `${code} - ${description}`,
      ...(code === "WIRI" ? ["White Irish"] : []),
    ],
  })),
};

const PRIMARY_NEEDS = [
  ["N0", "Not stated"],
  ["N1", "Abuse or neglect"],
  ["N2", "Child's disability"],
  ["N3", "Parental disability or illness"],
  ["N4", "Family in acute stress"],
  ["N5", "Family dysfunction"],
  ["N6", "Socially unacceptable behaviour"],
  ["N7", "Low income"],
  ["N8", "Absent parenting"],
  ["N9", "Cases other than children in need"],
] as const;

export const PRIMARY_NEED: CodeList = {
  id: "primaryNeed",
  title: "Primary need code",
  values: PRIMARY_NEEDS.map(([code, label]) => ({
    canonical: `${code} ${label}`,
    code,
    aliases: [label, `${code} - ${label}`, `${code}: ${label}`],
  })),
};

const ABUSE_CATEGORIES = [
  ["a", "NEG", "Neglect", ["neglect"]],
  ["b", "PHY", "Physical abuse", ["physical"]],
  ["c", "SAB", "Sexual abuse", ["sexual"]],
  ["d", "EMO", "Emotional abuse", ["emotional"]],
  ["e", "MUL", "Multiple/not recommended", ["multiple", "multiple/not recommended (mul)"]],
] as const;

export const ABUSE_CATEGORY: CodeList = {
  id: "abuseCategory",
  title: "Category of abuse",
  // CIN census: MUL is recorded where more than one category applies.
  combined: "e) Multiple/not recommended",
  values: ABUSE_CATEGORIES.map(([letter, code, label, words]) => ({
    canonical: `${letter}) ${label}`,
    code,
    aliases: [label, ...words],
  })),
};

const CLOSURE_REASONS = [
  ["RC1", "Adopted"],
  ["RC2", "Died"],
  ["RC3", "Child arrangements order"],
  ["RC4", "Special guardianship order"],
  ["RC5", "Transferred to services of another local authority"],
  ["RC6", "Transferred to adult social care services"],
  ["RC7", "Services ceased for any other reason, including child no longer in need"],
  ["RC8", "Case closed after assessment, no further action"],
  ["RC9", "Case closed after assessment, referred to early help"],
] as const;

export const CLOSURE_REASON: CodeList = {
  id: "closureReason",
  title: "Reason for closure",
  values: CLOSURE_REASONS.map(([code, label]) => ({
    canonical: `${code} ${label}`,
    code,
    aliases: [label, `${code} - ${label}`, `${code}: ${label}`],
  })),
};

const SOURCES = [
  ["1A", "Individual: family member, relative or carer"],
  ["1B", "Individual: acquaintance"],
  ["1C", "Individual: self"],
  ["1D", "Individual: other individual"],
  ["2A", "Schools"],
  ["2B", "Education services"],
  ["3A", "Health: GP"],
  ["3B", "Health: health visitor"],
  ["3C", "Health: school nurse"],
  ["3D", "Health: other primary health"],
  ["3E", "Health: A&E"],
  ["3F", "Health: other health"],
  ["4", "Housing"],
  ["5A", "LA services: social care"],
  ["5B", "LA services: other internal"],
  ["5C", "LA services: external"],
  ["5D", "LA services: early help"],
  ["6", "Police"],
  ["7", "Other legal agency"],
  ["8", "Other"],
  ["9", "Anonymous"],
  ["10", "Unknown"],
] as const;

export const SOURCE: CodeList = {
  id: "source",
  title: "Contact or referral source",
  values: SOURCES.map(([code, label]) => ({
    canonical: `${code} ${label}`,
    code,
    // The label alone ("Police") is as certain as the code: no two sources share a label.
    aliases: [`${code} - ${label}`, `${code}: ${label}`, label],
  })),
};

const CHILD_IN_NEED: CodeValue = { canonical: "Child in need", code: "CIN", aliases: ["child in need (cin)"] };
const CHILD_PROTECTION_PLAN: CodeValue = {
  canonical: "Child protection plan",
  code: "CPP",
  aliases: ["cp", "child protection", "cp plan", "child protection plan (cpp)"],
};
const CHILD_LOOKED_AFTER: CodeValue = {
  canonical: "Child looked after",
  code: "CLA",
  aliases: ["lac", "looked after", "looked after child", "child looked after (cla)"],
};

export const STATUS_CIN_CP: CodeList = {
  id: "statusCinCp",
  title: "Status (child in need or child protection plan)",
  values: [CHILD_IN_NEED, CHILD_PROTECTION_PLAN],
};

// Guidance para 15: only the positive-engagement list may include children looked after.
export const STATUS_CIN_CP_CLA: CodeList = {
  id: "statusCinCpCla",
  title: "Status (including child looked after)",
  values: [CHILD_IN_NEED, CHILD_PROTECTION_PLAN, CHILD_LOOKED_AFTER],
};

// Guidance para 24: the multi-agency meetings to tell the lead inspector about.
export const MEETING_TYPE: CodeList = {
  id: "meetingType",
  title: "Meeting type",
  values: [
    { canonical: "Initial child protection conference", code: "ICPC" },
    { canonical: "Review child protection conference", code: "RCPC" },
    { canonical: "Children looked after review", code: "CLA review", aliases: ["lac review"] },
    { canonical: "Strategy discussion", aliases: ["strategy meeting"] },
    { canonical: "Other planning or review meeting", aliases: ["other"] },
  ],
};

/** In the order the Codes sheet shows them. */
export const JTAI_CODE_LISTS: readonly CodeList[] = [
  YES_NO,
  GENDER,
  ETHNICITY,
  PRIMARY_NEED,
  ABUSE_CATEGORY,
  CLOSURE_REASON,
  SOURCE,
  STATUS_CIN_CP,
  STATUS_CIN_CP_CLA,
  MEETING_TYPE,
];
