// `annex-a rules`: every rule's code, severity and what it checks.
import { ALL_RULES } from "../../domain/rules";
import { EXIT, type Io } from "../shared";

export function rulesCommand(io: Io): number {
  for (const rule of ALL_RULES) io.out(`${rule.code.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.summary}`);
  return EXIT.ok;
}
