// How every workbook the add-in and the command line write looks and is named, apart from what
// any one sheet holds (the plans): number formats, the font, the styles of marks, headings and
// the focus highlight, the named cells, and how a sheet prints.

export const UK_DATE_FORMAT = "dd/mm/yyyy";
export const WHOLE_NUMBER_FORMAT = "0";
/** Text format keeps IDs as typed: no "1234.0", no lost leading zeros. */
export const TEXT_FORMAT = "@";

/** Named cells the workbook's formulas read (the Inspection sheet holds them). */
export const NAMES = {
  localAuthority: "LocalAuthority",
  notificationDate: "NotificationDate",
  referenceDate: "ReferenceDate",
} as const;

/**
 * The font of every cell the writers style: named, since a font with no name is a serif in
 * LibreOffice. Calibri is Excel's own default; LibreOffice shows a sans-serif in its place.
 */
export const FONT = { name: "Calibri", size: 11 } as const;

export interface Style {
  readonly fill?: string;
  readonly fontColour?: string;
  readonly bold?: boolean;
  readonly border?: boolean;
}

/** How in-focus rows look: colour, and bold text and a border too, so colour is not the only sign. */
export const FOCUS_STYLE: Style = { fill: "DDEBF7", fontColour: "1F3864", bold: true, border: true };
export const ERROR_STYLE: Style = { fill: "FFC7CE", fontColour: "9C0006" };
export const WARNING_STYLE: Style = { fill: "FFEB9C", fontColour: "9C5700" };
export const LINK_STYLE: Style = { fontColour: "0563C1" };

/** Every sheet prints landscape, fitted to the page's width, with its heading rows on each page. */
export const PRINT = { orientation: "landscape", fitToWidth: 1, fitToHeight: 0 } as const;
