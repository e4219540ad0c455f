import { inspectionCalendar, nextTuesday, notificationDateWarning, timeLeftText } from "../../src/domain/calendar";
import { formatUkDate } from "../../src/domain/dates";
import { serial } from "../support/grids";

describe("the inspection calendar (guidance paragraphs 14 to 27)", () => {
  const calendar = inspectionCalendar(serial("2026-11-24"));
  const due = Object.fromEntries(calendar.map((deadline) => [deadline.id, deadline.dueText]));

  it("dates every deadline from a Tuesday notification", () => {
    expect(due).toEqual({
      day0End: "Tuesday 24/11/2026, end of day",
      day1At1500: "Wednesday 25/11/2026, 3pm",
      day1At1730: "Wednesday 25/11/2026, 5.30pm",
      day2At1600: "Thursday 26/11/2026, 4pm",
      day2End: "Thursday 26/11/2026, end of day",
      day3Midday: "Friday 27/11/2026, midday",
      day5End: "Tuesday 01/12/2026, end of day",
      day7End: "Thursday 03/12/2026, end of day",
      week2End: "Friday 04/12/2026, end of day",
    });
  });

  it("is in date order", () => {
    const dates = calendar.map((deadline) => deadline.date);
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  });

  it("warns when the notification date is not a Tuesday, and counts working days from it", () => {
    expect(notificationDateWarning(serial("2026-11-24"))).toBeUndefined();
    expect(notificationDateWarning(serial("2026-11-26"))).toMatch(/is a Thursday/);
    const fromThursday = inspectionCalendar(serial("2026-11-26"));
    expect(fromThursday.find((deadline) => deadline.id === "day1At1500")?.dueText).toBe("Friday 27/11/2026, 3pm");
    expect(fromThursday.find((deadline) => deadline.id === "day2End")?.dueText).toBe("Monday 30/11/2026, end of day");
  });
});

describe("time left", () => {
  const calendar = inspectionCalendar(serial("2026-11-24"));
  const byId = (id: string) => calendar.find((deadline) => deadline.id === id)!;

  it("counts down to each deadline in local time", () => {
    const now = new Date(2026, 10, 24, 9, 0);
    expect(timeLeftText(byId("day0End"), now)).toBe("14 hours 59 minutes left");
    expect(timeLeftText(byId("day1At1500"), now)).toBe("1 day 6 hours left");
    expect(timeLeftText(byId("day0End"), new Date(2026, 10, 25, 1, 0))).toBe("passed 1 hour 1 minute ago");
    expect(timeLeftText(byId("day3Midday"), new Date(2026, 10, 27, 12, 0))).toBe("0 minutes left");
  });
});

describe("the default notification date", () => {
  it("is the Tuesday on or after today", () => {
    expect(formatUkDate(nextTuesday(serial("2026-11-23")))).toBe("24/11/2026");
    expect(formatUkDate(nextTuesday(serial("2026-11-24")))).toBe("24/11/2026");
    expect(formatUkDate(nextTuesday(serial("2026-11-25")))).toBe("01/12/2026");
  });
});
