export type CsvCell = string | number | null;

/**
 * Text a spreadsheet would take for a formula (OWASP's list: `=`, `+`, `-`, `@`, tab, carriage
 * return). Numbers are written as numbers, so a negative figure stays a figure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV with a byte order mark, so spreadsheet programs read Japanese text as UTF-8. Text
 * that a spreadsheet would run is given a leading apostrophe (the OWASP rule), since names and
 * notes come from files anyone can write.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell) => {
    if (value === null) return '';
    const text = typeof value === 'number' ? String(value) : neutralised(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
