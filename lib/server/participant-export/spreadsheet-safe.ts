// CSV/Excel injection: a cell of user text that begins with = + - @ (or a tab/carriage return, or
// their full-width forms) may run as a formula when the sheet is opened or re-saved as CSV. Such
// text gets a leading apostrophe, which spreadsheet programs show as plain text (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}
