// Country outlines for the participation map, projected once at build time (prerender): the browser gets
// SVG path strings, not the world-atlas topology, topojson, d3-geo and the ISO code table to make them.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapShape } from '$lib/charts/WorldMap.svelte';
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { contentHash } from './content-hash';
import { countryName, unShortNames } from './country-names';

/** Equal Earth outlines (world-atlas 1:110m, Antarctica left out) fitted to width × height minus the legend strip. */
export function worldShapes(locale: Locale = baseLocale, width = 760, height = 400): MapShape[] {
	const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	// Antarctica has no participants and takes a fifth of the height.
	const shapes = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
	const projection = geoEqualEarth().fitExtent(
		[
			[4, 4],
			[width - 4, height - 40]
		],
		{ type: 'FeatureCollection', features: shapes }
	);
	const path = geoPath(projection).digits(1);
	return shapes.map((f) => {
		const iso3 = f.id == null ? null : (countries.numericToAlpha3(String(f.id)) ?? null);
		// Territories and states outside the UN list keep world-atlas's name.
		return { iso3, name: (iso3 && countryName(iso3, locale)) || f.properties.name, d: path(f) ?? '' };
	});
}

type ShapesFile = { shapes: MapShape[]; json: string; hash: string };
const files = new Map<Locale, ShapesFile>();

/**
 * The map's outlines once per build and language (the names differ), with the JSON file of them the page
 * fetches after a client-side navigation.
 */
export function worldShapesFile(locale: Locale = baseLocale): ShapesFile {
	let file = files.get(locale);
	if (!file) {
		const shapes = worldShapes(locale);
		const json = JSON.stringify(shapes);
		files.set(locale, (file = { shapes, json, hash: contentHash(json) }));
	}
	return file;
}

/** Every language's outlines file. */
export const allWorldShapesFiles = () => locales.map((l) => worldShapesFile(l));

/** Names of the UN's countries too small for the 1:110m outlines (Andorra, Malta…), by ISO3, in `locale`. */
export function namesWithoutOutline(locale: Locale = baseLocale): Record<string, string> {
	const outlined = new Set(worldShapesFile(locale).shapes.map((s) => s.iso3));
	const names: Record<string, string> = {};
	for (const iso3 of unShortNames().keys()) {
		const name = outlined.has(iso3) ? undefined : countryName(iso3, locale);
		if (name) names[iso3] = name;
	}
	return names;
}
