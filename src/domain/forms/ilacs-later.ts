// The later revision of Ofsted's ILACS Annex A, written as the August 2019 form plus its changes.
// No copy of Ofsted's later workbook has been found: the changes are what public tools code against
// and councils' returns contain (shared/guidance/ilacs-annex-a.json, _about.later_template_changes_inferred):
// List 9 with 17 columns, "t) NOBT" for "s) NOBT", and a few added codes.
import type { ColumnKey, ColumnSpec, Form, ListSpec } from "../catalogue";
import type { CodeList, CodeValue } from "../codes";
import {
  ACTIVITY,
  activityValue,
  CLOSURE_REASON,
  closureValue,
  ELIGIBILITY,
  ETHNICITY,
  ethnicityValue,
  REASON_CEASED,
  SOURCE,
  sourceValue,
  ssdaValue,
  YES_NO,
} from "./ilacs-codes";
import { ILACS_2019 } from "./ilacs-2019";

// ---- Helpers: a change is said once, everything else is the 2019 form's ----

/** The list with `additions` put after the value `after` (at the end when not given). */
function extended(list: CodeList, additions: readonly CodeValue[], after?: string): CodeList {
  const values = [...list.values];
  const at = after === undefined ? values.length : values.findIndex((value) => value.canonical === after) + 1;
  if (at === 0) throw new Error(`${list.title} has no value ${after}`);
  values.splice(at, 0, ...additions);
  return { ...list, values };
}

/** The list with the value `canonical` replaced. */
function replaced(list: CodeList, canonical: string, by: CodeValue): CodeList {
  if (!list.values.some((value) => value.canonical === canonical)) throw new Error(`${list.title} has no ${canonical}`);
  return { ...list, values: list.values.map((value) => (value.canonical === canonical ? by : value)) };
}

/** The list without the values `canonicals`. */
function without(list: CodeList, canonicals: readonly string[]): CodeList {
  return { ...list, values: list.values.filter((value) => !canonicals.includes(value.canonical)) };
}

/** Every column that uses a replaced code list (by id) uses its replacement. */
function withCodeLists(list: ListSpec, replacements: ReadonlyMap<string, CodeList>): ListSpec {
  const columns = list.columns.map((column) => {
    const replacement = column.codeList && replacements.get(column.codeList.id);
    return replacement ? { ...column, codeList: replacement } : column;
  });
  return { ...list, columns };
}

/** The 2019 column of a list, by key, to place in a new column order. */
function columnOf(list: ListSpec, key: ColumnKey): ColumnSpec {
  const column = list.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`${list.title} has no column ${key}`);
  return column;
}

// ---- Code lists that changed ----

// "t) NOBT" replaces the 2019 template's second "s)"; "s) NOBT" is still certain, so it is an alias.
const NOBT_2019 = ETHNICITY.values.find((value) => value.code === "NOBT")!;
const ETHNICITY_LATER = replaced(ETHNICITY, NOBT_2019.canonical, {
  ...ethnicityValue("t", "NOBT", "Information not yet obtained"),
  aliases: [NOBT_2019.canonical, ...(NOBT_2019.aliases ?? [])],
});

// 5D, LA services - early help, lettered "p1)" to keep the 2019 letters after it.
const SOURCE_LATER = extended(SOURCE, [sourceValue("p1", "5D", "LA services")], "p) 5C: LA services");

const CLOSURE_REASON_LATER = extended(CLOSURE_REASON, [
  closureValue("RC9", "Case closed after assessment, referred to early help"),
]);

// Councils' returns also write "Aged 18 (or over)" for "Aged 18+".
const E17 = ssdaValue("v", "E17", "Aged 18+ and remained with current carers");
const REASON_CEASED_LATER = extended(REASON_CEASED, [
  {
    ...E17,
    aliases: [
      ...(E17.aliases ?? []),
      "v) E17: Aged 18 (or over) and remained with current carers",
      "E17: Aged 18 (or over) and remained with current carers",
      "E17 - Aged 18 (or over) and remained with current carers",
    ],
  },
]);

const ELIGIBILITY_LATER = extended(ELIGIBILITY, [{ canonical: "d) Eligible child", aliases: ["Eligible"] }]);

// F4/P4 (apprenticeship) and F5/P5 (other training or employment) replace F3/P3; an old F3 or P3
// cannot be read as either for certain, so it is not an alias.
const ACTIVITY_LATER = extended(
  without(ACTIVITY, ["F3: Full time in training or employment", "P3: Part time in training or employment"]),
  [
    activityValue("F4", "Young person engaged full time in an apprenticeship"),
    activityValue("P4", "Young person engaged part time in an apprenticeship"),
    activityValue("F5", "Young person engaged full time in training or employment (not apprenticeship)"),
    activityValue("P5", "Young person engaged part time in training or employment (not apprenticeship)"),
  ],
  "P2: Part time in education other than higher",
);

const REPLACEMENTS: ReadonlyMap<string, CodeList> = new Map(
  [ETHNICITY_LATER, SOURCE_LATER, CLOSURE_REASON_LATER, REASON_CEASED_LATER, ELIGIBILITY_LATER, ACTIVITY_LATER].map(
    (list) => [list.id, list],
  ),
);

// ---- List 9: 17 columns (headings_later) ----

function careLeaversLater(list: ListSpec): ListSpec {
  const old = (key: ColumnKey) => columnOf(list, key);
  const inTouch = old("laInTouch");
  return {
    ...list,
    scope:
      "All those who have reached the threshold for receiving leaving care services at the point of inspection (entitled children): relevant children, former relevant children, qualifying care leavers and eligible children.",
    columns: [
      old("childId"),
      old("gender"),
      old("ethnicity"),
      old("dateOfBirth"),
      old("age"),
      {
        key: "uascOrFormerUasc",
        heading: "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
        kind: "yesNo",
        required: false,
        codeList: YES_NO,
        aliases: ["UASC or former UASC", "UASC (Y/N)", "UASC"],
        note: "Whether the young person is, or (if 18 or over) was, an unaccompanied asylum-seeking child: a) Yes or b) No.",
      },
      old("disability"),
      old("allocatedTeam"),
      old("allocatedWorker"),
      {
        key: "personalAdviser",
        heading: "Allocated Personal Advisor",
        kind: "text",
        required: false,
        aliases: ["Allocated Personal Adviser", "Personal adviser", "Personal advisor", "PA"],
        note: "The personal adviser allocated to the care leaver.",
      },
      old("eligibilityCategory"),
      {
        key: "latestPathwayPlanReviewDate",
        heading: "Latest Pathway Plan Review Date",
        kind: "date",
        required: false,
        aliases: ["Pathway plan review date", "Date of latest pathway plan review", "Last pathway plan review"],
        note: "The date the pathway plan was last reviewed: DD/MM/YYYY.",
      },
      // The later sample writes "LA in Touch" without the 2019 trailing space; both are Ofsted's.
      { ...inTouch, heading: "LA in Touch", ownHeadings: [inTouch.heading, ...(inTouch.ownHeadings ?? [])] },
      {
        key: "latestContactDate",
        heading: "Latest Date of Contact",
        kind: "date",
        required: false,
        aliases: ["Date of latest contact", "Last contact date", "Date of last contact"],
        note: "The date of the local authority's latest contact with the care leaver: DD/MM/YYYY.",
      },
      old("accommodationType"),
      old("accommodationSuitability"),
      old("activityStatus"),
    ],
  };
}

export const ILACS_LATER: Form = {
  ...ILACS_2019,
  id: "ilacs",
  revises: ILACS_2019.id,
  name: "Ofsted's Annex A template, Lists 1 to 11 (later revision, List 9 with 17 columns)",
  inSentence: "Ofsted's later template",
  lists: ILACS_2019.lists.map((list) => {
    const recoded = withCodeLists(list, REPLACEMENTS);
    return recoded.id === "careLeavers" ? careLeaversLater(recoded) : recoded;
  }),
  codeLists: ILACS_2019.codeLists.map((list) => REPLACEMENTS.get(list.id) ?? list),
};
