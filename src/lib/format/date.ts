import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { intlLocale } from './locale';

/** An ISO timestamp as a day in the reader's language ("6 December 2026", "6 décembre 2026"), read in UTC. */
export function formatDay(iso: string, locale: Locale = getLocale()): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
