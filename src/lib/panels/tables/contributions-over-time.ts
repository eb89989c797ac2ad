// View 1: money per year by donor type and status: the Table view's and the CSV's columns.
import type { CurrencyBasis, YearTypeRow } from '$lib/data/queries/funding';
import { donorTypeLabel, statusWord } from '$lib/format/funding-text';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';
import { moneyColumn } from './money';

export const contributionsColumns = (basis: CurrencyBasis): ChartColumn<YearTypeRow>[] => [
	yearColumn(),
	{
		key: 'donor_type',
		label: m.filters_donor_type(),
		unit: null,
		meaning:
			'Donor type (government, intergovernmental, private_sector, technical_community, civil_society, association)',
		format: (r) => donorTypeLabel(r.donor_type)
	},
	{
		key: 'status',
		label: m.tbl_status(),
		unit: null,
		meaning: 'Confidence: received (confirmed as paid), decided or pledged (not confirmed as paid)',
		format: (r) => statusWord(r.status)
	},
	{
		key: 'secondary',
		label: m.tbl_source(),
		unit: null,
		meaning:
			'Confidence: true when relayed by a third party (news, mailing list), not published by the donor, the IGF or the UN',
		format: (r) => (r.secondary ? m.lbl_source_secondary() : m.lbl_source_published())
	},
	moneyColumn('value', m.tbl_amount(), 'Money', basis),
	{ key: 'flows', label: m.tbl_flows(), numeric: true, unit: 'count', meaning: 'Contributions (flows) counted' },
	{
		key: 'unvalued',
		label: m.tbl_without_figure(),
		numeric: true,
		unit: 'count',
		meaning: 'Contributions listed without a figure under this basis (not plotted)'
	}
];
