// Participants (synthetic) by country or UN regional group, small cells suppressed: rows, columns and summary.
import type { ShownCell } from '$lib/data/transform/linked-cells';
import { formatInteger } from '$lib/format/number';
import { formatCell } from '$lib/format/suppressed';
import { vocabularyLabel } from '$lib/format/vocabulary-label';
import { m } from '$lib/paraglide/messages';
import type { ChartColumn } from './chart-columns';

export type MapGrouping = 'country' | 'region';

/** The Table view's rows: a country's cell each, or one per region; largest first. */
export function mapTableRows(cells: readonly ShownCell[], grouping: MapGrouping): ShownCell[] {
	return (
		grouping === 'country' ? cells : [...new Map(cells.map((c) => [c.region, { ...c, key: c.region ?? '—' }])).values()]
	).toSorted((a, b) => (b.n ?? 0) - (a.n ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** `countryCell`: a country's ISO3 key as the page names it. */
export function mapColumns(
	grouping: MapGrouping,
	countryCell: (iso3: string) => string,
	threshold: number
): ChartColumn<ShownCell>[] {
	const region = {
		key: 'region',
		label: m.tbl_un_regional_group(),
		unit: null,
		meaning: 'UN regional group',
		format: (c: ShownCell) => (c.region ? vocabularyLabel(c.region) : '—')
	};
	return [
		grouping === 'country'
			? {
					key: 'key',
					label: m.tbl_country_iso3(),
					unit: null,
					meaning: 'Country, ISO 3166-1 alpha-3 code',
					format: (c) => countryCell(c.key),
					verbatim: true
				}
			: { ...region, key: 'key', format: (c) => vocabularyLabel(c.key) },
		...(grouping === 'country' ? [region] : []),
		{
			key: 'n',
			label: m.tbl_synthetic_participants(),
			numeric: true,
			unit: 'count',
			meaning: `Synthetic participants (generated, not published); empty when suppressed (fewer than ${threshold}, or withheld to protect a small cell)`,
			format: (c) => formatCell(c, threshold),
			also: [
				{
					key: 'suppressed',
					unit: null,
					meaning: `true when the count is under ${threshold} and not shown`,
					value: (c) => c.suppressed
				},
				{
					key: 'complement',
					unit: null,
					meaning: 'true when the count is withheld so that a suppressed cell cannot be worked out from the total',
					value: (c) => c.complement
				}
			]
		}
	];
}

/** `total`: every participant under the filters; `selectedYears`: the years chosen, none for all. */
export function mapSummary(
	cells: readonly ShownCell[],
	total: ShownCell | { n: number | null; complement: boolean },
	grouping: MapGrouping,
	selectedYears: readonly string[],
	threshold: number
): string {
	const suppressed = cells.filter((c) => c.suppressed).length;
	const suppressedText = { count: suppressed, n: formatInteger(suppressed), threshold: String(threshold) };
	return m.sum_map({
		by: grouping === 'country' ? m.lbl_map_by_country() : m.lbl_map_by_region(),
		years: selectedYears.length
			? m.sum_map_years({ list: selectedYears.join(m.lbl_list_separator()) })
			: m.sum_map_all_years(),
		n: formatCell(total, threshold),
		count: cells.length,
		countries: formatInteger(cells.length),
		suppressed: !suppressed
			? ''
			: grouping === 'country'
				? m.sum_map_suppressed(suppressedText)
				: m.sum_map_suppressed_groups(suppressedText)
	});
}
