// Range.dataValidation: a rule set on exactly the range's block (a drop-down's list source checked
// as a formula Excel can parse, its names defined), a prompt and an error alert; cleared on exactly
// that block; read back as Excel reports it. Refused on a protected sheet.
import type { AddinDataValidation } from "../excel/excel-api";
import { formulaProblem } from "./formulas";
import { proxy, type ProxyContext, type Target } from "./proxy";
import {
  overlaps,
  refuseIfProtected,
  sameBlock,
  SimError,
  within,
  type RangeTarget,
  type SimValidation,
} from "./sheet";

/** Range.dataValidation of the range `resolve` finds at sync. */
export function dataValidation(context: ProxyContext, resolve: Target<RangeTarget>) {
  const sim = context.sim;
  return proxy(
    context,
    resolve,
    {
      // Read back as Excel reports them: the rule and its type ("List", ...) where one rule covers
      // the whole range, "None" with an empty rule where none touches it, and "Inconsistent"
      // otherwise (https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-type-member).
      type: { get: (target) => validationRead(target).type },
      rule: {
        get: (target) => validationRead(target).rule,
        set: (target, rule: { list?: { source?: string } }) => {
          const source = rule.list?.source;
          const problem = source?.startsWith("=")
            ? formulaProblem(source, (name) => sim.names.has(name.toLowerCase()))
            : undefined;
          if (problem) throw new SimError("InvalidArgument", problem);
          validationFor(target).rule = rule;
        },
      },
      prompt: { set: (target, prompt: AddinDataValidation["prompt"]) => (validationFor(target).prompt = prompt) },
      errorAlert: {
        set: (target, alert: AddinDataValidation["errorAlert"]) => (validationFor(target).errorAlert = alert),
      },
    },
    {
      clear: () =>
        context.enqueue({ clearValidation: true }, () => {
          const target = resolve();
          refuseIfProtected(target.sheet);
          const list = target.sheet.validations;
          for (let i = list.length - 1; i >= 0; i--) if (sameBlock(list[i].block, target.block)) list.splice(i, 1);
        }),
    },
  );
}

/** The rule and type Excel reports for the range (see `type` above). */
function validationRead(target: RangeTarget): {
  type: Excel.DataValidation["type"];
  rule: AddinDataValidation["rule"];
} {
  const touching = target.sheet.validations.filter((validation) => overlaps(validation.block, target.block));
  if (touching.length === 0) return { type: "None", rule: {} };
  const [only] = touching;
  if (touching.length > 1 || !within(target.block, only.block) || !only.rule) return { type: "Inconsistent", rule: {} };
  const kinds: Record<string, Excel.DataValidation["type"]> = {
    list: "List",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    date: "Date",
    time: "Time",
    textLength: "TextLength",
    custom: "Custom",
  };
  const kind = Object.keys(only.rule as object).find((key) => key in kinds);
  return { type: kind ? kinds[kind] : "Inconsistent", rule: JSON.parse(JSON.stringify(only.rule)) };
}

/** The validation set on exactly the range's block, made if there is none yet. */
function validationFor(target: RangeTarget): SimValidation {
  refuseIfProtected(target.sheet);
  let validation = target.sheet.validations.find((candidate) => sameBlock(candidate.block, target.block));
  if (!validation) {
    validation = { block: target.block };
    target.sheet.validations.push(validation);
  }
  return validation;
}
