// The catalogue's headings are SPEC.md's, to the letter. SPEC.md sits in ../shared beside the
// repository (as in CI); the comparison reads it rather than a copy, so the two cannot drift.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listOf, listsWithRole, type ListId } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { headingKey } from "../../src/domain/text";

const SPEC_PATH = join(__dirname, "../../../shared/SPEC.md");
const hasSpec = existsSync(SPEC_PATH);
if (!hasSpec)
  console.warn(`Skipping "headings against SPEC.md": there is no ${SPEC_PATH} beside the repository (CI has one).`);
// Jest runs a skipped describe's body to collect its tests, so nothing there reads SPEC.md until a test runs.
const describeWithSpec = hasSpec ? describe : describe.skip;
const readSpec = () => readFileSync(SPEC_PATH, "utf8");

/** SPEC.md's heading lists: numbered items, or one "a; b; c" paragraph, under each "###" title. */
function specHeadings(): Map<string, string[]> {
  const sections = readSpec().split(/^### /m).slice(1);
  const result = new Map<string, string[]>();
  for (const section of sections) {
    const [title, ...body] = section.split("\n");
    const numbered = body.filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/^\d+\. /, "").trim());
    if (numbered.length > 0) {
      result.set(title, numbered);
      continue;
    }
    const paragraph = body
      .join("\n")
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\n/g, " ").trim())
      .find((block) => block.startsWith("Child unique ID;"));
    if (paragraph)
      result.set(
        title,
        paragraph.split(";").map((heading) => heading.trim()),
      );
  }
  return result;
}

const SECTION_OF: Partial<Record<ListId, string>> = {
  childrenInNeed: "Children in need",
  childProtection: "Children on a child protection plan",
  contacts: "Contacts",
  earlyHelp: "Early help",
  referrals: "Referrals",
  assessments: "Assessments",
  section47: "Section 47",
};

describeWithSpec("headings against SPEC.md", () => {
  let spec: Map<string, string[]> | undefined;
  const section = (prefix: string) =>
    [...(spec ??= specHeadings()).entries()].find(([title]) => title.startsWith(prefix))?.[1];

  it.each(Object.entries(SECTION_OF))("%s has exactly SPEC's headings in SPEC's order", (listId, prefix) => {
    const expected = section(prefix!);
    expect(expected).toBeDefined();
    expect(listOf(JTAI_NEGLECT_2017, listId as ListId).columns.map((column) => column.heading)).toEqual(expected);
  });

  it("asks the four Y/N facts of the 20 selected children, after the child unique ID", () => {
    expect(listOf(JTAI_NEGLECT_2017, "selectedChildren").columns.map((column) => column.heading)).toEqual([
      "Child unique ID",
      ...section("The 20 selected children")!,
    ]);
  });

  it("gives each 10-case list SPEC's columns: child unique ID and status", () => {
    const text = readSpec();
    const columns = /### The three lists of 10 cases[\s\S]*?Columns: ([^.]+)\./
      .exec(text)?.[1]
      .split(";")
      .map((heading) => heading.trim().toLowerCase());
    expect(columns).toEqual(["child unique id", "status"]);
    for (const id of listsWithRole(JTAI_NEGLECT_2017, "tenCase"))
      expect(listOf(JTAI_NEGLECT_2017, id).columns.map((column) => column.heading.toLowerCase())).toEqual(columns);
  });
});

describe("the catalogue", () => {
  it("keeps the guidance's own spellings", () => {
    expect(listOf(JTAI_NEGLECT_2017, "childrenInNeed").columns[4].heading).toBe("If unborn: expected date of birth");
    expect(listOf(JTAI_NEGLECT_2017, "contacts").columns[4].heading).toBe("If unborn, expected date of birth");
    expect(listOf(JTAI_NEGLECT_2017, "assessments").columns[5].heading).toBe("Age of child (Years)");
    expect(listOf(JTAI_NEGLECT_2017, "referrals").columns[8].heading).toBe("Referral – no further action? (Y/N)");
  });

  it("uses sheet and table names Excel accepts, each once", () => {
    const sheets = [...JTAI_NEGLECT_2017.lists, ...JTAI_NEGLECT_2017.checklists].map((item) => item.sheetName);
    const tables = [...JTAI_NEGLECT_2017.lists, ...JTAI_NEGLECT_2017.checklists].map((item) => item.tableName);
    expect(new Set(sheets).size).toBe(sheets.length);
    expect(new Set(tables).size).toBe(tables.length);
    for (const name of sheets) expect(name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
    for (const name of tables) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it("gives no two columns of a list the same heading or alias", () => {
    for (const list of [...JTAI_NEGLECT_2017.lists, ...JTAI_NEGLECT_2017.checklists]) {
      const keys = list.columns.flatMap((column) =>
        [column.heading, ...(column.aliases ?? [])].map((text) => [headingKey(text), column.key]),
      );
      const owners = new Map<string, string>();
      for (const [text, key] of keys) {
        const owner = owners.get(text);
        if (owner !== undefined) expect([list.id, text, owner]).toEqual([list.id, text, key]);
        owners.set(text, key);
      }
    }
  });

  it("names a code list for every coded and Y/N column", () => {
    for (const list of [...JTAI_NEGLECT_2017.lists, ...JTAI_NEGLECT_2017.checklists]) {
      for (const column of list.columns) {
        if (column.kind === "code" || column.kind === "yesNo")
          expect(JTAI_NEGLECT_2017.codeLists).toContain(column.codeList);
        else expect(column.codeList).toBeUndefined();
      }
    }
  });

  it("gives the 10-case lists at most 10 rows and the selected children 20", () => {
    for (const id of listsWithRole(JTAI_NEGLECT_2017, "tenCase"))
      expect(listOf(JTAI_NEGLECT_2017, id).maxRows).toBe(10);
    expect(listOf(JTAI_NEGLECT_2017, "selectedChildren").maxRows).toBe(20);
  });

  it("holds the checklists: nine key documents and other information 1.1 to 6.5", () => {
    const byId = Object.fromEntries(JTAI_NEGLECT_2017.checklists.map((checklist) => [checklist.id, checklist]));
    expect(byId.keyDocuments.rows).toHaveLength(9);
    const items = byId.otherInformation.rows.map((row) => row[0]);
    expect(items[0]).toBe("1.1");
    expect(items.at(-1)).toBe("6.5");
    expect(items).toHaveLength(33);
    expect(Object.keys(byId).sort()).toEqual(["consent", "keyDocuments", "meetings", "otherInformation"]);
  });
});
