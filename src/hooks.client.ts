import type { ClientInit } from '@sveltejs/kit';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/**
 * A page's language is its address's, and switching language loads another page: resolve it once rather
 * than match the URL on every message and number formatted.
 */
export const init: ClientInit = () => {
	const locale = getLocale();
	overwriteGetLocale(() => locale);
};
