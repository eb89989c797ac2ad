import { base } from '$app/paths';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * An internal link in a language (by default the page's): `path` is the base-language address after the
 * base path ("/funding", "/explore?dataset=x"). The base path stays SvelteKit's, relative in prerendered
 * HTML, so the site still works under any sub-path.
 */
export function localHref(path: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return `${base}${path}`;
	return `${base}/${locale}${path === '/' ? '' : path}`;
}
