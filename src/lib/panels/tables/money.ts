// Money columns of the funding charts: the text in the reader's language, the value in US dollars.
import type { CurrencyBasis } from '$lib/data/queries/funding';
import { formatMoney } from '$lib/format/money';
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
