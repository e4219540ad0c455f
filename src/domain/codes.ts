// The code lists of SPEC.md "Code lists", written once. Drop-downs, the Codes sheet, zod enums and
// the recognition of other spellings are all derived from these tables.
import { codeKey, editDistance, headingKey } from "./text";
import { remembered } from "./remembered";

export interface CodeValue {
  /** What the return should hold, e.g. "a) Male". */
  readonly canonical: string;
  /** The short code a system may export on its own ("WBRI", "N1", "RC3", "1A"), if any. */
  readonly code?: string;
  /** Other spellings that mean this value with certainty. */
  readonly aliases?: readonly string[];
  /** The letter returns put before it ("a) Yes"), when the canonical form does not show one. */
  readonly letter?: string;
}

export interface CodeList {
  readonly id: CodeListId;
  /** Shown above the list on the Codes sheet and in messages. */
  readonly title: string;
  readonly values: readonly CodeValue[];
  /** The value several of the list's values together mean ("Neglect, Emotional" is Multiple). */
  readonly combined?: string;
}

export const CODE_LIST_IDS = [
  "yesNo",
  "gender",
  "ethnicity",
  "primaryNeed",
  "abuseCategory",
  "closureReason",
  "source",
  "statusCinCp",
  "statusCinCpCla",
  "meetingType",
] as const;
export type CodeListId = (typeof CODE_LIST_IDS)[number];

const YES_NO: CodeList = {
  id: "yesNo",
  title: "Y/N",
  values: [
    { canonical: "Y", letter: "a", aliases: ["yes", "a) yes", "true", "1"] },
    { canonical: "N", letter: "b", aliases: ["no", "b) no", "false", "0"] },
  ],
};

const GENDER: CodeList = {
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

// [letter, census code, description]
const ETHNICITIES = [
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

const ETHNICITY: CodeList = {
  id: "ethnicity",
  title: "Ethnicity",
  values: ETHNICITIES.map(([letter, code, description]) => ({
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

const PRIMARY_NEED: CodeList = {
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

const ABUSE_CATEGORY: CodeList = {
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

const CLOSURE_REASON: CodeList = {
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

const SOURCE: CodeList = {
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

const STATUS_CIN_CP: CodeList = {
  id: "statusCinCp",
  title: "Status (child in need or child protection plan)",
  values: [CHILD_IN_NEED, CHILD_PROTECTION_PLAN],
};

// Guidance para 15: only the positive-engagement list may include children looked after.
const STATUS_CIN_CP_CLA: CodeList = {
  id: "statusCinCpCla",
  title: "Status (including child looked after)",
  values: [CHILD_IN_NEED, CHILD_PROTECTION_PLAN, CHILD_LOOKED_AFTER],
};

// Guidance para 24: the multi-agency meetings to tell the lead inspector about.
const MEETING_TYPE: CodeList = {
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

export const CODE_LISTS: Readonly<Record<CodeListId, CodeList>> = {
  yesNo: YES_NO,
  gender: GENDER,
  ethnicity: ETHNICITY,
  primaryNeed: PRIMARY_NEED,
  abuseCategory: ABUSE_CATEGORY,
  closureReason: CLOSURE_REASON,
  source: SOURCE,
  statusCinCp: STATUS_CIN_CP,
  statusCinCpCla: STATUS_CIN_CP_CLA,
  meetingType: MEETING_TYPE,
};

export function canonicalValues(listId: CodeListId): string[] {
  return CODE_LISTS[listId].values.map((value) => value.canonical);
}

/** "a) Male" -> { letter: "a", rest: "Male" }; anything else -> undefined. */
function splitLetterPrefix(text: string): { letter: string; rest: string } | undefined {
  const match = /^([a-z])\s*[).]\s*(.+)$/i.exec(text);
  return match ? { letter: match[1].toLowerCase(), rest: match[2] } : undefined;
}

function letterOf(value: CodeValue): string | undefined {
  return value.letter ?? splitLetterPrefix(value.canonical)?.letter;
}

interface Recogniser {
  /** Canonical values as written, each with its reading: the common case, found without normalising. */
  canonical: Map<string, CodeReading>;
  /** What other text reads as, each spelling worked out once (remembered). */
  read: (raw: string) => CodeReading;
  exact: Map<string, CodeValue>;
  /** Letters and digits only: "White - British" and "N1: Abuse or neglect" as a last resort. */
  loose: Map<string, CodeValue>;
  byCode: Map<string, CodeValue>;
  byLetter: Map<string, CodeValue>;
}

const recognisers = new Map<CodeListId, Recogniser>();

function recogniserFor(listId: CodeListId): Recogniser {
  let recogniser = recognisers.get(listId);
  if (!recogniser) {
    const exact = new Map<string, CodeValue>();
    const byCode = new Map<string, CodeValue>();
    const byLetter = new Map<string, CodeValue>();
    for (const value of CODE_LISTS[listId].values) {
      exact.set(codeKey(value.canonical), value);
      const prefixed = splitLetterPrefix(value.canonical);
      if (prefixed) exact.set(codeKey(prefixed.rest), value);
      for (const alias of value.aliases ?? []) exact.set(codeKey(alias), value);
      if (value.code) {
        exact.set(codeKey(value.code), value);
        byCode.set(codeKey(value.code), value);
      }
      const letter = letterOf(value);
      if (letter) byLetter.set(letter, value);
    }
    const loose = new Map<string, CodeValue>();
    for (const [key, value] of exact) {
      const looseKey = headingKey(key);
      if (looseKey !== "" && !loose.has(looseKey)) loose.set(looseKey, value);
    }
    recogniser = {
      canonical: new Map(
        CODE_LISTS[listId].values.map((value) => [value.canonical, { kind: "value", canonical: value.canonical }]),
      ),
      read: remembered((raw: string) => readCodeOf(listId, raw)),
      exact,
      byCode,
      loose,
      byLetter,
    };
    recognisers.set(listId, recogniser);
  }
  return recogniser;
}

/**
 * What a cell of a coded column says: one value for certain; two or more readings that disagree
 * ("7 - Police": 7 is another legal agency, Police is 6; "b) Male": b is Female); or nothing known.
 */
export type CodeReading =
  | { readonly kind: "value"; readonly canonical: string }
  | { readonly kind: "conflict"; readonly readings: readonly string[] }
  | { readonly kind: "none" };

const NONE: CodeReading = { kind: "none" };

/** The parts of "code - label", "label [code]", "code: label" or "a - b - c", each read alone. */
function partsOf(body: string): string[] {
  const brackets = [...body.matchAll(/\[([^\]]*)\]|\(([^)]*)\)/g)].map((match) => (match[1] ?? match[2]).trim());
  const rest = body
    .replace(/\[[^\]]*\]|\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const segments = rest.split(/\s+-\s+|\s*:\s*|\s*;\s*/).map((part) => part.trim());
  return [rest, ...brackets, ...(segments.length > 1 ? segments : [])].filter((part) => part !== "");
}

/**
 * Reads a coded cell. Accepts the canonical form in any case, the bare code, the description,
 * "letter) label", and code-and-label forms ("1 - Male", "WBRI - White British",
 * "White - British [WBRI]", "q) 6: Police") when every part that means something means the same
 * value. A census code decides over a letter: Ofsted's ILACS letters differ from this Annex A's
 * ("s) NOBT" is t) NOBT here). Where parts or letter and words disagree, both readings are given.
 */
export function readCode(listId: CodeListId, raw: string | number | boolean): CodeReading {
  const { canonical, read } = recogniserFor(listId);
  if (typeof raw !== "string") return readCodeOf(listId, raw);
  return canonical.get(raw) ?? read(raw);
}

function readCodeOf(listId: CodeListId, raw: string | number | boolean): CodeReading {
  const { exact, byCode, loose, byLetter } = recogniserFor(listId);
  const key = codeKey(String(raw));
  if (key === "") return NONE;
  const direct = exact.get(key);
  if (direct) return { kind: "value", canonical: direct.canonical };

  const prefixed = splitLetterPrefix(key);
  const body = prefixed ? prefixed.rest : key;
  const lookup = (part: string) => exact.get(part) ?? loose.get(headingKey(part));
  const found = new Map<string, CodeValue>();
  let byItsCode = false;
  const whole = lookup(body);
  if (whole) {
    found.set(whole.canonical, whole);
    byItsCode = byCode.get(body) === whole;
  } else {
    for (const part of partsOf(body)) {
      const value = lookup(part);
      if (!value) continue;
      found.set(value.canonical, value);
      if (byCode.get(part) === value) byItsCode = true;
    }
    if (found.size === 0) {
      const leadingCode = /^([a-z0-9]+)(?:\s*[:\-.]\s*|\s+)/.exec(body)?.[1];
      const value = leadingCode ? byCode.get(leadingCode) : undefined;
      if (value) {
        found.set(value.canonical, value);
        byItsCode = true;
      }
    }
    const combined = CODE_LISTS[listId].combined;
    if (found.size === 0 && combined) {
      // "Neglect, Emotional": several categories at once are the list's combined value.
      const pieces = body.split(/\s*(?:,|&|\+|\/|\band\b)\s*/).filter((piece) => piece !== "");
      const values = pieces.map(lookup);
      if (pieces.length > 1 && values.every((value) => value !== undefined)) {
        const distinct = new Set(values.map((value) => value!.canonical));
        return { kind: "value", canonical: distinct.size === 1 ? [...distinct][0] : combined };
      }
    }
  }
  if (found.size > 1) return { kind: "conflict", readings: [...found.keys()] };
  const [value] = found.values();
  if (!value) return NONE;
  const letter = letterOf(value);
  if (prefixed && letter && prefixed.letter !== letter && !byItsCode) {
    const byLetterValue = byLetter.get(prefixed.letter);
    return byLetterValue ? { kind: "conflict", readings: [byLetterValue.canonical, value.canonical] } : NONE;
  }
  return { kind: "value", canonical: value.canonical };
}

/** The canonical value a cell means, when the meaning is certain; otherwise undefined. */
export function recogniseCode(listId: CodeListId, raw: string | number | boolean): string | undefined {
  const reading = readCode(listId, raw);
  return reading.kind === "value" ? reading.canonical : undefined;
}

/** A column's own spellings of its values, before its code list ("Seen alone" in the seen-alone column). */
export interface ValueColumn {
  readonly codeList?: CodeListId;
  readonly valueAliases?: Readonly<Record<string, readonly string[]>>;
}

/** Reads a cell of a coded or Y/N column, with the column's own spellings first. */
export function readColumnCode(column: ValueColumn, raw: string | number | boolean): CodeReading {
  if (column.valueAliases && typeof raw === "string") {
    const key = codeKey(raw);
    for (const [canonical, aliases] of Object.entries(column.valueAliases)) {
      if (aliases.some((alias) => codeKey(alias) === key)) return { kind: "value", canonical };
    }
  }
  return column.codeList ? readCode(column.codeList, raw) : NONE;
}

export function recogniseColumnCode(column: ValueColumn, raw: string | number | boolean): string | undefined {
  const reading = readColumnCode(column, raw);
  return reading.kind === "value" ? reading.canonical : undefined;
}

/** Per code list, the nearest code to each typo, worked out once: the same typo comes back row after row. */
const nearestCodes: Partial<Record<CodeListId, (raw: string) => string | undefined>> = {};

/** The nearest canonical value to a typo ("NPBT" -> "t) NOBT"), for a hint only, never a fix. */
export function nearestCode(listId: CodeListId, raw: string): string | undefined {
  return (nearestCodes[listId] ??= remembered((typo: string) => findNearestCode(listId, typo)))(raw);
}

function findNearestCode(listId: CodeListId, raw: string): string | undefined {
  const key = codeKey(raw).replace(/^[a-z]\s*[).]\s*/, "");
  if (key.length < 2) return undefined;
  const tolerance = key.length <= 5 ? 1 : 2;
  let best: { value: CodeValue; distance: number } | undefined;
  for (const value of CODE_LISTS[listId].values) {
    const candidates = [value.code, value.canonical.replace(/^[a-z]\)\s*/i, "")].filter(
      (candidate): candidate is string =>
        candidate !== undefined && Math.abs(candidate.length - key.length) <= tolerance,
    );
    for (const candidate of candidates) {
      const distance = editDistance(key, codeKey(candidate));
      if (!best || distance < best.distance) best = { value, distance };
    }
  }
  return best && best.distance <= tolerance ? best.value.canonical : undefined;
}

/** The category-of-abuse value that means neglect ("a) Neglect"). */
export const NEGLECT_CATEGORY = ABUSE_CATEGORY.values[0].canonical;
