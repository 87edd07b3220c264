// Guarding CSV cells against formula injection ("CSV injection", OWASP): a spreadsheet runs a
// cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or carriage return) as a
// formula, so a node labelled `=HYPERLINK(...)` could act when a colleague opens the export.
// On writing, such text cells get a leading apostrophe, which spreadsheets treat as "this is
// text" and do not show. Numbers are written bare: `-0.05` is a longitude, not a formula.
//
// Reading undoes exactly what writing did: a cell made of one or more apostrophes followed by a
// trigger character loses one apostrophe. Text that really starts with `'=` is written as `''=`,
// so every value survives the round trip.

const TRIGGERED = /^'*[=+\-@\t\r]/;

/** The cell text for a text value: apostrophe-prefixed when a spreadsheet would run it. */
export function guardCell(text: string): string {
  return TRIGGERED.test(text) ? `'${text}` : text;
}

/** Undo guardCell: drop one leading apostrophe when apostrophes are followed by a trigger. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && TRIGGERED.test(cell) ? cell.slice(1) : cell;
}
