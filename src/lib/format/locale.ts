import { getLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * The Intl locale a page's numbers and dates are written in. Arabic keeps Western digits (0–9), as the
 * UN's and ESCWA's Arabic publications do (docs/i18n.md); Intl's default for `ar` varies by ICU version.
 */
export function intlLocale(locale: Locale = getLocale()): string {
	return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and options: charts format hundreds of numbers on every filter change. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let formatter = numberFormats.get(key);
	if (!formatter) numberFormats.set(key, (formatter = new Intl.NumberFormat(intlLocale(locale), options)));
	return formatter;
}

/** The comma between the items of a list of names or values: Arabic's own comma, Chinese's enumeration comma. */
export const listSeparator = (locale: Locale = getLocale()): string =>
	locale === 'ar' ? '، ' : locale === 'zh' ? '、' : ', ';

/** The semicolon between clauses (a view's filters, a chart's series): Arabic's and Chinese's own. */
export const clauseSeparator = (locale: Locale = getLocale()): string =>
	locale === 'ar' ? '؛ ' : locale === 'zh' ? '；' : '; ';
