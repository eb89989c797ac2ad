import type { Locale } from '$lib/paraglide/runtime';

/** Each language named in itself, as a reader looking for their own language would recognise it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
	en: 'English',
	ar: 'العربية',
	zh: '中文',
	fr: 'Français',
	ru: 'Русский',
	es: 'Español'
};
