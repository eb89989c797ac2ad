import { base } from '$app/paths';
import { defineCustomClientStrategy, defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { localeOfPath } from './locale-path';

/**
 * Paraglide's `custom-address` strategy (vite.config.ts): the build renders a page in its address's language;
 * the browser takes the language the page was rendered in from `<html lang>`, since a change of language is
 * always a new page (the language switcher reloads).
 */
export function defineAddressStrategy() {
	defineCustomServerStrategy('custom-address', {
		getLocale: (request) => (request ? localeOfPath(new URL(request.url).pathname, base) : undefined)
	});
	defineCustomClientStrategy('custom-address', {
		getLocale: () => document.documentElement.lang,
		// A language is chosen by following a link to the page in it, never by setting it in place.
		setLocale: () => {}
	});
}
