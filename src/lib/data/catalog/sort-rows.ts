import type { CellValue, TypedRow } from './schema';

function compare(a: CellValue, b: CellValue): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0; // code-point order: independent of locale
}

/** Sorts rows by the given columns (nulls first), then by every column, so output order never depends on CSV order. */
export function sortRows(rows: readonly TypedRow[], key: readonly string[], all: readonly string[]): TypedRow[] {
	const order = [...key, ...all.filter((c) => !key.includes(c))];
	return [...rows].sort((r, s) => {
		for (const c of order) {
			const d = compare(r[c] ?? null, s[c] ?? null);
			if (d !== 0) return d;
		}
		return 0;
	});
}
