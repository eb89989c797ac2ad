import { format } from 'd3-format';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { numberFormat } from './locale';

const integer = format(',.0f');
const compact = format('.3~s');
const percent1 = format('.1%');
const grouped = format(',');

// English keeps d3-format's output (its minus sign, "k" and "B"); the other languages are written by Intl.

/** 12,345 — counts and amounts as published; 12 345 in French, 12.345 in Spanish. */
export function formatInteger(n: number | null | undefined, locale: Locale = getLocale()): string {
	if (n == null) return '—';
	if (locale !== baseLocale) return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
	return n >= 0 && Number.isSafeInteger(n) ? groupThousands(String(n)) : integer(n);
}

/**
 * A whole count's digits grouped by thousands, as d3-format's ',.0f' writes them: the charts format a few
 * hundred counts on every filter change, and this is a fraction of d3-format's general path.
 */
function groupThousands(digits: string): string {
	let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
	for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
	return out;
}

/** 12.3k — axis ticks; 12,3 k, 1,23万 in other languages. */
export function formatCompact(n: number, locale: Locale = getLocale()): string {
	if (locale !== baseLocale)
		return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
	return compact(n).replace('G', 'B');
}

/** 0.123 → 12.3% (12,3 % in French) */
export function formatShare(n: number | null | undefined, locale: Locale = getLocale()): string {
	if (n == null) return '—';
	if (locale !== baseLocale)
		return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
	return percent1(n);
}

/** A figure with `digits` decimals (a share's index, an HHI); without, as many as it has (1,234.5). */
export function formatFixed(n: number, digits?: number, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return digits == null ? grouped(n) : n.toFixed(digits);
	const fraction =
		digits == null ? { maximumFractionDigits: 20 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
	return numberFormat(locale, fraction).format(n);
}

/** A percent as published (42.5 → "42.5%"), in the page's language. */
export function formatPercentValue(value: number, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return `${value}%`;
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** A whole percent, "42%": a published share as the charts round it. */
export function formatWholePercent(n: number, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return `${Math.round(n * 100)}%`;
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);
}

/**
 * A published figure with its qualifier: "more than 2,000", "about 1,100", "1,363",
 * "2,688 (secondary: as relayed by a news site)".
 */
export function formatQualified(n: number | null, qualifier: string | null, relayedBy?: string | null): string {
	if (n == null) return m.lbl_not_published();
	const text = formatInteger(n);
	switch (qualifier) {
		case 'lower bound':
			return m.att_more_than({ value: text });
		case 'approximate':
			return m.lbl_about({ value: text });
		case 'secondary':
			return relayedBy ? m.lbl_secondary_by({ value: text, by: relayedBy }) : m.lbl_secondary_third({ value: text });
		default:
			return text;
	}
}

/** "2.1 of 9.4 MB", "8 of 13 kB": bytes downloaded of a total, in the total's unit. */
export function formatDownload(loaded: number, total: number, locale: Locale = getLocale()): string {
	const [unit, size, digits] = total >= 1e6 ? ['MB', 1e6, 1] : ['kB', 1e3, 0];
	// Intl only where needed: a formatter's first creation loads locale data (tens of ms).
	const f = (n: number) =>
		locale === baseLocale
			? (n / size).toFixed(digits)
			: numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n / size);
	return m.download_progress({ loaded: f(Math.min(loaded, total)), total: f(total), unit }, { locale });
}
