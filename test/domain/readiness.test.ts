import type { CheckedList } from "../../src/domain/readiness";
import { readinessOf } from "../../src/domain/readiness";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { ILACS_2019 } from "../../src/domain/forms/ilacs-2019";
import { serialFromIso } from "../../src/domain/dates";

const TUESDAY = serialFromIso("2026-11-24")!; // notification day: day 0
const WEDNESDAY = TUESDAY + 1;

const clean = (list: string): CheckedList => ({ list, state: "checked", errors: 0 });

describe("readinessOf", () => {
  it("is ready on day 0 when both day-0 lists have rows and no errors, naming what is due later", () => {
    const verdict = readinessOf(JTAI_NEGLECT_2017, [clean("childrenInNeed"), clean("childProtection")], {
      today: TUESDAY,
      notification: TUESDAY,
    });
    expect(verdict.ready).toBe(true);
    expect(verdict.headline).toMatch(/^Ready to send: every list due so far is checked with no errors/);
    expect(verdict.reasons).toEqual([]);
    expect(verdict.dueLater.some((text) => text.startsWith("Contacts is not due until Thursday 26/11/2026"))).toBe(
      true,
    );
  });

  it("names a due list that is empty, even when nothing has an error", () => {
    const verdict = readinessOf(
      JTAI_NEGLECT_2017,
      [clean("childrenInNeed"), { list: "childProtection", state: "empty", errors: 0 }],
      { today: TUESDAY, notification: TUESDAY },
    );
    expect(verdict.ready).toBe(false);
    expect(verdict.reasons).toEqual([
      "Children on a child protection plan is empty (due Tuesday 24/11/2026, end of day).",
    ]);
    expect(verdict.headline).toMatch(/^Not ready to send: Children on a child protection plan needs attention/);
  });

  it("names a due list that is not in the workbook, and one whose headings were not found", () => {
    const verdict = readinessOf(
      JTAI_NEGLECT_2017,
      [{ list: "childrenInNeed", state: "headings not found", errors: 2 }],
      { today: TUESDAY, notification: TUESDAY },
    );
    expect(verdict.ready).toBe(false);
    expect(verdict.reasons).toEqual([
      "Children in need has 2 errors (due Tuesday 24/11/2026, end of day).",
      "Children on a child protection plan is not in the workbook (due Tuesday 24/11/2026, end of day).",
    ]);
  });

  it("blocks on an error in any list, due or not, and never on warnings", () => {
    const verdict = readinessOf(
      JTAI_NEGLECT_2017,
      [clean("childrenInNeed"), clean("childProtection"), { list: "contacts", state: "checked", errors: 1 }],
      { today: TUESDAY, notification: TUESDAY },
    );
    expect(verdict.ready).toBe(false);
    expect(verdict.reasons).toEqual(["Contacts has 1 error (due Thursday 26/11/2026, end of day)."]);
  });

  it("counts a list due today as due, and one due tomorrow as not yet", () => {
    const checked = [clean("childrenInNeed"), clean("childProtection")];
    expect(readinessOf(JTAI_NEGLECT_2017, checked, { today: WEDNESDAY, notification: TUESDAY }).ready).toBe(false);
    expect(readinessOf(JTAI_NEGLECT_2017, checked, { today: TUESDAY, notification: TUESDAY }).ready).toBe(true);
  });

  it("treats every list as due when the workbook gives no notification date, and says so", () => {
    const verdict = readinessOf(JTAI_NEGLECT_2017, [clean("childrenInNeed"), clean("childProtection")], {
      today: TUESDAY,
    });
    expect(verdict.ready).toBe(false);
    expect(verdict.basis).toBe("the workbook gives no notification date, so every list is treated as due");
    expect(verdict.reasons).toContain("Contacts is not in the workbook.");
  });

  it("is never ready when nothing was checked, whatever the errors", () => {
    const verdict = readinessOf(ILACS_2019, [{ list: "contacts", state: "empty", errors: 0 }], { today: TUESDAY });
    expect(verdict.ready).toBe(false);
    expect(verdict.headline).toBe(
      "Not ready to send: nothing was checked, because no list has rows under recognised headings.",
    );
  });

  it("asks for every list of Ofsted's template with the return, and leaves its optional lists out unless present", () => {
    const all = ILACS_2019.lists.filter((list) => !list.optional).map((list) => clean(list.id));
    const verdict = readinessOf(ILACS_2019, all, { today: TUESDAY, notification: TUESDAY });
    expect(verdict.ready).toBe(true);
    expect(verdict.lists).toHaveLength(all.length);
    const withOptional = readinessOf(ILACS_2019, [...all, { list: "multiAgency", state: "checked", errors: 3 }], {
      today: TUESDAY,
    });
    expect(withOptional.ready).toBe(false);
    expect(withOptional.reasons).toHaveLength(1);
  });
});
