// Country outlines for the participation map, projected once at build time (prerender): the browser gets
// SVG path strings, not the world-atlas topology, topojson, d3-geo and the ISO code table (~55 KB gzip).
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapShape } from '$lib/charts/WorldMap.svelte';

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
	return shapes.map((f) => ({
		iso3: f.id == null ? null : (countries.numericToAlpha3(String(f.id)) ?? null),
		name: f.properties.name,
		d: path(f) ?? ''
	}));
}
