// Columns several funding charts share: money (text in the reader's language, value in US dollars), donor
// type, status and the count of contributions.
import type { CurrencyBasis, FlowStatus } from '$lib/data/queries/funding';
import { formatMoney } from '$lib/format/money';
import { donorTypeLabel, statusWord } from '$lib/format/funding-text';
import { m } from '$lib/paraglide/messages';
import type { ChartColumn } from './chart-columns';

const MEANING: Record<CurrencyBasis, string> = {
	usd: 'in US dollars as the source (or its note) gives them, never converted here',
	original: 'in US dollars, only where the source states the amount in US dollars'
};

/** A money column under a currency basis: `what` says what is counted, e.g. "Money received". */
export function moneyColumn<R extends Record<string, unknown>>(
	key: string & keyof R,
	label: string,
	what: string,
	basis: CurrencyBasis
): ChartColumn<R> {
	return {
		key,
		label,
		numeric: true,
		unit: 'USD',
		meaning: `${what}, ${MEANING[basis]}; empty when there is no such figure`,
		format: (r) => formatMoney(r[key] as number | null, basis)
	};
}

/** How many contributions a row counts. */
export const flowsColumn = <R extends { flows: number }>(label = m.tbl_flows()): ChartColumn<R> => ({
	key: 'flows',
	label,
	numeric: true,
	unit: 'count',
	meaning: 'Contributions (flows) counted'
});

export const donorTypeColumn = <R extends { donor_type: string }>(label: string): ChartColumn<R> => ({
	key: 'donor_type',
	label,
	unit: null,
	meaning:
		'Donor type (government, intergovernmental, private_sector, technical_community, civil_society, association)',
	format: (r) => donorTypeLabel(r.donor_type)
});

export const statusColumn = <R extends { status: FlowStatus }>(): ChartColumn<R> => ({
	key: 'status',
	label: m.tbl_status(),
	unit: null,
	meaning: 'Confidence: received (confirmed as paid), decided or pledged (not confirmed as paid)',
	format: (r) => statusWord(r.status)
});
