/** The usual small-cell threshold. The one in force is configured at build time and passed in (src/lib/config.ts). */
export const DEFAULT_SMALL_CELL_THRESHOLD = 5;

export interface Suppressed<T> {
	row: T;
	/** The count, or null when it is below the threshold. */
	n: number | null;
	suppressed: boolean;
	/** Hidden although not small, so that a small hidden cell cannot be worked out by subtraction. */
	complement: boolean;
}

/** Hides counts below `threshold` (zero stays zero: an empty cell discloses nobody). */
export function suppressSmallCells<T extends { n: number }>(rows: readonly T[], threshold = DEFAULT_SMALL_CELL_THRESHOLD): Suppressed<T>[] {
	if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`Small-cell threshold must be a positive integer, got ${threshold}`);
	return rows.map((row) => {
		const suppressed = row.n > 0 && row.n < threshold;
		return { row, n: suppressed ? null : row.n, suppressed, complement: false };
	});
}

/**
 * Suppression for cells that add up to a total shown elsewhere: every count from 1 to threshold − 1
 * (primary), then, while the hidden cells could still be worked out by subtraction — a single hidden
 * cell, or hidden cells adding up to fewer than the threshold — the smallest shown non-zero cell too
 * (complementary suppression).
 */
export function suppressWithComplement<T extends { n: number }>(rows: readonly T[], threshold = DEFAULT_SMALL_CELL_THRESHOLD): Suppressed<T>[] {
	const cells = suppressSmallCells(rows, threshold);
	for (;;) {
		const hidden = cells.filter((c) => c.suppressed);
		const hiddenSum = hidden.reduce((sum, c) => sum + c.row.n, 0);
		if (hidden.length === 0 || (hidden.length > 1 && hiddenSum >= threshold)) return cells;
		const next = cells.filter((c) => !c.suppressed && c.row.n > 0).sort((a, b) => a.row.n - b.row.n)[0];
		if (!next) return cells;
		Object.assign(next, { n: null, suppressed: true, complement: true });
	}
}
