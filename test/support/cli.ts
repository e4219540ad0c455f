// The command line run in-process as the tests run it: output and errors gathered, today pinned to
// the examples' reference date (24/11/2026).
import { run, type Io } from "../../src/cli/main";
import { REFERENCE } from "../../src/domain/rules/examples";

/** `annex-a ...argv`: its exit status, and what it printed, each line joined by a newline. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), today: () => REFERENCE };
  const code = await run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
