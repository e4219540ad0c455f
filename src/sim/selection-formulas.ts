// The Selection sheet's To check cells and their summary (src/domain/selection.ts toCheckFormula,
// toCheckSummaryFormula), evaluated as Excel evaluates them, so a test or the demo sees the warning
// follow the inspector's typing. A small expression evaluator over the few pieces those formulas
// use: text and numbers, cells and ranges of the same sheet, IF, TRIM, LEN, SUMPRODUCT, and the
// operators = < > + * &. Excel's = ignores case on text
// (https://support.microsoft.com/office/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a);
// inside SUMPRODUCT a range is an array and the operators work item by item. Anything else throws,
// and the caller reads it as #NAME?, as Excel does for a function it does not know.
import { parseAddress, type CellBlock } from "../domain/grid";

type Scalar = string | number | boolean;
type Value = Scalar | readonly Scalar[];

/** A cell's value as a formula sees it: a blank is "" (and 0 in arithmetic). */
export type CellReader = (row: number, column: number) => Scalar | undefined;

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])|([A-Z]+)\(|(\d+(?:\.\d+)?)|(<=|>=|<>|[=<>+*&(),-]))/iy;

function tokenize(formula: string): string[] {
  const found: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) {
      if (formula.slice(start).trim() === "") break;
      throw new Error(`not understood at ${formula.slice(start)}`);
    }
    found.push(match[3] ? `${match[3].toUpperCase()}(` : match[0].trim());
  }
  return found;
}

const number = (value: Scalar): number =>
  typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : value === "" ? 0 : NaN;
const text = (value: Scalar): string => (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value));

/** Applies `operate` item by item where either side is an array (as SUMPRODUCT's arguments are). */
function each(left: Value, right: Value, operate: (a: Scalar, b: Scalar) => Scalar): Value {
  if (Array.isArray(left) || Array.isArray(right)) {
    const length = Math.max(Array.isArray(left) ? left.length : 1, Array.isArray(right) ? right.length : 1);
    return Array.from({ length }, (_, index) =>
      operate(
        Array.isArray(left) ? (left as Scalar[])[index] : (left as Scalar),
        Array.isArray(right) ? (right as Scalar[])[index] : (right as Scalar),
      ),
    );
  }
  return operate(left as Scalar, right as Scalar);
}

function compare(a: Scalar, b: Scalar): number {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase().localeCompare(b.toLowerCase());
  if (typeof a === typeof b) return number(a) - number(b);
  // Excel orders numbers before text before logical values.
  const rank = (value: Scalar) => (typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2);
  return rank(a) - rank(b);
}

const BINARY: Record<string, (a: Scalar, b: Scalar) => Scalar> = {
  "=": (a, b) => compare(a, b) === 0,
  "<>": (a, b) => compare(a, b) !== 0,
  "<": (a, b) => compare(a, b) < 0,
  ">": (a, b) => compare(a, b) > 0,
  "<=": (a, b) => compare(a, b) <= 0,
  ">=": (a, b) => compare(a, b) >= 0,
  "&": (a, b) => text(a) + text(b),
  "+": (a, b) => number(a) + number(b),
  "-": (a, b) => number(a) - number(b),
  "*": (a, b) => number(a) * number(b),
};

/** Operators by precedence, loosest first (Excel: comparison, &, + and -, *). */
const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*"]];

type Compiled = (read: CellReader) => Value;

/** Compiled formulas by text: a recalculation after each edit reads every To check formula again. */
const compiled = new Map<string, Compiled | undefined>();

/** The formula's value (no leading =), or undefined when it uses anything this evaluator lacks. */
export function evaluateSelectionFormula(formula: string, read: CellReader): Scalar | undefined {
  if (!compiled.has(formula)) {
    if (compiled.size > 50_000) compiled.clear();
    compiled.set(formula, compileSafe(formula));
  }
  try {
    const value = compiled.get(formula)?.(read);
    return value === undefined || Array.isArray(value) ? undefined : (value as Scalar);
  } catch {
    return undefined;
  }
}

function compileSafe(formula: string): Compiled | undefined {
  try {
    return compile(tokenize(formula));
  } catch {
    return undefined;
  }
}

function compile(list: readonly string[]): Compiled {
  let at = 0;
  const next = () => list[at++];
  const expect = (token: string) => {
    if (next() !== token) throw new Error(`expected ${token}`);
  };

  const range =
    (block: CellBlock): Compiled =>
    (read) => {
      const values: Scalar[] = [];
      for (let row = block.row; row < block.row + block.rowCount; row++)
        for (let column = block.column; column < block.column + block.columnCount; column++)
          values.push(read(row, column) ?? "");
      return block.rowCount * block.columnCount === 1 ? values[0] : values;
    };

  const one = (value: Value, operate: (item: Scalar) => Scalar): Value =>
    Array.isArray(value) ? value.map(operate) : operate(value as Scalar);

  const call = (name: string): Compiled => {
    const args: Compiled[] = [];
    if (list[at] !== ")") {
      args.push(level(0));
      while (list[at] === ",") {
        at++;
        args.push(level(0));
      }
    }
    expect(")");
    switch (name) {
      case "IF(":
        // Only the branch taken is evaluated, as in Excel.
        return (read) => {
          const condition = args[0](read);
          if (Array.isArray(condition)) throw new Error("IF over a range");
          const value = condition as Scalar;
          const truthy = typeof value === "string" ? value.toUpperCase() === "TRUE" : number(value) !== 0;
          return truthy ? args[1](read) : args[2] ? args[2](read) : false;
        };
      case "TRIM(":
        return (read) => one(args[0](read), (item) => text(item).trim().replace(/ {2,}/g, " "));
      case "LEN(":
        return (read) => one(args[0](read), (item) => text(item).length);
      case "SUMPRODUCT(":
        return (read) => {
          const items = args
            .map((arg) => arg(read))
            .reduce((product, value) => each(product, value, (a, b) => number(a) * number(b)));
          return (Array.isArray(items) ? items : [items]).reduce<number>(
            (sum, item) => sum + (typeof item === "number" ? item : 0),
            0,
          );
        };
      default:
        throw new Error(`unknown function ${name}`);
    }
  };

  const operand = (): Compiled => {
    const token = next();
    if (token === undefined) throw new Error("unexpected end");
    if (token === "(") {
      const inner = level(0);
      expect(")");
      return inner;
    }
    if (token === "-") {
      const negated = operand();
      return (read) => each(0, negated(read), BINARY["-"]);
    }
    if (token.startsWith('"')) {
      const literal = token.slice(1, -1).replace(/""/g, '"');
      return () => literal;
    }
    if (/^\d/.test(token)) {
      const literal = Number(token);
      return () => literal;
    }
    if (token.endsWith("(")) return call(token);
    const block = parseAddress(token);
    if (block) return range(block);
    throw new Error(`unexpected ${token}`);
  };

  const level = (depth: number): Compiled => {
    if (depth === LEVELS.length) return operand();
    let compiledSoFar = level(depth + 1);
    while (LEVELS[depth].includes(list[at])) {
      const operate = BINARY[next()];
      const [left, right] = [compiledSoFar, level(depth + 1)];
      compiledSoFar = (read) => each(left(read), right(read), operate);
    }
    return compiledSoFar;
  };

  const whole = level(0);
  if (at !== list.length) throw new Error("unexpected text after the formula");
  return whole;
}
