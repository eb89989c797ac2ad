import type { LinkedPanel, LinkedPanelRow } from '../queries/participants-cube';
import { SMALL_CELL_THRESHOLD, suppressSmallCells } from './suppress';

/** A count ready to show: null when suppressed. */
export interface ShownCell {
	[key: string]: string | number | boolean | null;
	key: string;
	region: string | null;
	n: number | null;
	suppressed: boolean;
}

/** One panel of the batched answer, small cells suppressed. */
export function panelCells(rows: readonly LinkedPanelRow[], panel: LinkedPanel, threshold = SMALL_CELL_THRESHOLD): ShownCell[] {
	return suppressSmallCells(
		rows.filter((r) => r.panel === panel),
		threshold
	).map((c) => ({ key: c.row.key, region: c.row.region, n: c.n, suppressed: c.suppressed }));
}

/**
 * Map cells by country, or (grouping 'region') every country painted with its UN regional group's
 * total; suppression is applied to the figure shown, after grouping.
 */
export function mapCells(rows: readonly LinkedPanelRow[], grouping: 'country' | 'region', threshold = SMALL_CELL_THRESHOLD): ShownCell[] {
	const countries = rows.filter((r) => r.panel === 'country');
	if (grouping === 'country') return panelCells(rows, 'country', threshold);
	const totals = new Map<string, number>();
	for (const c of countries) if (c.region) totals.set(c.region, (totals.get(c.region) ?? 0) + c.n);
	const shown = new Map(suppressSmallCells([...totals].map(([key, n]) => ({ key, n })), threshold).map((c) => [c.row.key, c]));
	return countries.map((c) => {
		const t = shown.get(c.region ?? '');
		return { key: c.key, region: c.region, n: t?.n ?? null, suppressed: t?.suppressed ?? false };
	});
}
