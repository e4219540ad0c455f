// Code lists and how a cell's text is read against one. Each form holds its own code lists (the
// 2017 guidance's in forms/jtai-codes.ts); drop-downs, the Codes sheet, zod enums and the
// recognition of other spellings are all derived from them.
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
  /** Other spellings the form itself writes for this value (Ofsted's guidance and code sheet differ): right as they are. */
  readonly spellings?: readonly string[];
}

export interface CodeList {
  /** Unique within its form; the template's Codes sheet names its ranges after it. */
  readonly id: string;
  /** Shown above the list on the Codes sheet and in messages. */
  readonly title: string;
  readonly values: readonly CodeValue[];
  /** The value several of the list's values together mean ("Neglect, Emotional" is Multiple). */
  readonly combined?: string;
}

export function canonicalValues(list: CodeList): string[] {
  return list.values.map((value) => value.canonical);
}

/** What a cell of the list may hold with no finding: each canonical value and the form's own other spellings. */
export function acceptedValues(list: CodeList): string[] {
  return list.values.flatMap((value) => [value.canonical, ...(value.spellings ?? [])]);
}

/** Per code list, its accepted values as a set, made once: asked for every cell another form may write. */
const acceptedSets = new WeakMap<CodeList, ReadonlySet<string>>();

/** Whether a cell's text is one the list accepts as it is (acceptedValues), without building the list each time. */
export function isAcceptedValue(list: CodeList, text: string): boolean {
  let accepted = acceptedSets.get(list);
  if (!accepted) {
    accepted = new Set(acceptedValues(list));
    acceptedSets.set(list, accepted);
  }
  return accepted.has(text);
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

const recognisers = new WeakMap<CodeList, Recogniser>();

function recogniserFor(list: CodeList): Recogniser {
  let recogniser = recognisers.get(list);
  if (!recogniser) {
    const exact = new Map<string, CodeValue>();
    const byCode = new Map<string, CodeValue>();
    const byLetter = new Map<string, CodeValue>();
    for (const value of list.values) {
      exact.set(codeKey(value.canonical), value);
      for (const spelling of value.spellings ?? []) exact.set(codeKey(spelling), value);
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
        list.values.flatMap((value) =>
          [value.canonical, ...(value.spellings ?? [])].map((text): [string, CodeReading] => [
            text,
            { kind: "value", canonical: value.canonical },
          ]),
        ),
      ),
      read: remembered((raw: string) => readCodeOf(list, raw)),
      exact,
      byCode,
      loose,
      byLetter,
    };
    recognisers.set(list, recogniser);
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
export function readCode(list: CodeList, raw: string | number | boolean): CodeReading {
  const { canonical, read } = recogniserFor(list);
  if (typeof raw !== "string") return readCodeOf(list, raw);
  return canonical.get(raw) ?? read(raw);
}

function readCodeOf(list: CodeList, raw: string | number | boolean): CodeReading {
  const { exact, byCode, loose, byLetter } = recogniserFor(list);
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
    const combined = list.combined;
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

/** The CIN census code of the category of abuse that is neglect, in every form's category list. */
export const NEGLECT_CODE = "NEG";

/** Whether a recognised value is the code list's value with this census code (NEGLECT_CODE). */
export function hasCode(list: CodeList | undefined, value: unknown, code: string): boolean {
  return list?.values.some((entry) => entry.code === code && entry.canonical === value) ?? false;
}

/** The canonical value a cell means, when the meaning is certain; otherwise undefined. */
export function recogniseCode(list: CodeList, raw: string | number | boolean): string | undefined {
  const reading = readCode(list, raw);
  return reading.kind === "value" ? reading.canonical : undefined;
}

/** A column's own spellings of its values, before its code list ("Seen alone" in the seen-alone column). */
export interface ValueColumn {
  readonly codeList?: CodeList;
  readonly valueAliases?: Readonly<Record<string, readonly string[]>>;
}

/** Per column's own spellings, each spelling's key -> its value, worked out once: a team's table may hold hundreds. */
const ownSpellings = new WeakMap<Readonly<Record<string, readonly string[]>>, Map<string, CodeReading>>();

function ownSpellingsOf(aliases: Readonly<Record<string, readonly string[]>>): Map<string, CodeReading> {
  let byKey = ownSpellings.get(aliases);
  if (!byKey) {
    byKey = new Map();
    for (const [canonical, spellings] of Object.entries(aliases))
      for (const spelling of spellings) byKey.set(codeKey(spelling), { kind: "value", canonical });
    ownSpellings.set(aliases, byKey);
  }
  return byKey;
}

/** Reads a cell of a coded or Y/N column, with the column's own spellings first (a local code may be a number: 1, 12). */
export function readColumnCode(column: ValueColumn, raw: string | number | boolean): CodeReading {
  if (column.valueAliases && typeof raw !== "boolean") {
    const own = ownSpellingsOf(column.valueAliases).get(codeKey(String(raw)));
    if (own) return own;
  }
  return column.codeList ? readCode(column.codeList, raw) : NONE;
}

export function recogniseColumnCode(column: ValueColumn, raw: string | number | boolean): string | undefined {
  const reading = readColumnCode(column, raw);
  return reading.kind === "value" ? reading.canonical : undefined;
}

/** Per code list, the nearest code to each typo, worked out once: the same typo comes back row after row. */
const nearestCodes = new WeakMap<CodeList, (raw: string) => string | undefined>();

/** The nearest canonical value to a typo ("NPBT" -> "t) NOBT"), for a hint only, never a fix. */
export function nearestCode(list: CodeList, raw: string): string | undefined {
  let nearest = nearestCodes.get(list);
  if (!nearest) {
    nearest = remembered((typo: string) => findNearestCode(list, typo));
    nearestCodes.set(list, nearest);
  }
  return nearest(raw);
}

function findNearestCode(list: CodeList, raw: string): string | undefined {
  const key = codeKey(raw).replace(/^[a-z]\s*[).]\s*/, "");
  if (key.length < 2) return undefined;
  const tolerance = key.length <= 5 ? 1 : 2;
  let best: { value: CodeValue; distance: number } | undefined;
  for (const value of list.values) {
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
