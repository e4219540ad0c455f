// Plain-English titles for groups of findings: the rule's own summary, up to its first clause, so
// a user reads "A date names a day that does not exist" rather than "DATE-IMPOSSIBLE".
import { ALL_RULES } from "./rules";

const TITLES = new Map(ALL_RULES.map((rule) => [rule.code, rule.summary.split(/;\s/)[0].replace(/\.$/, "")]));

export function ruleTitle(code: string): string {
  return TITLES.get(code) ?? code;
}
