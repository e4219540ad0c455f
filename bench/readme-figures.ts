// The benches write the figures that do not depend on the machine (counts, syncs, operations,
// bytes) into README.md themselves, each between its pair of marker comments, so the README says
// what the code does now rather than what someone copied once. Times and memory depend on the
// machine and its load, so they stay in README's prose, with the date they were measured.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const README = join(__dirname, "..", "README.md");

/** The markers around a bench's figures in README.md: `<!-- bench:excel -->` ... `<!-- /bench:excel -->`. */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- bench:${name} -->`, end: `<!-- /bench:${name} -->` };
}

/** README's text with the figures between the named markers replaced. */
export function withFigures(readme: string, name: string, markdown: string): string {
  const { start, end } = markers(name);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} to write the figures between`);
  return `${readme.slice(0, from + start.length)}\n\n${markdown.trim()}\n\n${readme.slice(to)}`;
}

/** Writes a bench's figures into README.md (which Prettier leaves alone, as every .md file). */
export function writeReadmeFigures(name: string, markdown: string): void {
  const before = readFileSync(README, "utf8");
  const after = withFigures(before, name, markdown);
  if (after === before) {
    process.stderr.write(`README.md: the ${name} figures are as written\n`);
  } else {
    writeFileSync(README, after);
    process.stderr.write(`README.md: the ${name} figures are updated; commit them with the change that moved them\n`);
  }
}

/** 14350 -> "14,350". */
export const count = (value: number): string => value.toLocaleString("en-GB");

/** Bytes as README gives them: "61 KB" under a megabyte, else "2.2 MB" (a KB 1,024 bytes, an MB 1,024 KB). */
export function size(bytes: number): string {
  return bytes < 2 ** 20 ? `${count(Math.round(bytes / 2 ** 10))} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
