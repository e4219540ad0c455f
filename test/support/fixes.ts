import type { Finding } from "../../src/domain/findings";

/** Every finding of one rule code that offers a fix, as a test applies them all at once. */
export function fixesOfKind(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((item) => item.code === code && item.fix !== undefined);
}
