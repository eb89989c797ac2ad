// Country outlines for the participation map, projected once at build time (prerender): the browser gets
// SVG path strings, not the world-atlas topology, topojson, d3-geo and the ISO code table to make them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapShape } from '$lib/charts/WorldMap.svelte';
import { parseCountries } from '$lib/data/synthetic/country-table';
import { DATA_DIR } from './build-database';
import { contentHash } from './content-hash';

/** The UN short names of countries.csv (Türkiye, Czechia…), so the map names a state as the rest of the site does. */
function unNames(): Map<string, string> {
	const text = readFileSync(resolve(DATA_DIR, 'sources', 'countries.csv'), 'utf8');
	return new Map(parseCountries(text).map((c) => [c.iso3, c.name]));
}

/** Equal Earth outlines (world-atlas 1:110m, Antarctica left out) fitted to width × height minus the legend strip. */
export function worldShapes(width = 760, height = 400): MapShape[] {
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
	const names = unNames();
	return shapes.map((f) => {
		const iso3 = f.id == null ? null : (countries.numericToAlpha3(String(f.id)) ?? null);
		// Territories and states outside the UN list keep world-atlas's name.
		return { iso3, name: (iso3 && names.get(iso3)) || f.properties.name, d: path(f) ?? '' };
	});
}

let file: { shapes: MapShape[]; json: string; hash: string } | null = null;

/** The map's outlines once per build, with the JSON file of them the page fetches after a client-side navigation. */
export function worldShapesFile() {
	if (!file) {
		const shapes = worldShapes();
		const json = JSON.stringify(shapes);
		file = { shapes, json, hash: contentHash(json) };
	}
	return file;
}
