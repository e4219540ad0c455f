// Rows on each side of the focus rule, for the tests that hold the workbook's highlight formula
// to the engine (HyperFormula in test/domain, LibreOffice in test/write).
import { REFERENCE, serial, type RowByKey } from "./grids";

export const FOCUS_CASES: [string, RowByKey][] = [
  ["11, flag Y", {}],
  ["flag N", { neglect: "N" }],
  ["flag blank", { neglect: null }],
  ["flag yes", { neglect: "yes" }],
  ["flag y with spaces", { neglect: " y " }],
  ["flag a) Yes", { neglect: "a) Yes" }],
  ["flag TRUE", { neglect: true }],
  ["7 on the reference date", { dateOfBirth: serial("2019-11-24"), age: 7 }],
  ["6, 7 tomorrow", { dateOfBirth: serial("2019-11-25"), age: 6 }],
  ["15, 16 tomorrow", { dateOfBirth: serial("2010-11-25"), age: 15 }],
  ["16 on the reference date", { dateOfBirth: serial("2010-11-24"), age: 16 }],
  ["born 29 February 2016", { dateOfBirth: serial("2016-02-29"), age: 10 }],
  ["unborn", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 40 }],
  ["no date of birth, age 9", { dateOfBirth: null, age: 9 }],
  ["no date of birth, age 9 as text", { dateOfBirth: null, age: "9" }],
  ["no date of birth, age 16", { dateOfBirth: null, age: 16 }],
  ["no date of birth, fractional age 9.5", { dateOfBirth: null, age: 9.5 }],
  ["no date of birth or age", { dateOfBirth: null, age: null }],
  ["date of birth wins over a wrong age", { dateOfBirth: serial("2020-01-01"), age: 9 }],
  ["date of birth after the reference date, age 8", { dateOfBirth: REFERENCE + 5, age: 8 }],
];
