// Formulas the add-in gives Excel for conditional formats, data validation and cells, checked as
// Excel checks them before accepting them: the syntax (parsed by HyperFormula, a dev dependency),
// and, for conditional formats and drop-down sources, that every name they use is defined. Excel's
// UI refuses a drop-down source or conditional format that evaluates to an error ("The Source
// currently evaluates to an error", https://support.microsoft.com/office/apply-data-validation-to-cells-29fecbcc-d1b9-42c1-9d76-eff3ce5f7249);
// the API's behaviour for a name defined later in the same batch is not documented, so the
// simulator takes the strict reading: define a name before anything that uses it.
import { HyperFormula } from "hyperformula";

let parser: HyperFormula | undefined;

/** Names a formula uses: identifiers that are not functions, cells, sheets or booleans. */
export function namesUsed(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "");
  const names: string[] = [];
  for (const match of bare.matchAll(/(?<![\w.$!])([A-Za-z_][\w.]*)(?![\w.(!])/g)) {
    const word = match[1];
    if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(word) || /^(true|false)$/i.test(word) || /^[A-Z]{1,3}$/i.test(word)) continue;
    names.push(word);
  }
  return names;
}

/** Why Excel would refuse the formula, or undefined when it accepts it. */
export function formulaProblem(formula: string, isName?: (name: string) => boolean): string | undefined {
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  parser ??= HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  if (!parser.validateFormula(text)) return `‘${text}’ is not a formula Excel can read.`;
  const missing = isName ? namesUsed(text.slice(1)).filter((name) => !isName(name)) : [];
  return missing.length > 0 ? `‘${text}’ uses ${missing.join(", ")}, which is not defined (yet).` : undefined;
}
