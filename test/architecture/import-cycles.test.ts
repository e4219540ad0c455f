// No module in src/ imports itself, directly or round a circle of others: a circle means neither
// side can be read, tested or moved alone. Type-only imports count too (`import type`, `export type
// ... from`, `import("...")` in a type): a circle of types is the same knot, only invisible at run time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");

/** Every module specifier a file names: imports and re-exports, type-only or not, static or dynamic. */
export function specifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push(expression.text);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) found.push(argument.literal.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The .ts and .tsx files under `folder`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it; a package is left out. */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  const found = candidates.find((path) => /\.tsx?$/.test(path) && isFile(path));
  if (found) return found;
  // JSON and other assets are leaves: they import nothing back.
  if (isFile(base)) return undefined;
  throw new Error(`${relative(ROOT, from)} imports ${specifier}, which names no file.`);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Each circle of imports in `graph`, as the path round it ("a → b → a"), each circle once. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles = new Set<string>();
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") {
        const circle = stack.slice(stack.indexOf(next));
        // Written from its least name, so the same circle met from another module is counted once.
        const start = circle.indexOf([...circle].sort()[0]);
        const rotated = [...circle.slice(start), ...circle.slice(0, start)];
        cycles.add([...rotated, rotated[0]].join(" → "));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles];
}

/** src/'s modules, each with the modules of src/ it imports (paths relative to the repository). */
function srcGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const imported = specifiersOf(file, readFileSync(file, "utf8"))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((path): path is string => path !== undefined)
      .map((path) => relative(ROOT, path).split("\\").join("/"));
    graph.set(relative(ROOT, file).split("\\").join("/"), [...new Set(imported)].sort());
  }
  return graph;
}

describe("imports in src/", () => {
  it("form no circle, type-only imports included", () => {
    expect(importCycles(srcGraph())).toEqual([]);
  });
});

describe("the circle finder", () => {
  it("sees every kind of import, type-only ones included", () => {
    const text = [
      'import { a } from "./a";',
      'import type { B } from "./b";',
      'import { type C } from "./c";',
      'export type { D } from "./d";',
      'export * from "./e";',
      'type F = import("./f").F;',
      'const g = () => import("./g");',
      'import h = require("./h");',
    ].join("\n");
    expect(specifiersOf("x.ts", text)).toEqual(["./a", "./b", "./c", "./d", "./e", "./f", "./g", "./h"]);
  });

  it("names a circle, however long, once", () => {
    const graph = new Map([
      ["b", ["c"]],
      ["a", ["b", "d"]],
      ["c", ["a"]],
      ["d", []],
      ["e", ["e"]],
    ]);
    expect(importCycles(graph)).toEqual(["a → b → c → a", "e → e"]);
  });

  it("finds no circle where imports only point one way", () => {
    expect(
      importCycles(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});
