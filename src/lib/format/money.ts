import { format } from 'd3-format';
import type { CurrencyBasis } from '$lib/data/queries/funding';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';
import { numberFormat } from './locale';
import { m } from '$lib/paraglide/messages';

const grouped = format(',.0f');
const withCents = format(',.2f');

/** "USD 1,000,000", or "USD 83,691.95" when the source gives cents: a donor quoting us gets the source's figure. */
export function formatMoney(n: number | null, basis: CurrencyBasis, locale: Locale = getLocale()): string {
	if (n == null) return basis === 'usd' ? m.lbl_no_usd_figure() : m.lbl_not_in_usd();
	const cents = Number.isInteger(Math.round(n * 100) / 100) ? 0 : 2;
	if (locale !== baseLocale)
		return numberFormat(locale, {
			style: 'currency',
			currency: 'USD',
			currencyDisplay: 'code',
			minimumFractionDigits: cents,
			maximumFractionDigits: cents
		}).format(n);
	return `USD ${cents ? withCents(n) : grouped(n)}`;
}
