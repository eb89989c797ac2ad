import { format } from 'd3-format';
import type { CurrencyBasis } from '$lib/data/queries/funding';

const grouped = format(',.0f');
const withCents = format(',.2f');

/** "USD 1,000,000", or "USD 83,691.95" when the source gives cents: a donor quoting us gets the source's figure. */
export function formatMoney(n: number | null, basis: CurrencyBasis): string {
	if (n == null) return basis === 'usd' ? 'no USD figure' : 'not in USD';
	return `USD ${Number.isInteger(Math.round(n * 100) / 100) ? grouped(n) : withCents(n)}`;
}
