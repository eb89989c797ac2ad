// View 6: donor → intermediary → recipient links: the Table view's and the CSV's columns, and the summary.
import { TRUST_FUND, type CurrencyBasis, type FlowLinkRow } from '$lib/data/queries/funding';
import { formatMoney } from '$lib/format/money';
import { recipientLabel, sankeyLinks } from '$lib/format/funding-text';
import { formatInteger } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import type { ChartColumn } from './chart-columns';
import { flowsColumn, moneyColumn } from './funding-columns';

export const flowColumns = (basis: CurrencyBasis): ChartColumn<FlowLinkRow>[] => [
	{
		key: 'source',
		label: m.tbl_from(),
		unit: null,
		meaning: 'Where the money comes from: a donor type or the IGF Support Association',
		format: (r) => recipientLabel(r.source),
		verbatim: true
	},
	{
		key: 'target',
		label: m.tbl_to(),
		unit: null,
		meaning: 'Where the money goes: the IGF Support Association or a recipient group',
		format: (r) => recipientLabel(r.target)
	},
	moneyColumn('value', m.tbl_received(), 'Money received (confirmed as paid)', basis),
	moneyColumn('pledged', m.tbl_pledged(), 'Money pledged or decided (not confirmed as paid)', basis),
	flowsColumn(m.tbl_rows())
];

export function flowSummary(rows: readonly FlowLinkRow[], basis: CurrencyBasis): string {
	const toTrustFund = rows.filter((r) => r.target === TRUST_FUND).reduce((s, r) => s + r.value, 0);
	return m.sum_flows({
		count: sankeyLinks(rows, basis).length,
		flows: formatInteger(sankeyLinks(rows, basis).length),
		nodes: formatInteger(new Set(rows.flatMap((r) => [r.source, r.target])).size),
		value: formatMoney(toTrustFund, basis)
	});
}
