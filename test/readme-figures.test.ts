// README's benchmark figures that do not depend on the machine are written by the benches
// themselves, between marker comments (bench/readme-figures.ts). Running the benches here would
// take minutes, so this holds the wiring: every block a bench writes has its place in README, and
// every block in README has a bench that writes it; and the writing replaces that block alone.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { count, markers, size, withFigures } from "../bench/readme-figures";

const ROOT = join(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The names of the blocks the benches write: `writeReadmeFigures("excel", ...)`. */
function blocksWritten(): string[] {
  const names: string[] = [];
  for (const file of readdirSync(join(ROOT, "bench")).filter((name) => name.endsWith(".bench.ts")))
    for (const match of readFileSync(join(ROOT, "bench", file), "utf8").matchAll(/writeReadmeFigures\(\s*"([\w-]+)"/g))
      names.push(match[1]);
  return names;
}

describe("README's benchmark figures", () => {
  it("has a place for each block a bench writes, and no block no bench writes", () => {
    const inReadme = [...README.matchAll(/<!-- bench:([\w-]+) -->/g)].map((match) => match[1]);
    expect([...inReadme].sort()).toEqual([...blocksWritten()].sort());
    expect(inReadme).toEqual(expect.arrayContaining(["engine", "excel", "scale"]));
  });

  it("holds each block once, between its markers, with figures in it", () => {
    for (const name of blocksWritten()) {
      const { start, end } = markers(name);
      expect([name, README.split(start).length - 1, README.split(end).length - 1]).toEqual([name, 1, 1]);
      const block = README.slice(README.indexOf(start) + start.length, README.indexOf(end));
      expect([name, /\d/.test(block)]).toEqual([name, true]);
    }
  });

  it("replaces what is between the markers and nothing else", () => {
    const readme = "before\n<!-- bench:x -->\n\nold\n\n<!-- /bench:x -->\nafter\n";
    expect(withFigures(readme, "x", "new\n")).toBe("before\n<!-- bench:x -->\n\nnew\n\n<!-- /bench:x -->\nafter\n");
    expect(() => withFigures(readme, "y", "new")).toThrow(/bench:y/);
  });

  it("gives counts and sizes as README does", () => {
    expect(count(14350)).toBe("14,350");
    expect(size(44_405)).toBe("43 KB");
    expect(size(2_291_528)).toBe("2.2 MB");
  });
});
