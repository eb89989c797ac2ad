// View 4: money by recipient, earmarked or not: the Table view's and the CSV's columns, and the summary.
import { TRUST_FUND, type CurrencyBasis, type RecipientRow } from '$lib/data/queries/funding';
import { formatMoney } from '$lib/format/money';
import { totalsBy } from '$lib/data/transform/funding-series';
import { recipientLabel, recipientSegments } from '$lib/format/funding-text';
import { formatInteger } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import type { ChartColumn } from './chart-columns';
import { flowsColumn, moneyColumn, statusColumn } from './funding-columns';

export const recipientColumns = (basis: CurrencyBasis): ChartColumn<RecipientRow>[] => [
	{
		key: 'recipient_group',
		label: m.filters_recipient(),
		unit: null,
		meaning: 'Recipient group (Trust Fund, Secretariat (UN DESA), Fellowships…)',
		format: (r) => recipientLabel(r.recipient_group)
	},
	{
		key: 'earmarked',
		label: m.tbl_earmarked(),
		unit: null,
		meaning: 'true when the source says the money is earmarked; false when it does not say',
		format: (r) => (r.earmarked ? m.lbl_yes() : m.lbl_not_stated())
	},
	statusColumn(),
	moneyColumn('value', m.tbl_amount(), 'Money', basis),
	flowsColumn()
];

export function recipientSummary(rows: readonly RecipientRow[], basis: CurrencyBasis): string {
	const trustFund = totalsBy(recipientSegments(rows, basis)).get(TRUST_FUND);
	const earmarked = rows.filter((r) => r.earmarked).reduce((s, r) => s + r.flows, 0);
	return m.sum_recipients({
		value: formatMoney(trustFund ?? null, basis),
		count: earmarked,
		flows: formatInteger(earmarked)
	});
}
