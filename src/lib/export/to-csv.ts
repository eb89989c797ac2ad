/** RFC 4180 CSV (CRLF line ends, header row), with spreadsheet formula injection neutralised. */
export type CsvValue = string | number | boolean | null | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formulas prefixed with `'`, quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	// Numbers are data, not formulas: "-5" from a numeric column stays a number.
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows → CSV text with a header; columns in the given order. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
