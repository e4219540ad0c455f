// Excel runs text written into a cell that starts with =, +, - or @ as a formula. Anything the
// add-in writes that came from a sheet (an ID, a heading, a note) goes through here first, so it
// is stored as the text it is (the apostrophe prefix) and never run.
export function cellInput<T extends string | number | boolean>(value: T): T | string {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}
