import { findingsOfGroup, groupCells, groupFindings, MESSAGES_PER_GROUP } from "../../src/domain/finding-groups";
import type { Finding } from "../../src/domain/findings";

const ALIAS = "‘Male’ means ‘a) Male’; the return uses the coded form from the drop-down. Use the fix to write it.";
const REQUIRED = "This is blank, but every child needs a value here.";

function finding(row: number, column: number, fields: Partial<Finding> = {}): Finding {
  return {
    list: "childrenInNeed",
    sheet: "Children in need",
    row,
    column,
    heading: column === 1 ? "Gender" : "Date of birth",
    severity: "warning",
    code: "CODE-ALIAS",
    message: ALIAS,
    fix: { value: "a) Male", display: "a) Male" },
    ...fields,
  };
}

const required = (row: number, fields: Partial<Finding> = {}): Finding =>
  finding(row, 3, { severity: "error", code: "REQUIRED-BLANK", message: REQUIRED, fix: undefined, ...fields });

describe("findings grouped by what fixes them", () => {
  it("makes one group of a list, column, rule, message and fix, with every cell's row", () => {
    const groups = groupFindings([finding(1, 1), finding(2, 1), finding(5, 1)]);
    expect(groups).toEqual([
      {
        list: "childrenInNeed",
        sheet: "Children in need",
        column: 1,
        heading: "Gender",
        severity: "warning",
        code: "CODE-ALIAS",
        message: ALIAS,
        fix: { value: "a) Male", display: "a) Male" },
        count: 3,
        rows: [1, 2, 5],
      },
    ]);
    expect(groupCells(groups[0])).toEqual(["B2", "B3", "B6"]);
    expect(groupCells(groups[0], 2)).toEqual(["B2", "B3"]);
  });

  it("parts findings that differ in list, sheet, column, rule, message, fix or severity", () => {
    const base = finding(1, 1);
    const others: Finding[] = [
      finding(2, 1, { list: "contacts" }),
      finding(3, 1, { sheet: "Other" }),
      finding(4, 2),
      finding(5, 1, { code: "CODE-OTHER" }),
      finding(6, 1, { message: "‘M’ means ‘a) Male’." }),
      finding(7, 1, { fix: { value: "b) Female", display: "b) Female" } }),
      finding(8, 1, { severity: "error" }),
      finding(9, 1, { fix: undefined }),
    ];
    const groups = groupFindings([base, ...others, finding(10, 1)]);
    expect(groups).toHaveLength(others.length + 1);
    expect(groups.find((group) => group.count === 2)?.rows).toEqual([1, 10]);
  });

  it("groups findings with no fix by rule, column and message alone, whatever their cells hold", () => {
    const values = ["", " ", null];
    const groups = groupFindings([required(1), required(2), required(3)], (item) => values[item.row - 1]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).not.toHaveProperty("value");
    expect(groups[0].count).toBe(3);
  });

  it("with the cells' values, makes a group with a fix one value too, and says which", () => {
    // Two spellings the message cannot tell apart (a trailing space) are two groups.
    const values = new Map([
      [1, "Male"],
      [2, "Male "],
      [3, "Male"],
    ]);
    const groups = groupFindings([finding(1, 1), finding(2, 1), finding(3, 1)], (item) => values.get(item.row));
    expect(groups.map((group) => [group.value, group.rows])).toEqual([
      ["Male", [1, 3]],
      ["Male ", [2]],
    ]);
    // Without them, the three are one group and none says a value.
    expect(groupFindings([finding(1, 1), finding(2, 1), finding(3, 1)]).map((group) => group.count)).toEqual([3]);
  });

  it("puts errors first, then the largest groups, then the lists in the order found, then as found", () => {
    const findings: Finding[] = [
      finding(1, 1, { list: "contacts", message: "small warning" }),
      finding(1, 1, { message: "large warning" }),
      finding(2, 1, { message: "large warning" }),
      finding(3, 1, { message: "large warning" }),
      required(1, { list: "contacts" }),
      required(2, { message: "error, first list, found second" }),
      required(3, { message: "error, first list, found third" }),
      finding(9, 1, { message: "small warning, second list" }),
    ];
    expect(groupFindings(findings).map((group) => [group.severity, group.message, group.count])).toEqual([
      ["error", REQUIRED, 1],
      ["error", "error, first list, found second", 1],
      ["error", "error, first list, found third", 1],
      ["warning", "large warning", 3],
      ["warning", "small warning", 1],
      ["warning", "small warning, second list", 1],
    ]);
  });

  it("orders ties by the order the lists were found in, not their names", () => {
    const findings = [required(1, { list: "referrals" }), required(1, { list: "contacts" })];
    expect(groupFindings(findings).map((group) => group.list)).toEqual(["referrals", "contacts"]);
  });

  it("puts every finding in exactly one group: the counts add up", () => {
    const findings = Array.from({ length: 500 }, (_, index) =>
      index % 3 === 0 ? required(index) : finding(index, 1 + (index % 2), { message: `m${index % 7}` }),
    );
    const groups = groupFindings(findings);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(findings.length);
    expect(groups.reduce((sum, group) => sum + group.rows.length, 0)).toBe(findings.length);
    expect(new Set(groups.flatMap((group) => groupCells(group))).size).toBe(findings.length);
  });

  it("reads each of 100,000 findings a fixed number of times, however many groups there are", () => {
    // A finding's fields are counted as read: a grouping that went back over the findings (per
    // group, or per finding) would read hundreds of times more than one pass does.
    let reads = 0;
    const fields = Object.keys(finding(0, 1));
    // Getters on one prototype, each counting: as fast as plain fields, unlike a Proxy.
    const prototype = Object.fromEntries(fields.map((field) => [field, undefined]));
    for (const field of fields)
      Object.defineProperty(prototype, field, {
        enumerable: true,
        get(this: { own: Record<string, unknown> }) {
          reads++;
          return this.own[field];
        },
      });
    const counted = (item: Finding): Finding => Object.assign(Object.create(prototype), { own: item }) as Finding;
    for (const distinct of [4, 100_000]) {
      reads = 0;
      const findings = Array.from({ length: 100_000 }, (_, index) =>
        counted(finding(index, 1, { message: `m${index % distinct}` })),
      );
      const groups = groupFindings(findings, () => "Male");
      // 100,000 messages in one place are one group with an example (MESSAGES_PER_GROUP).
      expect(groups).toHaveLength(distinct <= MESSAGES_PER_GROUP ? distinct : 1);
      expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(100_000);
      // One pass reads each field about once, and each group's first finding once more.
      expect(reads).toBeLessThanOrEqual(100_000 * 2 * fields.length + distinct * 2 * fields.length);
    }
  });
});

describe("messages that each name their own row", () => {
  it("keep a place's groups apart up to MESSAGES_PER_GROUP, then make one group with an example", () => {
    const few = Array.from({ length: MESSAGES_PER_GROUP }, (_, index) =>
      finding(index + 1, 1, { message: `‘v${index}’ is not one of the codes.`, fix: undefined }),
    );
    expect(groupFindings(few)).toHaveLength(MESSAGES_PER_GROUP);
    expect(groupFindings(few).some((group) => group.forExample)).toBe(false);

    const many = Array.from({ length: MESSAGES_PER_GROUP + 1 }, (_, index) =>
      finding(MESSAGES_PER_GROUP + 1 - index, 1, { message: `Child C${index} is born on two dates.`, fix: undefined }),
    );
    const [group, ...rest] = groupFindings(many);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({
      forExample: true,
      count: MESSAGES_PER_GROUP + 1,
      message: "Child C0 is born on two dates.",
    });
    expect(group.rows).toEqual(Array.from({ length: MESSAGES_PER_GROUP + 1 }, (_, index) => index + 1));
  });
});

describe("a group's findings", () => {
  it("are the findings of the group's cells, in its rows' order, each in one group", () => {
    const findings = [
      finding(1, 1),
      required(1),
      finding(2, 1, { sheet: "Other" }),
      finding(3, 1),
      required(2),
      ...Array.from({ length: MESSAGES_PER_GROUP + 1 }, (_, index) =>
        finding(60 - index, 2, { code: "TWO-DATES", message: `Child C${index} is born on two dates.`, fix: undefined }),
      ),
    ];
    const groups = groupFindings(findings);
    const members = groups.map((group) => findingsOfGroup(findings, group));
    expect(members.map((inGroup) => inGroup.length)).toEqual(groups.map((group) => group.count));
    groups.forEach((group, index) => expect(members[index].map((item) => item.row)).toEqual(group.rows));
    expect(new Set(members.flat()).size).toBe(findings.length);
    const other = groups.findIndex((group) => group.sheet === "Other");
    expect(members[other]).toEqual([findings[2]]);
  });

  it("are those of some of its rows when asked", () => {
    const findings = [finding(1, 1), finding(2, 1), finding(3, 1)];
    const [group] = groupFindings(findings);
    expect(findingsOfGroup(findings, group, [3])).toEqual([findings[2]]);
    // A row of another group's cell is not this group's.
    expect(findingsOfGroup([...findings, required(4)], group, [4])).toEqual([]);
  });
});
