// View 1: money per year by donor type and status: the Table view's and the CSV's columns.
import type { CurrencyBasis, YearTypeRow } from '$lib/data/queries/funding';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';
import { donorTypeColumn, flowsColumn, moneyColumn, statusColumn } from './funding-columns';

export const contributionsColumns = (basis: CurrencyBasis): ChartColumn<YearTypeRow>[] => [
	yearColumn(),
	donorTypeColumn(m.filters_donor_type()),
	statusColumn(),
	{
		key: 'secondary',
		label: m.tbl_source(),
		unit: null,
		meaning:
			'Confidence: true when relayed by a third party (news, mailing list), not published by the donor, the IGF or the UN',
		format: (r) => (r.secondary ? m.lbl_source_secondary() : m.lbl_source_published())
	},
	moneyColumn('value', m.tbl_amount(), 'Money', basis),
	flowsColumn(),
	{
		key: 'unvalued',
		label: m.tbl_without_figure(),
		numeric: true,
		unit: 'count',
		meaning: 'Contributions listed without a figure under this basis (not plotted)'
	}
];
