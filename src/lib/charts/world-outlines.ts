import type { MapShape } from './WorldMap.svelte';

/**
 * A world map's country outlines as page data. The server has them in full and draws them into the HTML;
 * the page's serialized data carries only the name of a file of them (src/hooks.ts), since the browser
 * can read them back from the prerendered map (prerenderedShapes), or fetch the file after a client-side
 * navigation, when there is no prerendered map.
 */
export class WorldOutlines {
	constructor(
		/** The outlines as JSON, under the site's base path. */
		readonly file: string,
		/** Null in the browser. */
		readonly shapes: readonly MapShape[] | null = null
	) {}
}

/** The outlines of the prerendered WorldMap `id` (its paths' `d` and data), or null when the page has none. */
export function prerenderedShapes(id: string): MapShape[] | null {
	if (typeof document === 'undefined') return null;
	const paths = document.querySelectorAll(`g.countries[data-map="${CSS.escape(id)}"] > path`);
	if (!paths.length) return null;
	return Array.from(paths, (p) => ({
		iso3: p.getAttribute('data-iso3'),
		name: p.getAttribute('data-name') ?? '',
		d: p.getAttribute('d') ?? ''
	}));
}
