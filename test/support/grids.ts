// Builds grids for tests from rows written by column key, so a test names the facts it is about
// and the headings come from the catalogue. The rows are the rules' own example rows.
export { columnOf, gridOf, REFERENCE, serial, validRow, type RowByKey } from "../../src/domain/rules/examples";
