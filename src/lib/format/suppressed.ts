import { DEFAULT_SMALL_CELL_THRESHOLD } from '$lib/data/transform/suppress';
import { formatInteger } from './number';
import { m } from '$lib/paraglide/messages';

/** A suppressed count as text: "<5" instead of the number. */
export function formatSuppressed(n: number | null, threshold = DEFAULT_SMALL_CELL_THRESHOLD): string {
	return n == null ? `<${threshold}` : formatInteger(n);
}

/** A shown count as text: the number, "<threshold" for a small cell, "withheld" for a complementary one. */
export function formatCell(
	c: { n: number | null; complement?: boolean },
	threshold = DEFAULT_SMALL_CELL_THRESHOLD
): string {
	return c.complement ? m.lbl_withheld() : formatSuppressed(c.n, threshold);
}
