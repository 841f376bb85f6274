/**
 * OWASP's CSV-injection rule, and its exact inverse. A spreadsheet runs a cell that begins with
 * `=`, `+`, `-` or `@` as a formula (tab and carriage return can hide such a start), so a visitor
 * who types `=HYPERLINK(...)` as a name could make staff's Excel fetch or run something. A leading
 * apostrophe makes any spreadsheet read the cell as text.
 */

// A run of apostrophes before a trigger is escaped too, so that reading back can always drop
// exactly one apostrophe: `'=x` is written `''=x` and reads back as `'=x`. A name such as `'Ofa`
// (no trigger after the apostrophe) is written as it is.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

// A phone number exactly as the kiosk stores it (E.164: `+`, then up to 15 digits) is left as it
// is: a spreadsheet can only read it as a plain number, never as a function call, a reference or
// a command, and Action Network and Mailchimp need the `+` to read it as E.164. The test is on the
// value, not the column, so anything else beginning with `+`, in a phone column too, is guarded.
const E164 = /^\+[1-9]\d{1,14}$/;

/** The cell as written to a CSV file: with a leading apostrophe where a spreadsheet would see a formula. */
export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) && !E164.test(value) ? `'${value}` : value;
}

const GUARDED = /^'+[=+\-@\t\r]/;

/** The stored value back from a guarded cell: guardCell's exact inverse. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
