import type { LinkedPanel, LinkedPanelRow } from '../queries/participants-cube';
import { DEFAULT_SMALL_CELL_THRESHOLD, suppressSmallCells, suppressWithComplement } from './suppress';

/** A count ready to show: null when suppressed. */
export interface ShownCell {
	[key: string]: string | number | boolean | null;
	key: string;
	region: string | null;
	n: number | null;
	suppressed: boolean;
	/** Hidden to protect another, small cell (see suppressWithComplement). */
	complement: boolean;
}

/**
 * One panel of the batched answer, small cells suppressed. A panel's cells add up to a total, so a
 * complementary cell is hidden with any single small one; the total itself is one cell.
 */
export function panelCells(rows: readonly LinkedPanelRow[], panel: LinkedPanel, threshold = DEFAULT_SMALL_CELL_THRESHOLD): ShownCell[] {
	const suppress = panel === 'total' ? suppressSmallCells : suppressWithComplement;
	return suppress(
		rows.filter((r) => r.panel === panel),
		threshold
	).map((c) => ({ key: c.row.key, region: c.row.region, n: c.n, suppressed: c.suppressed, complement: c.complement }));
}

/**
 * A facet's cells for its buttons: one per value in `keys` (the values the whole dataset has), in that
 * order. A value that no record matches under the filters counts 0 instead of being left out, so that
 * no button disappears when a filter empties it (zero is never suppressed: it discloses nobody).
 */
export function facetCells(
	rows: readonly LinkedPanelRow[],
	panel: LinkedPanel,
	keys: readonly string[],
	threshold = DEFAULT_SMALL_CELL_THRESHOLD
): ShownCell[] {
	const counted = new Map(rows.filter((r) => r.panel === panel).map((r) => [r.key, r]));
	return panelCells(
		keys.map((key) => counted.get(key) ?? { panel, key, region: null, n: 0 }),
		panel,
		threshold
	);
}

/**
 * Map cells by country, or (grouping 'region') every country painted with its UN regional group's
 * total; suppression is applied to the figure shown, after grouping.
 */
export function mapCells(rows: readonly LinkedPanelRow[], grouping: 'country' | 'region', threshold = DEFAULT_SMALL_CELL_THRESHOLD): ShownCell[] {
	const countries = rows.filter((r) => r.panel === 'country');
	if (grouping === 'country') return panelCells(rows, 'country', threshold);
	const totals = new Map<string, number>();
	for (const c of countries) if (c.region) totals.set(c.region, (totals.get(c.region) ?? 0) + c.n);
	const shown = new Map(suppressWithComplement([...totals].map(([key, n]) => ({ key, n })), threshold).map((c) => [c.row.key, c]));
	return countries.map((c) => {
		const t = shown.get(c.region ?? '');
		return { key: c.key, region: c.region, n: t?.n ?? null, suppressed: t?.suppressed ?? false, complement: t?.complement ?? false };
	});
}
