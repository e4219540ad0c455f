// The plan's styles in ExcelJS's terms.
import type ExcelJS from "exceljs";
import { FONT, type Style } from "../domain/workbook-conventions";

const argb = (rgb: string) => ({ argb: `FF${rgb}` });

/** A conditional format's style: Excel reads a differential fill's colour from bgColor. */
export function conditionalStyle(style: Style): Partial<ExcelJS.Style> {
  const thin = { style: "thin" as const, color: argb(style.fontColour ?? "000000") };
  return {
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(style.fill) } } : {}),
    font: { bold: style.bold ?? false, ...(style.fontColour ? { color: argb(style.fontColour) } : {}) },
    ...(style.border ? { border: { top: thin, bottom: thin, left: thin, right: thin } } : {}),
  } as Partial<ExcelJS.Style>;
}

/** A cell's own style (used only in copies the command line writes, never in the user's file). */
export function cellFill(style: Style): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: argb(style.fill ?? "FFFFFF") };
}

/** The base font (named, since a font without a name is a serif in LibreOffice) with the style's colour and weight. */
export function cellFont(style: Style, base: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> {
  return {
    ...base,
    name: base?.name ?? FONT.name,
    size: base?.size ?? FONT.size,
    ...(style.fontColour ? { color: argb(style.fontColour) } : {}),
    ...(style.bold ? { bold: true } : {}),
  };
}
