// Conditional formats in Office.js terms: the focus highlight and the marks use the same shape.
import type { Style } from "../domain/workbook-conventions";
import type { AddinRange } from "./excel-api";

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** A formula-driven format on a range; colour plus bold and a border where the style says. */
export function addConditionalFormat(range: AddinRange, formula: string, style: Style): void {
  const format = range.conditionalFormats.add("Custom");
  format.custom.rule.formula = `=${formula}`;
  if (style.fill) format.custom.format.fill.color = `#${style.fill}`;
  if (style.fontColour) format.custom.format.font.color = `#${style.fontColour}`;
  if (style.bold) format.custom.format.font.bold = true;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.custom.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = `#${style.fontColour ?? "000000"}`;
    }
  }
}
