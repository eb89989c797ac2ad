import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getLocale, getTextDirection } from '$lib/paraglide/runtime';

/** Renders each page in the language of its address, and says which in `<html lang dir>` (src/app.html). */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		// A build made for one language (scripts/build-site.ts) has only that language's text: another
		// language's address is another build's page.
		if (getLocale() !== locale) return new Response(`Not in the ${getLocale()} build`, { status: 404 });
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', getTextDirection(locale))
		});
	});
