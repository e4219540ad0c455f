// SPEC "The focus highlight": a child is in focus when their neglect flag is Y and they are aged
// 7 to 15 inclusive on the reference date (age from the date of birth where it is valid, else
// the age column). Guidance para 8: the deep dive is on children between seven and 15.
import { ageInYears } from "./dates";

export const FOCUS_MIN_AGE = 7;
export const FOCUS_MAX_AGE = 15;

interface ChildFacts {
  readonly value: Readonly<Record<string, unknown>>;
}

/** Age on the reference date: from a valid date of birth, else the age column, else unknown. */
export function childAge(row: ChildFacts, referenceSerial: number): number | undefined {
  const dob = row.value.dateOfBirth;
  if (typeof dob === "number" && dob <= referenceSerial) return ageInYears(dob, referenceSerial);
  const age = row.value.age;
  return typeof age === "number" ? age : undefined;
}

export function isFocusAge(age: number | undefined): boolean {
  return age !== undefined && age >= FOCUS_MIN_AGE && age <= FOCUS_MAX_AGE;
}

export function isInFocus(row: ChildFacts, referenceSerial: number): boolean {
  return row.value.neglect === "Y" && isFocusAge(childAge(row, referenceSerial));
}
