// The inspection calendar (guidance paragraphs 14 to 27). The local authority is notified on the
// Tuesday of week one ("day zero"); every deadline counts working days from that date.
import { addWorkingDays, formatUkDate, weekday, WEEKDAY_NAMES } from "./dates";

export const DEADLINE_IDS = [
  "day0End",
  "day1At1500",
  "day1At1730",
  "day2At1600",
  "day2End",
  "day3Midday",
  "day5End",
  "day7End",
  "week2End",
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

export interface DeadlineSpec {
  readonly id: DeadlineId;
  /** Working days after the notification date; "week two" is the Friday of the second week. */
  readonly day: number | "fridayOfWeekTwo";
  /** 24-hour "hh:mm", or undefined for the end of the day. */
  readonly time?: string;
  readonly who: "Local authority" | "Lead inspector";
  readonly what: string;
  readonly guidance: string;
}

export const DEADLINES: readonly DeadlineSpec[] = [
  {
    id: "day0End",
    day: 0,
    who: "Local authority",
    what: "Lists of children in need and children on a child protection plan",
    guidance: "14",
  },
  {
    id: "day1At1500",
    day: 1,
    time: "15:00",
    who: "Local authority",
    what: "Three lists of up to 10 cases: multi-agency involvement; positive engagement; youth offending or probation involvement",
    guidance: "15",
  },
  {
    id: "day1At1730",
    day: 1,
    time: "17:30",
    who: "Lead inspector",
    what: "Select 20 children from all the lists",
    guidance: "17",
  },
  {
    id: "day2At1600",
    day: 2,
    time: "16:00",
    who: "Local authority",
    what: "Four Y/N facts about each of the 20 selected children",
    guidance: "17",
  },
  {
    id: "day2End",
    day: 2,
    who: "Local authority",
    what: "Child-level lists: contacts, early help, referrals, assessments, section 47 enquiries",
    guidance: "21",
  },
  {
    id: "day3Midday",
    day: 3,
    time: "12:00",
    who: "Lead inspector",
    what: "Select 5 to 7 of the 20 children for joint evaluation",
    guidance: "18",
  },
  {
    id: "day5End",
    day: 5,
    who: "Local authority",
    what: "Key case documents; multi-agency meetings in the fieldwork week; other information 1.1 to 6.5",
    guidance: "22, 24, 26",
  },
  { id: "day7End", day: 7, who: "Local authority", what: "Joint evaluations of the 5 to 7 children", guidance: "25" },
  {
    id: "week2End",
    day: "fridayOfWeekTwo",
    who: "Local authority",
    what: "Consent to meet children and families, or the reasons why not",
    guidance: "27",
  },
];

export interface Deadline extends DeadlineSpec {
  /** The due date as a serial day number. */
  readonly date: number;
  /** "Tuesday 24/11/2026, end of day" */
  readonly dueText: string;
}

const FRIDAY = 5;

export function deadlineDate(spec: DeadlineSpec, notificationSerial: number): number {
  if (spec.day === "fridayOfWeekTwo") {
    const daysToFriday = (FRIDAY - weekday(notificationSerial) + 7) % 7;
    return notificationSerial + daysToFriday + 7;
  }
  return addWorkingDays(notificationSerial, spec.day);
}

export function timeText(time: string | undefined): string {
  if (time === undefined) return "end of day";
  const [hours, minutes] = time.split(":").map(Number);
  if (hours === 12 && minutes === 0) return "midday";
  const suffix = hours >= 12 ? "pm" : "am";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}.${String(minutes).padStart(2, "0")}${suffix}`;
}

/** Every deadline of the inspection, in date order, from the notification date. */
export function inspectionCalendar(notificationSerial: number): Deadline[] {
  return DEADLINES.map((spec) => {
    const date = deadlineDate(spec, notificationSerial);
    return { ...spec, date, dueText: `${WEEKDAY_NAMES[weekday(date)]} ${formatUkDate(date)}, ${timeText(spec.time)}` };
  });
}

const TUESDAY = 2;

/** The Tuesday on or after a date: the usual notification day (guidance para 14). */
export function nextTuesday(serial: number): number {
  return serial + ((TUESDAY - weekday(serial) + 7) % 7);
}

/** Guidance para 14: notification is on a Tuesday. Other days are allowed but worth saying. */
export function notificationDateWarning(notificationSerial: number): string | undefined {
  const day = weekday(notificationSerial);
  return day === TUESDAY
    ? undefined
    : `${formatUkDate(notificationSerial)} is a ${WEEKDAY_NAMES[day]}; inspections are normally notified on a Tuesday (guidance para 14). Deadlines are counted in working days from it.`;
}

/** The moment a deadline falls due, in local time; "end of day" is 23:59. */
export function dueMoment(deadline: Deadline): Date {
  const start = new Date(Date.UTC(1899, 11, 30) + deadline.date * 86_400_000);
  const [hours, minutes] = (deadline.time ?? "23:59").split(":").map(Number);
  return new Date(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate(), hours, minutes);
}

/** "2 days 3 hours left", "45 minutes left", "passed 1 day 2 hours ago". */
export function timeLeftText(deadline: Deadline, now: Date): string {
  const ms = dueMoment(deadline).getTime() - now.getTime();
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts =
    days > 0
      ? [unit(days, "day"), unit(hours, "hour")]
      : hours > 0
        ? [unit(hours, "hour"), unit(minutes, "minute")]
        : [unit(minutes, "minute")];
  const text = parts.filter((part) => !part.startsWith("0 ")).join(" ") || "0 minutes";
  return ms >= 0 ? `${text} left` : `passed ${text} ago`;
}

const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
