import { readDateEntry } from "../../src/domain/date-entry";
import { serialFromIso } from "../../src/domain/dates";

const REFERENCE = serialFromIso("2026-11-24")!;

describe("a date typed into the pane", () => {
  it("reads dd/mm/yyyy", () => {
    expect(readDateEntry("01/12/2026", REFERENCE)).toEqual({ ok: true, serial: serialFromIso("2026-12-01") });
  });

  it.each([
    ["31/02/2026", "31/02/2026 is not a real date: February 2026 has 28 days, not 31."],
    ["12/13/2026", "12/13/2026 reads month first; write the day first: 13/12/2026."],
    ["01/15/2026", "01/15/2026 reads month first; write the day first: 15/01/2026."],
    ["1/12/26", "Write the year in full: 01/12/2026?"],
    ["soon", "soon is not a date; write it as dd/mm/yyyy."],
    ["", "Enter the notification date, dd/mm/yyyy."],
  ])("explains %p instead of reverting", (text, problem) => {
    expect(readDateEntry(text, REFERENCE)).toEqual({ ok: false, problem });
  });
});
