import { DEFAULT_SMALL_CELL_THRESHOLD } from '$lib/data/transform/suppress';

/**
 * Small-cell threshold in force: counts of row-level data below it are never shown. 5 unless the deployer
 * builds with VITE_SMALL_CELL_THRESHOLD set to another whole number of at least 2 (docs/deploy.md). Read
 * here, once, so that lib/data stays free of Vite: callers pass it to the suppression functions.
 */
export const SMALL_CELL_THRESHOLD = configuredThreshold(import.meta.env?.VITE_SMALL_CELL_THRESHOLD);

/** The threshold a VITE_SMALL_CELL_THRESHOLD value asks for; refuses values that would weaken or break suppression. */
export function configuredThreshold(value: string | undefined): number {
	if (value === undefined || value === '') return DEFAULT_SMALL_CELL_THRESHOLD;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 2)
		throw new Error(`VITE_SMALL_CELL_THRESHOLD must be a whole number ≥ 2, got "${value}"`);
	return n;
}
