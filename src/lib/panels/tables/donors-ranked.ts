// View 2: donors ranked by money received: the Table view's and the CSV's columns, and the summary.
import type { CurrencyBasis, DonorTotalRow } from '$lib/data/queries/funding';
import { formatMoney } from '$lib/format/money';
import { formatInteger } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import type { ChartColumn } from './chart-columns';
import { donorTypeColumn, flowsColumn, moneyColumn } from './funding-columns';

export const donorColumns = (basis: CurrencyBasis): ChartColumn<DonorTotalRow>[] => [
	{ key: 'donor', label: m.tbl_donor(), verbatim: true, unit: null, meaning: 'Donor, as the sources name it' },
	donorTypeColumn(m.tbl_type()),
	moneyColumn('received', m.tbl_received(), 'Money received (confirmed as paid)', basis),
	moneyColumn('pledged', m.tbl_pledged(), 'Money pledged or decided (not confirmed as paid)', basis),
	{
		key: 'years',
		label: m.filters_years(),
		unit: 'year',
		meaning: 'Years of the contributions (empty when undated)',
		format: (r) => r.years || m.lbl_undated()
	},
	{
		key: 'currencies',
		label: m.tbl_currencies(),
		unit: null,
		meaning: 'ISO 4217 currency codes the sources state, comma-separated ("unstated" when a source gives none)',
		// The codes as the sources give them; the query's 'unstated' is the reader's "not stated".
		format: (r) =>
			r.currencies
				.split(', ')
				.map((c) => (c === 'unstated' ? m.lbl_not_stated() : c))
				.join(m.lbl_list_separator()),
		verbatim: true
	},
	flowsColumn()
];

export function donorSummary(rows: readonly DonorTotalRow[], basis: CurrencyBasis): string {
	const top = rows[0];
	return top
		? m.sum_donors({
				count: rows.length,
				donors: formatInteger(rows.length),
				donor: top.donor,
				value: formatMoney(top.received, basis)
			})
		: m.sum_donors_none();
}
