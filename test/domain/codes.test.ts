import { canonicalValues, nearestCode, readCode, recogniseCode } from "../../src/domain/codes";
import { JTAI_NEGLECT_2017, jtaiCodeList } from "../support/forms";

describe("code lists (SPEC 'Code lists')", () => {
  it("hold the canonical values of SPEC.md", () => {
    expect(canonicalValues(jtaiCodeList("gender"))).toEqual([
      "a) Male",
      "b) Female",
      "c) Not stated/recorded",
      "d) Neither",
    ]);
    expect(canonicalValues(jtaiCodeList("ethnicity"))).toHaveLength(20);
    expect(canonicalValues(jtaiCodeList("ethnicity"))[19]).toBe("t) NOBT");
    expect(canonicalValues(jtaiCodeList("primaryNeed"))[1]).toBe("N1 Abuse or neglect");
    expect(canonicalValues(jtaiCodeList("abuseCategory"))).toEqual([
      "a) Neglect",
      "b) Physical abuse",
      "c) Sexual abuse",
      "d) Emotional abuse",
      "e) Multiple/not recommended",
    ]);
    expect(canonicalValues(jtaiCodeList("closureReason"))).toHaveLength(9);
    expect(canonicalValues(jtaiCodeList("source"))).toHaveLength(22);
    expect(canonicalValues(jtaiCodeList("yesNo"))).toEqual(["Y", "N"]);
    expect(canonicalValues(jtaiCodeList("statusCinCpCla"))).toEqual([
      "Child in need",
      "Child protection plan",
      "Child looked after",
    ]);
  });

  it("recognise every canonical value as itself, in any case", () => {
    for (const id of JTAI_NEGLECT_2017.codeLists.map((list) => list.id)) {
      for (const value of canonicalValues(jtaiCodeList(id))) {
        expect(recogniseCode(jtaiCodeList(id), value)).toBe(value);
        expect(recogniseCode(jtaiCodeList(id), value.toUpperCase())).toBe(value);
      }
    }
  });

  it("give no alias two meanings within a list", () => {
    for (const id of JTAI_NEGLECT_2017.codeLists.map((list) => list.id)) {
      for (const value of jtaiCodeList(id).values) {
        for (const alias of value.aliases ?? [])
          expect([id, alias, recogniseCode(jtaiCodeList(id), alias)]).toEqual([id, alias, value.canonical]);
      }
    }
  });

  it.each<[string, string | number | boolean, string]>([
    ["gender", "Male", "a) Male"],
    ["gender", "F", "b) Female"],
    ["gender", "U", "c) Not stated/recorded"],
    ["gender", "I", "d) Neither"],
    ["gender", 1, "a) Male"],
    ["gender", 0, "c) Not stated/recorded"],
    ["gender", 9, "d) Neither"],
    ["gender", "Unborn", "c) Not stated/recorded"],
    ["gender", "Indeterminate", "d) Neither"],
    ["gender", "\u00a0b) female ", "b) Female"],
    ["ethnicity", "WBRI", "a) WBRI"],
    ["ethnicity", "wirt", "c) WIRT"],
    ["ethnicity", "White and Black Caribbean", "f) MWBC"],
    ["ethnicity", "Information not yet obtained", "t) NOBT"],
    ["ethnicity", "APKN - Pakistani", "k) APKN"],
    ["primaryNeed", "N1", "N1 Abuse or neglect"],
    ["primaryNeed", "N1 - Abuse or neglect", "N1 Abuse or neglect"],
    ["primaryNeed", "n4", "N4 Family in acute stress"],
    ["abuseCategory", "NEG", "a) Neglect"],
    ["abuseCategory", "Emotional", "d) Emotional abuse"],
    ["abuseCategory", "mul", "e) Multiple/not recommended"],
    ["closureReason", "RC5", "RC5 Transferred to services of another local authority"],
    ["source", "3E", "3E Health: A&E"],
    ["source", "a) 1A: Individual", "1A Individual: family member, relative or carer"],
    ["source", 10, "10 Unknown"],
    ["source", "6 - Police", "6 Police"],
    ["statusCinCp", "CIN", "Child in need"],
    ["statusCinCp", "CP", "Child protection plan"],
    ["statusCinCpCla", "LAC", "Child looked after"],
    ["yesNo", "a) Yes", "Y"],
    ["yesNo", "b) no", "N"],
    ["yesNo", true, "Y"],
    ["yesNo", "FALSE", "N"],
    ["ethnicity", "White - British", "a) WBRI"],
    ["ethnicity", "Any other White background.", "d) WOTH"],
    ["closureReason", "Died.", "RC2 Died"],
    ["abuseCategory", "Neglect and physical", "e) Multiple/not recommended"],
    ["abuseCategory", "Neglect, Emotional", "e) Multiple/not recommended"],
    ["abuseCategory", "neglect, neglect", "a) Neglect"],
    ["gender", "1 - Male", "a) Male"],
    ["gender", "2 - Female", "b) Female"],
    ["yesNo", "0 - No", "N"],
    ["yesNo", "1 - Yes", "Y"],
    ["ethnicity", "WBRI - White British", "a) WBRI"],
    ["ethnicity", "White - British [WBRI]", "a) WBRI"],
    ["ethnicity", "BLF - BAFR - African", "o) BAFR"],
    ["ethnicity", "s) NOBT", "t) NOBT"],
    ["ethnicity", "s) REFU", "s) REFU"],
    ["source", "q) 6: Police", "6 Police"],
    ["source", "j) 3D: Health services", "3D Health: other primary health"],
    ["source", "u) 10: Unknown", "10 Unknown"],
    ["gender", "c) Unknown", "c) Not stated/recorded"],
  ])("%s: %p means %p", (id, raw, canonical) => {
    expect(recogniseCode(jtaiCodeList(id), raw)).toBe(canonical);
  });

  it.each<[string, string]>([
    ["gender", "b) Male"],
    ["ethnicity", "NPBT"],
    ["source", "11"],
    ["source", "1"],
    ["statusCinCp", "Child looked after"],
    ["yesNo", "maybe"],
    ["yesNo", ""],
    ["yesNo", "N/A"],
    ["gender", "M/F"],
    ["yesNo", "c) Unknown"],
    ["ethnicity", "s) Information not yet obtained"],
    ["primaryNeed", "PSRMEM - Support with memory and cognition"],
    ["abuseCategory", "Neglect, Martian"],
  ])("%s: %p is not recognised", (id, raw) => {
    expect(recogniseCode(jtaiCodeList(id), raw)).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    ["source", "7 - Police", ["7 Other legal agency", "6 Police"]],
    ["gender", "b) Male", ["b) Female", "a) Male"]],
    ["gender", "1 - Female", ["a) Male", "b) Female"]],
    ["yesNo", "b) Yes", ["N", "Y"]],
    ["ethnicity", "s) Information not yet obtained", ["s) REFU", "t) NOBT"]],
  ])("%s: %p names two values; both readings, never a guess", (id, raw, readings) => {
    expect(readCode(jtaiCodeList(id), raw)).toEqual({ kind: "conflict", readings });
  });

  it("hints at the nearest code for a typo, and not for nonsense", () => {
    expect(nearestCode(jtaiCodeList("ethnicity"), "NPBT")).toBe("t) NOBT");
    expect(nearestCode(jtaiCodeList("ethnicity"), "WMBC")).toBe("f) MWBC");
    expect(nearestCode(jtaiCodeList("ethnicity"), "Martian")).toBeUndefined();
  });
});
