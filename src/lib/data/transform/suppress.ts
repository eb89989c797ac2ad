/** Default small-cell threshold: counts of row-level data below it are never shown. */
export const SMALL_CELL_THRESHOLD = 5;

export interface Suppressed<T> {
	row: T;
	/** The count, or null when it is below the threshold. */
	n: number | null;
	suppressed: boolean;
}

/** Hides counts below `threshold` (zero stays zero: an empty cell discloses nobody). */
export function suppressSmallCells<T extends { n: number }>(rows: readonly T[], threshold = SMALL_CELL_THRESHOLD): Suppressed<T>[] {
	if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`Small-cell threshold must be a positive integer, got ${threshold}`);
	return rows.map((row) => {
		const suppressed = row.n > 0 && row.n < threshold;
		return { row, n: suppressed ? null : row.n, suppressed };
	});
}

/** A suppressed count as text: "<5" instead of the number. */
export function formatSuppressed(n: number | null, threshold = SMALL_CELL_THRESHOLD): string {
	return n == null ? `<${threshold}` : n.toLocaleString('en-US');
}
