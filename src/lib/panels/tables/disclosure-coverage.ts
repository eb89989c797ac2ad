// View 7: which parts of the money are publicly documented each year: the Table view's and the CSV's columns, and the summary.
import { COVERAGE_ITEMS, type CoverageRow } from '$lib/data/queries/funding';
import { coverageItemLabel } from '$lib/format/funding-text';
import { formatInteger } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

const MEANINGS: Record<(typeof COVERAGE_ITEMS)[number]['key'], string> = {
	donor_list: 'Donors named for the year (0 when none is published)',
	amounts: 'Contributions with a published amount for the year',
	totals: 'Published annual funding totals for the year',
	expenditure: 'Published expenditure figures covering the year',
	host_costs: 'Published host-cost figures covering the year, each allocation counted once'
};

export const coverageColumns = (): ChartColumn<CoverageRow>[] => [
	yearColumn(),
	...COVERAGE_ITEMS.map((i) => ({
		key: i.key,
		label: coverageItemLabel(i.key),
		numeric: true,
		unit: 'count',
		meaning: MEANINGS[i.key],
		format: (r: CoverageRow) => (Number(r[i.key]) > 0 ? String(r[i.key]) : m.lbl_none())
	}))
];

export function coverageSummary(rows: readonly CoverageRow[]): string {
	return m.sum_coverage({
		count: rows.length,
		years: formatInteger(rows.length),
		items: COVERAGE_ITEMS.map((i) =>
			m.sum_coverage_item({
				item: coverageItemLabel(i.key, true),
				years: formatInteger(rows.filter((r) => Number(r[i.key]) > 0).length)
			})
		).join(m.lbl_list_separator())
	});
}
