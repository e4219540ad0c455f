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

function tokens(formula: string): string[] {
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

/** The formula's value (no leading =), or undefined when it uses anything this evaluator lacks. */
export function evaluateSelectionFormula(formula: string, read: CellReader): Scalar | undefined {
  let list: string[];
  try {
    list = tokens(formula);
  } catch {
    return undefined;
  }
  let at = 0;
  const next = () => list[at++];
  const expect = (token: string) => {
    if (next() !== token) throw new Error(`expected ${token}`);
  };

  const range = (block: CellBlock): Value => {
    const values: Scalar[] = [];
    for (let row = block.row; row < block.row + block.rowCount; row++)
      for (let column = block.column; column < block.column + block.columnCount; column++)
        values.push(read(row, column) ?? "");
    return block.rowCount * block.columnCount === 1 ? values[0] : values;
  };

  const call = (name: string): Value => {
    const args: Value[] = [];
    if (list[at] !== ")") {
      args.push(level(0));
      while (list[at] === ",") {
        at++;
        args.push(level(0));
      }
    }
    expect(")");
    const one = (value: Value, operate: (item: Scalar) => Scalar): Value =>
      Array.isArray(value) ? value.map(operate) : operate(value as Scalar);
    switch (name) {
      case "IF(": {
        if (Array.isArray(args[0])) throw new Error("IF over a range");
        const condition = args[0] as Scalar;
        const truthy = typeof condition === "string" ? condition.toUpperCase() === "TRUE" : number(condition) !== 0;
        return truthy ? args[1] : (args[2] ?? false);
      }
      case "TRIM(":
        return one(args[0], (item) => text(item).trim().replace(/ {2,}/g, " "));
      case "LEN(":
        return one(args[0], (item) => text(item).length);
      case "SUMPRODUCT(": {
        const items = args.reduce((product, arg) => each(product, arg, (a, b) => number(a) * number(b)));
        return (Array.isArray(items) ? items : [items]).reduce<number>(
          (sum, item) => sum + (typeof item === "number" ? item : 0),
          0,
        );
      }
      default:
        throw new Error(`unknown function ${name}`);
    }
  };

  const operand = (): Value => {
    const token = next();
    if (token === undefined) throw new Error("unexpected end");
    if (token === "(") {
      const value = level(0);
      expect(")");
      return value;
    }
    if (token === "-") return each(0, operand(), BINARY["-"]);
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    if (token.endsWith("(")) return call(token);
    const block = parseAddress(token);
    if (block) return range(block);
    throw new Error(`unexpected ${token}`);
  };

  const level = (depth: number): Value => {
    if (depth === LEVELS.length) return operand();
    let value = level(depth + 1);
    while (LEVELS[depth].includes(list[at])) {
      const operator = next();
      value = each(value, level(depth + 1), BINARY[operator]);
    }
    return value;
  };

  try {
    const value = level(0);
    if (at !== list.length || Array.isArray(value)) return undefined;
    return value as Scalar;
  } catch {
    return undefined;
  }
}
