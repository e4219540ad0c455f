import fc from "fast-check";
import {
  addMonths,
  addWorkingDays,
  ageInYears,
  formatUkDate,
  readDate,
  serialFromIso,
  weekday,
  isRealDate,
  ymdFromSerial,
} from "../../src/domain/dates";
import { REFERENCE, serial } from "../support/grids";

describe("Excel serials", () => {
  it("match Excel's 1900 date system", () => {
    expect(serialFromIso("1900-03-01")).toBe(61);
    expect(serialFromIso("2026-11-24")).toBe(46350);
    expect(formatUkDate(46350)).toBe("24/11/2026");
  });

  it("fall on the days of Date's calendar, by arithmetic (every day from 1790 to 2228, and any serial)", () => {
    const byDate = (serial: number) => {
      const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    };
    for (let serial = -40_000; serial <= 120_000; serial++) {
      const { year, month, day } = ymdFromSerial(serial);
      const expected = byDate(serial);
      if (year !== expected.year || month !== expected.month || day !== expected.day)
        expect([serial, year, month, day]).toEqual([serial, expected.year, expected.month, expected.day]);
    }
    const anySerial = fc.oneof(fc.double(), fc.integer({ min: -110_000_000, max: 110_000_000 }));
    fc.assert(
      fc.property(anySerial, (serial) => expect(ymdFromSerial(serial)).toEqual(byDate(serial))),
      { numRuns: 10_000 },
    );
  });

  it("count ages and month lengths by arithmetic as Date's calendar does", () => {
    const byDate = (serial: number) => {
      const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    };
    const ageByDate = (dob: number, on: number) => {
      const [born, then] = [byDate(dob), byDate(on)];
      const birthdayToCome = then.month < born.month || (then.month === born.month && then.day < born.day);
      return then.year - born.year - (birthdayToCome ? 1 : 0);
    };
    const anySerial = fc.oneof(fc.integer({ min: -800_000, max: 3_000_000 }), fc.double());
    fc.assert(
      fc.property(anySerial, anySerial, (dob, on) => expect(ageInYears(dob, on)).toEqual(ageByDate(dob, on))),
      { numRuns: 20_000 },
    );
    for (let dob = 40_000; dob < 40_800; dob++) expect(ageInYears(dob, 46_350)).toBe(ageByDate(dob, 46_350));
    const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (const year of [0, 4, 99, 100, 1900, 2000, 2024, 2026, 9999, 200_001, 1.5, -4])
      for (let month = 0; month <= 13; month++)
        for (const day of [28, 29, 30, 31])
          expect(isRealDate({ year, month, day })).toBe(
            Number.isInteger(year) && month >= 1 && month <= 12 && day <= monthEnd(year, month),
          );
  });

  it("know the day of the week", () => {
    expect(weekday(serial("2026-11-24"))).toBe(2); // a Tuesday
  });
});

describe("readDate", () => {
  const cases: [unknown, string, string?][] = [
    [46350, "date", "24/11/2026"],
    [46350.75, "date", "24/11/2026"],
    ["24/11/2026", "date", "24/11/2026"],
    ["1/2/2019", "date", "01/02/2019"],
    ["24-11-2026", "date", "24/11/2026"],
    ["24.11.2026", "date", "24/11/2026"],
    ["24/11/2026 00:00", "date", "24/11/2026"],
    ["2026-11-24", "date", "24/11/2026"],
    ["2026-11-24T00:00:00Z", "date", "24/11/2026"],
    ["12 May 2019", "date", "12/05/2019"],
    ["12-May-2019", "date", "12/05/2019"],
    ["12-Apr-19", "two-digit-year", "12/04/2019"],
    ["\u00a024/11/2026 ", "date", "24/11/2026"],
    ["01/02/15", "two-digit-year", "01/02/2015"],
    ["01/02/99", "two-digit-year", "01/02/1999"],
    ["01/02/27", "two-digit-year", "01/02/2027"],
    ["38/04/2019", "impossible"],
    ["29/02/2019", "impossible"],
    ["31/04/2020", "impossible"],
    ["04/23/2019", "us-order"],
    ["13/13/2019", "impossible"],
    ["unknown", "not-a-date"],
    ["", "not-a-date"],
    [true, "not-a-date"],
    [-5, "not-a-date"],
    [3_000_000, "not-a-date"],
    ["2019-02-30", "impossible"],
  ];
  // Every row gets three values: Jest reads a test function of more parameters than values as async.
  it.each(cases.map(([raw, kind, uk]): [unknown, string, string] => [raw, kind, uk ?? ""]))(
    "%p reads as %s",
    (raw, kind, uk) => {
      const reading = readDate(raw, REFERENCE);
      expect(reading.kind).toBe(kind);
      if (uk && "serial" in reading) expect(formatUkDate(reading.serial)).toBe(uk);
    },
  );
});

describe("ages and windows", () => {
  it.each([
    ["2015-11-24", "2026-11-24", 11],
    ["2015-11-25", "2026-11-24", 10],
    ["2016-02-29", "2027-02-28", 10],
    ["2016-02-29", "2027-03-01", 11],
    ["2016-02-29", "2028-02-29", 12],
    ["2026-11-24", "2026-11-24", 0],
  ])("born %s is on %s aged %i", (dob, on, age) => {
    expect(ageInYears(serial(dob), serial(on))).toBe(age);
  });

  it("counts months back, clamped to the month's end", () => {
    expect(formatUkDate(addMonths(serial("2026-11-24"), -3))).toBe("24/08/2026");
    expect(formatUkDate(addMonths(serial("2026-05-31"), -3))).toBe("28/02/2026");
    expect(formatUkDate(addMonths(serial("2026-01-15"), -6))).toBe("15/07/2025");
  });

  it("skips weekends when counting working days", () => {
    expect(formatUkDate(addWorkingDays(serial("2026-11-27"), 1))).toBe("30/11/2026");
    expect(formatUkDate(addWorkingDays(serial("2026-11-24"), 5))).toBe("01/12/2026");
  });
});
