import type { Reroute, Transport } from '@sveltejs/kit';
import { base } from '$app/paths';
import { WorldOutlines } from '$lib/charts/world-outlines';
import { delocalizePath } from '$lib/i18n/locale-path';
import { defineAddressStrategy } from '$lib/i18n/locale-strategy';

defineAddressStrategy();

/** /ar/funding is the /funding route in Arabic: every route answers under each language's prefix. */
export const reroute: Reroute = ({ url }) => delocalizePath(url.pathname, base);

/** How page data that is not plain JSON crosses from the build to the browser. */
export const transport: Transport = {
	// The outlines are drawn in the prerendered HTML already: only where to fetch them again travels.
	WorldOutlines: {
		encode: (value) => value instanceof WorldOutlines && value.file,
		decode: (file: string) => new WorldOutlines(file)
	}
};
