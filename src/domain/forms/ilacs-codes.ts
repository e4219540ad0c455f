// The code lists of Ofsted's ILACS Annex A template ("Update: August 2019", Guidance!A1), written
// once. Canonical values are the Codes_used sheet's "Preferred code" cells, quirks and all; where the
// Guidance sheet writes a value otherwise, that is a `spelling` (Ofsted's own, accepted as it is).
// Aliases are what councils' exports write for the same value: census codes with their words, and
// the 2017 guidance's forms (forms/jtai-codes.ts), read from there rather than typed again.
import { NEGLECT_CODE, type CodeList, type CodeValue } from "../codes";
import {
  ABUSE_CATEGORY as JTAI_ABUSE_CATEGORY,
  CENSUS_ETHNICITIES,
  CLOSURE_REASON as JTAI_CLOSURE_REASON,
  ETHNICITY as JTAI_ETHNICITY,
  GENDER as JTAI_GENDER,
  PRIMARY_NEED as JTAI_PRIMARY_NEED,
  SOURCE as JTAI_SOURCE,
  YES_NO as JTAI_YES_NO,
} from "./jtai-codes";

const unique = (texts: readonly string[]): string[] => [...new Set(texts)];

/** The 2017 guidance's value for a census code, as aliases: its canonical form and its own aliases. */
function jtaiSpellings(list: CodeList, code: string): string[] {
  const value = list.values.find((candidate) => candidate.code === code);
  return value ? [value.canonical, ...(value.aliases ?? [])] : [];
}

/** "a) Male" from the 2017 guidance by its canonical form (gender and yes/no have no census code there). */
function jtaiValueSpellings(list: CodeList, canonical: string): string[] {
  const value = list.values.find((candidate) => candidate.canonical === canonical);
  return value ? [value.canonical, ...(value.aliases ?? [])] : [];
}

// ---- Codes_used!A: Gender, Lists 1 to 10 ----

// Codes_used!A5 writes "c) Not stated/recorded"; the Guidance for Lists 1-8 and 10 (Guidance!C4)
// writes "c) Not stated/recorded (or unborn)". List 9's guidance (Guidance!C121) drops "(or unborn)".
export const GENDER: CodeList = {
  id: "gender",
  title: "Gender",
  values: [
    { canonical: "a) Male", code: "1", aliases: unique(jtaiValueSpellings(JTAI_GENDER, "a) Male")) },
    { canonical: "b) Female", code: "2", aliases: unique(jtaiValueSpellings(JTAI_GENDER, "b) Female")) },
    {
      canonical: "c) Not stated/recorded",
      code: "0",
      spellings: ["c) Not stated/recorded (or unborn)"],
      aliases: unique(jtaiValueSpellings(JTAI_GENDER, "c) Not stated/recorded")),
    },
    { canonical: "d) Neither", code: "9", aliases: unique(jtaiValueSpellings(JTAI_GENDER, "d) Neither")) },
  ],
};

// ---- Codes_used!C:D: Ethnicity (CBDS codes) ----

// The census codes and details are the 2017 guidance's (CBDS), with Ofsted's letters: the same but
// that Codes_used!C21:C22 gives REFU and NOBT the same letter, "s)". Both are Ofsted's own values
// here, each read by its code (the code decides over the letter in readCode), so neither is
// flagged. The later template moves NOBT to "t)".
const ETHNICITIES_2019 = CENSUS_ETHNICITIES.map(
  ([letter, code, detail]) =>
    [
      // Codes_used!C22: NOBT shares REFU's "s)" in 2019.
      code === "NOBT" ? "s" : letter,
      code,
      // Codes_used!D3: Ofsted's detail for WIRI.
      code === "WIRI" ? "White Irish" : detail,
    ] as const,
);

/** One ethnicity value: Ofsted's "letter) CODE", with the detail and the 2017 guidance's forms. */
export function ethnicityValue(letter: string, code: string, detail: string): CodeValue {
  return {
    canonical: `${letter}) ${code}`,
    code,
    letter,
    aliases: unique([
      detail,
      `${code} - ${detail}`,
      `${code} ${detail}`,
      `${code}: ${detail}`,
      ...jtaiSpellings(JTAI_ETHNICITY, code),
    ]),
  };
}

export const ETHNICITY: CodeList = {
  id: "ethnicity",
  title: "Ethnicity",
  values: ETHNICITIES_2019.map(([letter, code, detail]) => ethnicityValue(letter, code, detail)),
};

// ---- Codes_used!G:H: Contact / Referral Source (Lists 1 and 3) ----

// [letter, census code, Codes_used!G label]. Ofsted's labels repeat ("1A: Individual" to "1D:
// Individual"), so a label alone is never an alias; the 2017 guidance's labels are unique and are.
export const SOURCES_2019 = [
  ["a", "1A", "Individual"],
  ["b", "1B", "Individual"],
  ["c", "1C", "Individual"],
  ["d", "1D", "Individual"],
  ["e", "2A", "Schools"],
  ["f", "2B", "Education services"],
  ["g", "3A", "Health services"],
  ["h", "3B", "Health services"],
  ["i", "3C", "Health services"],
  ["j", "3D", "Health services"],
  ["k", "3E", "Health services"],
  ["l", "3F", "Health services"],
  ["m", "4", "Housing"],
  ["n", "5A", "LA services"],
  ["o", "5B", "LA services"],
  ["p", "5C", "LA services"],
  ["q", "6", "Police"],
  ["r", "7", "Other legal agency"],
  ["s", "8", "Other"],
  ["t", "9", "Anonymous"],
  ["u", "10", "Unknown"],
] as const;

/** One source value; `letter` is given for two-character letters ("p1)") that the prefix reader cannot see. */
export function sourceValue(letter: string, code: string, label: string): CodeValue {
  return {
    canonical: `${letter}) ${code}: ${label}`,
    code,
    ...(letter.length > 1 ? { letter } : {}),
    aliases: unique([`${code}: ${label}`, `${code} - ${label}`, ...jtaiSpellings(JTAI_SOURCE, code)]),
  };
}

export const SOURCE: CodeList = {
  id: "source",
  title: "Contact or referral source",
  values: SOURCES_2019.map(([letter, code, label]) => sourceValue(letter, code, label)),
};

// ---- Yes/no lists (Codes_used!K, M, O, Q, S, U, AE, AG, AI, AM, BK, BM): two shapes ----

const YES_WORDS = unique(["Yes", ...jtaiValueSpellings(JTAI_YES_NO, "Y")]);
const NO_WORDS = unique(["No", ...jtaiValueSpellings(JTAI_YES_NO, "N")]);

/** "a) Yes" / "b) No" (Codes_used!K3:K4 and the other two-value Y/N columns). */
export const YES_NO: CodeList = {
  id: "yesNo",
  title: "Yes or no",
  values: [
    { canonical: "a) Yes", aliases: YES_WORDS },
    { canonical: "b) No", aliases: NO_WORDS },
  ],
};

/** "a) Yes" / "b) No" / "c) Unknown" (Codes_used!M3:M5: disability, child seen, seen alone, return interviews). */
export const YES_NO_UNKNOWN: CodeList = {
  id: "yesNoUnknown",
  title: "Yes, no or unknown",
  values: [
    { canonical: "a) Yes", aliases: YES_WORDS },
    { canonical: "b) No", aliases: NO_WORDS },
    { canonical: "c) Unknown", aliases: ["Unknown", "Not known", "U"] },
  ],
};

// ---- Codes_used!W: Primary Need Code (List 6, N0 to N9) ----

const needValue = (code: string, label: string, extra: readonly string[] = []): CodeValue => ({
  canonical: `${code} - ${label}`,
  code,
  aliases: unique([
    `${code} ${label}`,
    `${code}: ${label}`,
    label,
    ...extra,
    ...jtaiSpellings(JTAI_PRIMARY_NEED, code),
  ]),
});

export const PRIMARY_NEED: CodeList = {
  id: "primaryNeed",
  title: "Primary need code",
  values: [
    needValue("N1", "Abuse or neglect"),
    needValue("N2", "Child’s disability"),
    needValue("N3", "Parental disability or illness"),
    needValue("N4", "Family in acute stress"),
    needValue("N5", "Family dysfunction"),
    needValue("N6", "Socially unacceptable behaviour"),
    needValue("N7", "Low income"),
    needValue("N8", "Absent parenting"),
    needValue("N9", "Cases other than children in need"),
    needValue("N0", "Not stated"),
  ],
};

// ---- Codes_used!Y: Reason for Closure (List 6, RC1 to RC8) ----

export const closureValue = (code: string, label: string): CodeValue => ({
  canonical: `${code} - ${label}`,
  code,
  aliases: unique([`${code} ${label}`, `${code}: ${label}`, label, ...jtaiSpellings(JTAI_CLOSURE_REASON, code)]),
});

export const CLOSURE_REASON: CodeList = {
  id: "closureReason",
  title: "Reason for closure",
  values: [
    closureValue("RC1", "Adopted"),
    closureValue("RC2", "Died"),
    closureValue("RC3", "Child arrangements order"),
    closureValue("RC4", "Special guardianship order"),
    closureValue("RC5", "Transferred to services of another local authority"),
    closureValue("RC6", "Transferred to adult social care services"),
    closureValue("RC7", "Services ceased for any other reason, including child no longer in need"),
    // FAQ_and_changes!D6: listed for completeness; such children are not in List 6.
    closureValue("RC8", "Case closed after assessment, no further action"),
  ],
};

// ---- Codes_used!AA: Case status (List 6) ----

export const CASE_STATUS: CodeList = {
  id: "caseStatus",
  title: "Case status",
  values: [
    { canonical: "a) Looked after child", aliases: ["Looked after", "Child looked after", "LAC", "CLA"] },
    { canonical: "b) Child Protection plan", aliases: ["CP plan", "CPP", "Child protection"] },
    { canonical: "c) Child in need plan", aliases: ["CIN plan"] },
    { canonical: "d) Open assessment", aliases: ["Assessment open"] },
    { canonical: "e) Closed episode", aliases: ["Closed", "Closed case"] },
  ],
};

// ---- Codes_used!AC: Initial/Latest Category of Abuse (List 7): the 2017 guidance's values exactly ----

export const ABUSE_CATEGORY: CodeList = {
  id: "abuseCategory",
  title: "Category of abuse",
  combined: JTAI_ABUSE_CATEGORY.combined,
  values: JTAI_ABUSE_CATEGORY.values,
};

/** The category-of-abuse value that means neglect (Codes_used!AC3). */
export const NEGLECT_CATEGORY = ABUSE_CATEGORY.values.find((value) => value.code === NEGLECT_CODE)!.canonical;

// ---- Codes_used!AK: Child's Category of Need (List 8, N1 to N8; N3 worded as the SSDA903 does) ----

export const CATEGORY_OF_NEED: CodeList = {
  id: "categoryOfNeed",
  title: "Child's category of need",
  values: [
    needValue("N1", "Abuse or neglect"),
    needValue("N2", "Child’s disability"),
    needValue("N3", "Parental illness or disability", ["Parental disability or illness"]),
    needValue("N4", "Family in acute stress"),
    needValue("N5", "Family dysfunction"),
    needValue("N6", "Socially unacceptable behaviour"),
    needValue("N7", "Low income"),
    needValue("N8", "Absent parenting"),
  ],
};

// ---- Codes_used!AO:AP: Child's Legal Status (SSDA903, no letter prefix) ----

// [code, Codes_used!AO label, Codes_used!AP detail without its code]
const LEGAL_STATUSES = [
  ["C1", "ICO", "Interim care order"],
  ["C2", "FCO", "Full care order"],
  ["D1", "Freeing order", "Freeing order granted"],
  ["E1", "Placement order", "Placement order granted"],
  ["V2", "Single period under S20", "Single period of accommodation under section 20"],
  ["L1", "Police protection LA accommodation", "Under police protection and in local authority accommodation"],
  ["L2", "EPO", "Emergency protection order (EPO)"],
  [
    "L3",
    "Child assessment order LA accommodation",
    "Under child assessment order and in local authority accommodation",
  ],
  [
    "J1",
    "Remanded to LA or youth detention",
    "Remanded to local authority accommodation or to youth detention accommodation",
  ],
  [
    "J2",
    "LA accommodation under PACE",
    "Placed in local authority accommodation under PACE, including secure accommodation.",
  ],
  ["J3", "Youth rehabilitation order", "Sentenced to Youth Rehabilitation Order"],
  [
    "V3",
    "Short term breaks, episodes recorded",
    "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded",
  ],
  [
    "V4",
    "Short term breaks, agreements recorded",
    "Accommodated under an agreed series of short-term breaks, when agreements are recorded (NOT individual episodes of care)",
  ],
] as const;

export const LEGAL_STATUS: CodeList = {
  id: "legalStatus",
  title: "Child's legal status",
  values: LEGAL_STATUSES.map(([code, label, detail]) => ({
    canonical: `${code}: ${label}`,
    code,
    aliases: unique([`${code} - ${label}`, `${code} - ${detail}`, detail]),
  })),
};

// ---- Codes_used!AS: What is the permanence plan for this child? (List 8; "g) other" lower-case) ----

export const PERMANENCE_PLAN: CodeList = {
  id: "permanencePlan",
  title: "Permanence plan",
  values: [
    { canonical: "a) Return to family" },
    { canonical: "b) Adoption" },
    { canonical: "c) SGO/CAO" },
    { canonical: "d) Supported living in the community" },
    { canonical: "e) Long-term residential placement" },
    { canonical: "f) Long-term fostering" },
    { canonical: "g) other", aliases: ["Other"] },
  ],
};

// ---- Codes_used!AU:AV: Reason Ceased to be Looked After (List 8; "u) X1:CodeError" without a space) ----

/** One "letter) CODE: label" value of an SSDA903 list, with its code and detail as aliases. */
export function ssdaValue(letter: string, code: string, label: string, detail?: string): CodeValue {
  return {
    canonical: `${letter}) ${code}: ${label}`,
    code,
    // "zz)" is a letter the prefix reader cannot see; say it, so "z) T4: ..." is a conflict.
    ...(letter.length > 1 ? { letter } : {}),
    aliases: unique([`${code}: ${label}`, `${code} - ${label}`, ...(detail ? [`${code} - ${detail}`, detail] : [])]),
  };
}

export const REASON_CEASED: CodeList = {
  id: "reasonCeased",
  title: "Reason ceased to be looked after",
  values: [
    ssdaValue("a", "E11", "Adopted - application unopposed", "Adopted - application for an adoption order unopposed"),
    ssdaValue("b", "E12", "Adopted - consent dispensed", "Adopted – consent dispensed with by court"),
    ssdaValue("c", "E2", "Died"),
    ssdaValue("d", "E3", "Care taken by another LA", "Care taken over by another local authority in the UK"),
    ssdaValue("e", "E4A", "Returned home to live with parents or relatives - part of planning"),
    ssdaValue("f", "E4B", "Returned home to live with parents or relatives - not part of planning"),
    ssdaValue("g", "E13", "Parents, relatives or other with no parental responsibility"),
    ssdaValue("h", "E41", "Residence order granted"),
    ssdaValue("i", "E45", "Special Guardianship Orders - former carer relative/friend"),
    ssdaValue("j", "E46", "Special Guardianship Orders - former carer other"),
    ssdaValue("k", "E47", "Special Guardianship Orders - relative/friend"),
    ssdaValue("l", "E48", "Special Guardianship Orders - other"),
    ssdaValue("m", "E5", "Moved into independent living - supported"),
    ssdaValue("n", "E6", "Moved into independent living - no support"),
    ssdaValue("o", "E7", "Transferred to residential care funded by adult social services"),
    ssdaValue("p", "E9", "Sentenced to custody"),
    ssdaValue("q", "E14", "Accommodation on remand ended"),
    ssdaValue("r", "E15", "Age assessment determined child was 18 or over"),
    ssdaValue("s", "E16", "Child moved abroad"),
    ssdaValue(
      "t",
      "E8",
      "Care ceased for any other reason",
      "Period of being looked after ceased for any other reason",
    ),
    {
      canonical: "u) X1:CodeError",
      code: "X1",
      aliases: [
        "X1: CodeError",
        "u) X1: CodeError",
        "X1 - Episode ceases, and new episode begins on same day, for any reason",
      ],
    },
  ],
};

// ---- Codes_used!AY:AZ: Placement Type (List 8; "zz)" for the 27th) ----

export const PLACEMENT_TYPE: CodeList = {
  id: "placementType",
  title: "Placement type",
  values: [
    ssdaValue("a", "U1", "Foster placement - relatives - long term"),
    ssdaValue("b", "U2", "Foster placement - relative - FFA"),
    ssdaValue("c", "U3", "Foster placement - relative - not FFA"),
    ssdaValue("d", "U4", "Foster placement - long term"),
    ssdaValue("e", "U5", "Foster placement - FFA"),
    ssdaValue("f", "U6", "Foster placement - not FFA"),
    ssdaValue("g", "A3", "Placed for adoption - consent - current foster"),
    ssdaValue("h", "A4", "Placed for adoption - consent - not foster"),
    ssdaValue("i", "A5", "Placed for adoption - order - foster"),
    // FAQ_and_changes!D8 corrects "- foster" (A5's words) to "- not foster", writing an en dash.
    {
      ...ssdaValue("j", "A6", "Placed for adoption - order - not foster"),
      spellings: ["j) A6: Placed for adoption - order – not foster"],
    },
    ssdaValue("k", "P1", "Placed with parents"),
    ssdaValue("l", "P2", "Independent living"),
    ssdaValue("m", "P3", "Residential employment"),
    ssdaValue("n", "H5", "Residential accommodation"),
    ssdaValue("o", "K1", "Secure Children’s Homes"),
    ssdaValue("p", "K2", "Children’s Homes"),
    ssdaValue("q", "R1", "Residential Care Home"),
    ssdaValue("r", "R2", "NHS/Health Trust"),
    ssdaValue("s", "R3", "Family Centre or Mother and Baby Unit"),
    ssdaValue("t", "R5", "Young Offender Institution"),
    ssdaValue("u", "S1", "Residential school"),
    ssdaValue("v", "Z1", "Other placements"),
    ssdaValue("w", "T0", "Temporary placement"),
    ssdaValue("x", "T1", "Temporary placement - hospital"),
    ssdaValue("y", "T2", "Temporary placement - holiday"),
    ssdaValue("z", "T3", "Temporary placement - carer holiday"),
    ssdaValue("zz", "T4", "Temporary placement - seven days or less"),
  ],
};

// ---- Codes_used!BC:BD: Placement Provider (List 8) ----

export const PLACEMENT_PROVIDER: CodeList = {
  id: "placementProvider",
  title: "Placement provider",
  values: [
    ssdaValue("a", "PR0", "Parents/Parental responsibility", "Parents or other person with parental responsibility"),
    ssdaValue("b", "PR1", "Own provision"),
    ssdaValue("c", "PR2", "Other LA provision", "Other local authority provision"),
    ssdaValue("d", "PR3", "Other public provision"),
    ssdaValue("e", "PR4", "Private provision"),
    ssdaValue("f", "PR5", "Voluntary/third sector", "Voluntary/third sector provision"),
  ],
};

// ---- Codes_used!BG: Placement Location (List 8) ----

export const PLACEMENT_LOCATION: CodeList = {
  id: "placementLocation",
  title: "Placement location",
  values: [
    { canonical: "a) In", aliases: ["Inside", "In area", "Inside LA"] },
    { canonical: "b) Out", aliases: ["Outside", "Out of area", "Outside LA"] },
  ],
};

// ---- Codes_used!BI: LA of Placement (List 8) ----

// Guidance!C113: the local authority's name, or one of these codes outside England. The column is
// free text (a name is right), so this list is shown on the Codes sheet but checks no cell.
export const LA_OF_PLACEMENT: CodeList = {
  id: "laOfPlacement",
  title: "LA of placement (outside England)",
  values: [
    { canonical: "NIR - Child placed in Northern Ireland", code: "NIR" },
    { canonical: "WAL - Child placed in Wales", code: "WAL" },
    { canonical: "SCO - Child placed in Scotland", code: "SCO" },
    { canonical: "NUK - Child placed outside the UK", code: "NUK" },
    { canonical: "CON - Child placed in confidential placement", code: "CON" },
  ],
};

// ---- Codes_used!BO: Eligibility Category (List 9) ----

export const ELIGIBILITY: CodeList = {
  id: "eligibility",
  title: "Eligibility category",
  values: [
    { canonical: "a) Relevant child", aliases: ["Relevant"] },
    { canonical: "b) Former relevant child", aliases: ["Former relevant"] },
    { canonical: "c) Qualifying care leaver", aliases: ["Qualifying"] },
  ],
};

// ---- Codes_used!BQ: LA In Touch (List 9; SSDA903 in-touch codes) ----

export const LA_IN_TOUCH: CodeList = {
  id: "laInTouch",
  title: "LA in touch",
  values: [
    { canonical: "a) Yes", code: "YES", aliases: ["Y", "In touch"] },
    { canonical: "b) No", code: "NO", aliases: ["N", "Not in touch"] },
    { canonical: "c) Died", code: "DIED" },
    { canonical: "d) Refu", code: "REFU", aliases: ["Refused", "Young person refuses contact"] },
    { canonical: "e) NREQ", code: "NREQ", aliases: ["No longer requires services", "Not required"] },
    { canonical: "f) Rhom", code: "RHOM", aliases: ["Returned home"] },
  ],
};

// ---- Codes_used!BS:BT: Type of Accommodation (List 9; SSDA903 letters as codes, no prefix) ----

const ACCOMMODATIONS = [
  ["B", "Parents/relatives", "With parents or relatives"],
  [
    "C",
    "Community home / residential care",
    "Community home or other form of residential care such as an NHS establishment",
  ],
  ["D", "Semi-independent, transitional accommodation and self-contained accommodation", undefined],
  ["E", "Supported lodgings", undefined],
  ["G", "Abroad", "Gone abroad"],
  ["H", "Deported", undefined],
  ["K", "Ordinary lodgings, without formal support", undefined],
  ["R", "Residence not known", undefined],
  ["S", "No fixed abode / homeless", undefined],
  ["T", "Foyers and similar supported accommodation", undefined],
  ["U", "Independent living", undefined],
  ["V", "Emergency accommodation", undefined],
  ["W", "Bed and breakfast", undefined],
  ["X", "In custody", undefined],
  ["Y", "Other accommodation", undefined],
  ["Z", "With former foster carers", undefined],
] as const;

export const ACCOMMODATION: CodeList = {
  id: "accommodation",
  title: "Type of accommodation",
  values: ACCOMMODATIONS.map(([code, label, detail]) => ({
    canonical: `${code}: ${label}`,
    code,
    aliases: unique([`${code} - ${label}`, label, ...(detail ? [`${code} - ${detail}`, detail] : [])]),
  })),
};

// ---- Codes_used!BV: Suitability of Accommodation (List 9) ----

export const SUITABILITY: CodeList = {
  id: "suitability",
  title: "Suitability of accommodation",
  values: [
    { canonical: "a) Suitable", code: "1" },
    { canonical: "b) Unsuitable", code: "2", aliases: ["Not suitable"] },
  ],
};

// ---- Codes_used!BX:BY: Activity Status (List 9; SSDA903, no letter prefix) ----

export const activityValue = (code: string, label: string): CodeValue => ({
  canonical: `${code}: ${label}`,
  code,
  aliases: [`${code} - ${label}`, label],
});

export const ACTIVITY: CodeList = {
  id: "activity",
  title: "Activity status",
  values: [
    activityValue("F1", "Full time in higher education"),
    activityValue("P1", "Part time in higher education"),
    activityValue("F2", "Full time in education other than higher"),
    activityValue("P2", "Part time in education other than higher"),
    activityValue("F3", "Full time in training or employment"),
    activityValue("P3", "Part time in training or employment"),
    activityValue("G4", "Not in education, employment or training - illness or disability"),
    activityValue("G5", "Not in education, employment or training - other"),
    activityValue("G6", "Not in education, employment or training - pregnancy or parenting"),
  ],
};

// ---- Codes_used!CC: Reason Why Child No Longer Placed for Adoption (List 10) ----

const rdValue = (code: string, label: string): CodeValue => ({
  canonical: `${code} - ${label}`,
  code,
  aliases: [`${code} ${label}`, `${code}: ${label}`, label],
});

export const NO_LONGER_ADOPTION: CodeList = {
  id: "noLongerAdoption",
  title: "Reason why child no longer placed for adoption",
  values: [
    rdValue("RD1", "The child’s needs changed subsequent to the decision"),
    rdValue("RD2", "The Court did not make a placement order"),
    rdValue("RD3", "Prospective adopters could not be found"),
    rdValue("RD4", "Any other reason"),
  ],
};

// ---- Codes_used!CE: Reason for leaving adoption process (List 11; bare numbers) ----

export const LEAVING_REASON: CodeList = {
  id: "leavingReason",
  title: "Reason for leaving adoption process",
  values: [
    {
      canonical: "1 - Adopter withdrew from process",
      code: "1",
      aliases: ["Adopter withdrew from process", "Withdrew"],
    },
    { canonical: "2 - Process put on hold", code: "2", aliases: ["Process put on hold", "On hold"] },
    { canonical: "3 - Application refused", code: "3", aliases: ["Application refused", "Refused"] },
  ],
};

// ---- List 11's own lists, which Codes_used does not show ----

// Guidance!C151: List 11 letters Neither and Not stated the other way round from Lists 1-10, so it
// has its own list; "c) Not stated/recorded" here is a conflict (c is Neither), not an alias.
export const ADOPTER_GENDER: CodeList = {
  id: "adopterGender",
  title: "Gender (adopters)",
  values: [
    { canonical: "a) Male", code: "1", aliases: ["Male", "M"] },
    { canonical: "b) Female", code: "2", aliases: ["Female", "F"] },
    { canonical: "c) Neither", code: "9", aliases: ["Neither", "Indeterminate", "Not specified"] },
    { canonical: "d) Not stated/recorded", code: "0", aliases: ["Not stated", "Not recorded", "Not known", "Unknown"] },
  ],
};

// Guidance!C154: the fostering-for-adoption flag is a bare "Yes" or "No". The letters are those the
// other Y/N lists give, so "b) Yes" is a conflict.
export const YES_NO_BARE: CodeList = {
  id: "yesNoBare",
  title: "Yes or no (no letter)",
  values: [
    { canonical: "Yes", letter: "a", aliases: unique(["a) Yes", ...YES_WORDS]) },
    { canonical: "No", letter: "b", aliases: unique(["b) No", ...NO_WORDS]) },
  ],
};

/** In the order the Codes_used sheet shows them (each shared Y/N list where it first appears), List 11's own last. */
export const ILACS_CODE_LISTS: readonly CodeList[] = [
  GENDER,
  ETHNICITY,
  SOURCE,
  YES_NO,
  YES_NO_UNKNOWN,
  PRIMARY_NEED,
  CLOSURE_REASON,
  CASE_STATUS,
  ABUSE_CATEGORY,
  CATEGORY_OF_NEED,
  LEGAL_STATUS,
  PERMANENCE_PLAN,
  REASON_CEASED,
  PLACEMENT_TYPE,
  PLACEMENT_PROVIDER,
  PLACEMENT_LOCATION,
  LA_OF_PLACEMENT,
  ELIGIBILITY,
  LA_IN_TOUCH,
  ACCOMMODATION,
  SUITABILITY,
  ACTIVITY,
  NO_LONGER_ADOPTION,
  LEAVING_REASON,
  ADOPTER_GENDER,
  YES_NO_BARE,
];
