/** Rows → a JSON array of row objects (keys in column order), UTF-8 text. */
export function toJson(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
	return JSON.stringify(ordered, null, 1);
}
