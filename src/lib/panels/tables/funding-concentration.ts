// View 3: concentration of money by donor per year: the Table view's and the CSV's columns, and the summary.
import type { CurrencyBasis } from '$lib/data/queries/funding';
import type { YearConcentration } from '$lib/data/transform/concentration';
import { formatFixed, formatInteger, formatShare } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';
import { moneyColumn } from './funding-columns';

export const concentrationColumns = (basis: CurrencyBasis): ChartColumn<YearConcentration>[] => [
	yearColumn(),
	{ key: 'donors', label: m.tbl_donors(), numeric: true, unit: 'count', meaning: 'Donors with money that year' },
	moneyColumn('total', m.tbl_total(), 'Money that year', basis),
	{
		key: 'top1',
		label: m.tbl_largest_donor(),
		numeric: true,
		unit: 'share',
		meaning: 'Share of the largest donor in the year’s money (0–1)',
		format: (r) => formatShare(r.top1)
	},
	{
		key: 'top3',
		label: m.tbl_top3(),
		numeric: true,
		unit: 'share',
		meaning: 'Share of the three largest donors in the year’s money (0–1)',
		format: (r) => formatShare(r.top3)
	},
	{
		key: 'hhi',
		label: m.tbl_hhi(),
		numeric: true,
		unit: 'index',
		meaning: 'Herfindahl–Hirschman index: sum of the donors’ squared shares (0–1; 1 = a single donor)',
		format: (r) => formatFixed(r.hhi, 3)
	}
];

/** `years`: the years the chart spans; `rows`: those with money published. */
export function concentrationSummary(rows: readonly YearConcentration[], years: number): string {
	return rows.length
		? m.sum_conc({
				count: years,
				published: formatInteger(rows.length),
				years: formatInteger(years),
				half: formatInteger(rows.filter((c) => c.top1 >= 0.5).length)
			})
		: m.sum_conc_none();
}
